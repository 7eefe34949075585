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
//   <folder>d/<n>.json    documents n·D … n·D+D-1 (D = documents_per_shard):
//                         [kind, url, title, context, rank 0 text, rank 1
//                         text, rank 2 text], trailing empty strings dropped;
//                         a project's context is its 预算数 ("16.80 万元");
//                         a null url or context is the row before's
//
// Pure and deterministic: the same documents give the same bytes.
#pragma once

#include <cstdint>
#include <string>

#include "base/output_file.h"
#include "search/inverted_index.h"
#include "search/search_documents.h"

namespace gongkai {

struct SearchIndexOptions {
  std::string folder = "search/data/";    // site-relative, ends in '/'
  // Tuned on the 10,000-project benchmark site (tests/bench) and the query
  // set (tests/search/queries.tsv, tests/browser/search-quality.js):
  // smaller files fetch fewer unused bytes per query but make more files.
  // On the query set, 16 documents and 8 KB shards fetched 30.7 KB a query,
  // 8 and 4 KB 23.9 KB, 8 and 2 KB 21.7 KB in 2.6 times the files; on the
  // 10,000-project site 45.7 KB (8,397 files) and 37.5 KB (14,593 files).
  size_t documents_per_shard = 8;         // a result's document costs about 1.5 KB gzipped
  size_t dictionary_shard_bytes = 4096;   // a term's lookup costs about 3 KB gzipped
  size_t inline_list_bytes = 1024;        // longer lists move to chunk files, fetched as needed
  uint32_t chunk_size = 2048;             // documents per chunk file: 2–3 KB when dense
};

OutputFiles WriteSearchShards(const SearchDocuments& documents, const InvertedIndex& index,
                              const SearchIndexOptions& options);

// The shortest prefix of `term` (whole code points) that sorts after
// `previous`: the dictionary's shard boundaries. REQUIRES: previous < term.
std::string SeparatorPrefix(const std::string& previous, const std::string& term);

}  // namespace gongkai
