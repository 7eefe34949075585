#include "search/inverted_index.h"

#include <unordered_map>

#include "search/tokenizer.h"

namespace gongkai {

InvertedIndex BuildInvertedIndex(const SearchDocuments& documents, uint32_t chunk_size) {
  // Terms are collected in a hash map (fast to fill), then moved to a sorted
  // map; each document's terms first go to `best` to keep one rank per term.
  std::unordered_map<std::string, TermPostings> terms;
  std::unordered_map<std::string, int> best;
  for (uint32_t id = 0; id < documents.documents.size(); ++id) {
    const SearchDocument& document = documents.documents[id];
    best.clear();
    const auto add_field = [&](const std::string& text, int rank) {
      for (std::string& term : IndexTerms(FoldForSearch(text))) {
        auto [it, inserted] = best.try_emplace(std::move(term), rank);
        if (!inserted && rank < it->second) it->second = rank;
      }
    };
    add_field(document.title, static_cast<int>(TitleRank(document.kind)));
    for (int rank = 0; rank < kSearchRankCount; ++rank) add_field(document.fields[rank], rank);
    for (const auto& [term, rank] : best) {
      auto it = terms.find(term);
      if (it == terms.end()) it = terms.emplace(term, TermPostings(chunk_size)).first;
      it->second.by_rank[rank].Add(id);
    }
  }
  InvertedIndex sorted;
  for (auto& entry : terms) sorted.emplace(entry.first, std::move(entry.second));
  return sorted;
}

}  // namespace gongkai
