#include "search/search_index.h"

#include "base/parallel.h"
#include "search/inverted_index.h"
#include "search/search_documents.h"

namespace gongkai {
namespace {

// Documents a window holds beyond one department-year per core: about
// 1.5 KB each with their terms, so a window is some tens of MB.
constexpr size_t kWindowDocuments = 16384;
// Documents whose shards the sink is given at once, at least: runs of
// whole department-years, the same whatever `jobs`.
constexpr size_t kBatchDocuments = 4096;

// One department-year, made on a worker: its documents' terms and shards.
struct GroupOutput {
  SearchGroup group;
  RunTerms terms;
  OutputFiles shards;
};

}  // namespace

void BuildSearchIndex(const Site& site, OutputSink& sink, const SearchIndexOptions& options, unsigned jobs) {
  const std::vector<const DepartmentYear*> departments = RankedDepartments(site);
  // Where each department-year's documents and shards start, known before
  // any is made, so that any worker can make any one.
  std::vector<size_t> first_document(departments.size() + 1, 0), first_shard(departments.size() + 1, 0);
  for (size_t g = 0; g < departments.size(); ++g) {
    const size_t count = GroupDocumentCount(*departments[g]);
    first_document[g + 1] = first_document[g] + count;
    first_shard[g + 1] = first_shard[g] + DocumentShardCount(count, options);
  }

  InvertedIndexBuilder builder(options.chunk_size);
  std::vector<SearchGroup> groups;
  OutputFiles batch;       // shards not yet handed over
  size_t batch_start = 0;  // the first department-year in it
  const size_t workers = WorkerCount(jobs);
  for (size_t first = 0; first < departments.size();) {
    size_t end = first;
    while (end < departments.size() &&
           (end - first < workers || first_document[end + 1] - first_document[first] <= kWindowDocuments)) {
      ++end;
    }
    std::vector<GroupOutput> outputs(end - first);
    ForEachIndex(outputs.size(), jobs, [&](size_t i) {
      const size_t g = first + i;
      std::vector<SearchDocument> documents;
      outputs[i].group = AppendGroupDocuments(*departments[g], first_document[g], documents);
      outputs[i].terms = TermsOfDocuments(documents);
      outputs[i].shards = DocumentShardFiles(documents, 0, documents.size(), first_shard[g], options);
    });
    for (size_t i = 0; i < outputs.size(); ++i) {
      GroupOutput& output = outputs[i];
      builder.Add(static_cast<uint32_t>(output.group.first_document), output.terms);
      for (OutputFile& file : output.shards) batch.push_back(std::move(file));
      groups.push_back(std::move(output.group));
      output = GroupOutput();
      const size_t g = first + i;
      if (first_document[g + 1] - first_document[batch_start] >= kBatchDocuments || g + 1 == departments.size()) {
        if (!sink.Put(std::move(batch))) return;
        batch.clear();
        batch_start = g + 1;
      }
    }
    first = end;
  }
  const InvertedIndex index = builder.Finish();
  WriteDictionaryAndMeta(index, groups, first_document.back(), options, sink);
}

OutputFiles BuildSearchIndex(const Site& site, const SearchIndexOptions& options) {
  CollectingSink sink;
  BuildSearchIndex(site, sink, options, 0);
  return std::move(sink.files());
}

}  // namespace gongkai
