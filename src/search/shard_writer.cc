#include "search/shard_writer.h"

#include <map>
#include <vector>
#include <nlohmann/json.hpp>

namespace gongkai {
namespace {

using nlohmann::json;

std::string Dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

// A rank's list as the dictionary holds it: inline text, or chunk
// references (writing the chunks to `files`).
json ListEntry(const PostingList& list, const SearchIndexOptions& options, size_t& next_chunk_file,
               OutputFiles& files) {
  if (list.text().size() <= options.inline_list_bytes) return list.text();
  json chunks = json::array();
  for (size_t k = 0; k < list.chunks().size(); ++k) {
    const size_t file = next_chunk_file++;
    files.push_back({options.folder + "p/" + std::to_string(file) + ".json", Dump(list.ChunkText(k))});
    chunks.push_back({file, list.chunks()[k].base, list.chunks()[k].count});
  }
  return chunks;
}

json TermEntry(const TermPostings& postings, const SearchIndexOptions& options, size_t& next_chunk_file,
               OutputFiles& files) {
  json entry = json::array();
  for (const PostingList& list : postings.by_rank) entry.push_back(ListEntry(list, options, next_chunk_file, files));
  while (!entry.empty() && entry.back().is_string() && entry.back().get_ref<const std::string&>().empty()) {
    entry.erase(entry.size() - 1);
  }
  return entry;
}

// Dictionary shards and chunk files, handed to `sink` whenever they come
// to kBatchBytes; returns the shard boundaries, or null when the sink failed.
constexpr size_t kBatchBytes = size_t{4} << 20;

json WriteDictionary(const InvertedIndex& index, const SearchIndexOptions& options, OutputSink& sink) {
  json boundaries = json::array();
  json shard = json::object();
  size_t shard_bytes = 0;
  size_t next_chunk_file = 0;
  OutputFiles files;
  size_t files_bytes = 0;
  const std::string* previous = nullptr;
  bool sink_ok = true;
  const auto flush = [&] {
    files.push_back({options.folder + "t/" + std::to_string(boundaries.size() - 1) + ".json", Dump(shard)});
    shard = json::object();
    shard_bytes = 0;
    files_bytes += files.back().bytes.size();
  };
  for (size_t i = 0; i < index.terms.size() && sink_ok; ++i) {
    const std::string& term = index.terms[i];
    const TermPostings& postings = index.postings[i];
    if (boundaries.empty() || shard_bytes >= options.dictionary_shard_bytes) {
      if (!boundaries.empty()) flush();
      boundaries.push_back(previous ? SeparatorPrefix(*previous, term) : std::string());
    }
    const size_t before = files.size();
    json entry = TermEntry(postings, options, next_chunk_file, files);
    for (size_t f = before; f < files.size(); ++f) files_bytes += files[f].bytes.size();
    shard_bytes += term.size() + Dump(entry).size() + 4;
    shard[term] = std::move(entry);
    previous = &term;
    if (files_bytes >= kBatchBytes) {
      sink_ok = sink.Put(std::move(files));
      files.clear();
      files_bytes = 0;
    }
  }
  if (!boundaries.empty() && sink_ok) flush();
  if (sink_ok && !files.empty()) sink_ok = sink.Put(std::move(files));
  return sink_ok ? boundaries : json();
}

// Documents [first, end) as one shard file.
void WriteDocumentShard(const std::vector<SearchDocument>& all, size_t first, size_t end, const std::string& path,
                        OutputFiles& files) {
  json shard = json::array();
  for (size_t id = first; id < end; ++id) {
    const SearchDocument& document = all[id];
    // An indicator repeats its project's URL and name: null says "as in
    // the row before", which saves a third of the documents' bytes.
    const SearchDocument* before = id > first ? &all[id - 1] : nullptr;
    json url = before && before->url == document.url ? json() : json(document.url);
    json context =
        before && before->context == document.context && !document.context.empty() ? json() : json(document.context);
    json row = {static_cast<int>(document.kind), std::move(url), document.title, std::move(context)};
    for (const std::string& field : document.fields) row.push_back(field);
    while (row.size() > 3 && row.back().is_string() && row.back().get_ref<const std::string&>().empty()) {
      row.erase(row.size() - 1);
    }
    shard.push_back(std::move(row));
  }
  files.push_back({path, Dump(shard)});
}

}  // namespace

size_t DocumentShardCount(size_t documents, const SearchIndexOptions& options) {
  return (documents + options.documents_per_shard - 1) / options.documents_per_shard;
}

OutputFiles DocumentShardFiles(const std::vector<SearchDocument>& documents, size_t first, size_t end,
                               size_t first_shard, const SearchIndexOptions& options) {
  OutputFiles files;
  for (size_t shard = first; shard < end; shard += options.documents_per_shard) {
    WriteDocumentShard(documents, shard, std::min(end, shard + options.documents_per_shard),
                       options.folder + "d/" + std::to_string(first_shard++) + ".json", files);
  }
  return files;
}

namespace {

json Meta(const std::vector<SearchGroup>& search_groups, size_t document_count, const SearchIndexOptions& options,
         json boundaries) {
  json kinds = json::array();
  for (int kind = 0; kind < kSearchKindCount; ++kind) kinds.push_back(SearchKindLabel(static_cast<SearchKind>(kind)));
  // A department is the same across years when its jurisdiction and code
  // are; it is named as in its newest year (groups come newest first).
  std::map<std::pair<std::string, std::string>, size_t> department_index;
  json departments = json::array();
  json groups = json::array();
  for (const SearchGroup& group : search_groups) {
    auto [it, added] =
        department_index.try_emplace({group.jurisdiction_code, group.department_code}, departments.size());
    if (added) {
      json row = {group.jurisdiction_code, group.department_code, group.jurisdiction_name, group.department_name};
      for (const std::string& form : group.department_forms) row.push_back(form);
      departments.push_back(std::move(row));
    }
    json row = {group.year, it->second};
    for (size_t count : group.counts) row.push_back(count);
    groups.push_back(std::move(row));
  }
  return {
      {"format", 2},
      {"documents", document_count},
      {"documents_per_shard", options.documents_per_shard},
      {"kinds", std::move(kinds)},
      {"departments", std::move(departments)},
      {"groups", std::move(groups)},
      {"dictionary", std::move(boundaries)},
  };
}

size_t CodePointLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

}  // namespace

std::string SeparatorPrefix(const std::string& previous, const std::string& term) {
  size_t end = 0;
  while (end < term.size()) {
    end += CodePointLength(static_cast<unsigned char>(term[end]));
    if (term.compare(0, end, previous, 0, std::string::npos) > 0) break;
  }
  return term.substr(0, std::min(end, term.size()));
}

bool WriteDictionaryAndMeta(const InvertedIndex& index, const std::vector<SearchGroup>& groups, size_t document_count,
                            const SearchIndexOptions& options, OutputSink& sink) {
  json boundaries = WriteDictionary(index, options, sink);
  if (boundaries.is_null()) return false;
  return sink.Put({{options.folder + "meta.json", Dump(Meta(groups, document_count, options, std::move(boundaries)))}});
}

OutputFiles WriteSearchShards(const SearchDocuments& documents, const InvertedIndex& index,
                              const SearchIndexOptions& options) {
  // Shards never hold two department-years: each group is a run of its own.
  CollectingSink sink;
  size_t next_shard = 0;
  for (const SearchGroup& group : documents.groups) {
    size_t count = 0;
    for (size_t kind_count : group.counts) count += kind_count;
    sink.Put(DocumentShardFiles(documents.documents, group.first_document, group.first_document + count, next_shard,
                                options));
    next_shard += DocumentShardCount(count, options);
  }
  WriteDictionaryAndMeta(index, documents.groups, documents.documents.size(), options, sink);
  return std::move(sink.files());
}

}  // namespace gongkai
