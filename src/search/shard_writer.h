// WriteSearchShards: the search index as static JSON files, cut so that a
// query downloads only what it needs (search.js reads them):
//
//   <folder>meta.json     kinds, departments ([jurisdiction code, code,
//                         jurisdiction, name, other forms of the name …]),
//                         department-years (which documents each holds),
//                         the first term of each dictionary shard; fetched
//                         once per page
//   <folder>t/<n>.json    dictionary shard n: {term: [rank 0, rank 1, rank 2]}
//                         for a run of terms in code point order; each
//                         rank's list is inline encoded text (posting_list.h),
//                         or, when long, [[chunk file, base, count], …]
//   <folder>p/<n>.json    one chunk of a long list: a JSON string
//   <folder>d/<n>.json    up to D documents (D = documents_per_shard) of
//                         one department-year: each group's documents in
//                         runs of D, shards numbered on across the groups
//                         (group g's first shard is Σ ⌈count/D⌉ of the
//                         groups before it); each document is
//                         [kind, url, title, context, rank 0 text, rank 1
//                         text, rank 2 text], trailing empty strings dropped;
//                         a project's context is its 预算数 ("16.80 万元");
//                         a null url or context is the row before's
//
// Pure and deterministic: the same documents give the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/output_file.h"
#include "base/output_sink.h"
#include "search/inverted_index.h"
#include "search/search_documents.h"

namespace gongkai {

struct SearchIndexOptions {
  std::string folder = "search/data/";    // site-relative, ends in '/'
  // Tuned with tests/browser/search-shards.js on the query set
  // (tests/search/queries.tsv) over the sample and the 10,000-project
  // benchmark site (tests/bench): larger files fetch more unused bytes per
  // query in fewer files, smaller ones the reverse; docs/search.md has the
  // figures. No larger choice fetches as few bytes a query as this one.
  size_t documents_per_shard = 8;         // a result's document costs about 1.5 KB gzipped
  size_t dictionary_shard_bytes = 4096;   // a term's lookup costs about 3 KB gzipped
  size_t inline_list_bytes = 1024;        // longer lists move to chunk files, fetched as needed
  uint32_t chunk_size = 2048;             // documents per chunk file: 2–3 KB when dense
};

OutputFiles WriteSearchShards(const SearchDocuments& documents, const InvertedIndex& index,
                              const SearchIndexOptions& options);

// The same in parts, for a build that streams the index (search_index.h):
// the shards of one department-year's documents, [first, end) of
// `documents`, numbered from `first_shard` (DocumentShardCount of the
// department-years before it); then the dictionary and its chunk files,
// handed to `sink` a few MB at a time, and meta.json. False once the sink
// has failed.
size_t DocumentShardCount(size_t documents, const SearchIndexOptions& options);
OutputFiles DocumentShardFiles(const std::vector<SearchDocument>& documents, size_t first, size_t end,
                               size_t first_shard, const SearchIndexOptions& options);
bool WriteDictionaryAndMeta(const InvertedIndex& index, const std::vector<SearchGroup>& groups, size_t document_count,
                            const SearchIndexOptions& options, OutputSink& sink);

// The shortest prefix of `term` (whole code points) that sorts after
// `previous`: the dictionary's shard boundaries. REQUIRES: previous < term.
std::string SeparatorPrefix(const std::string& previous, const std::string& term);

}  // namespace gongkai
