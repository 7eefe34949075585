#include "search/inverted_index.h"

#include <algorithm>
#include <deque>
#include <numeric>
#include <unordered_map>

#include "search/tokenizer.h"

namespace gongkai {

const TermPostings* InvertedIndex::Find(std::string_view term) const {
  const auto it = std::lower_bound(terms.begin(), terms.end(), term);
  return it != terms.end() && *it == term ? &postings[it - terms.begin()] : nullptr;
}

InvertedIndex BuildInvertedIndex(const SearchDocuments& documents, uint32_t chunk_size) {
  // Terms get numbers as first seen; their text lives in `texts` (a deque
  // never moves its strings), which the hash map's keys point into.
  std::deque<std::string> texts;
  std::unordered_map<std::string_view, uint32_t> numbers;
  std::vector<TermPostings> postings;
  std::vector<std::pair<uint32_t, int>> found;  // one document's (term, rank)
  std::string folded;

  for (uint32_t id = 0; id < documents.documents.size(); ++id) {
    const SearchDocument& document = documents.documents[id];
    found.clear();
    const auto add_field = [&](const std::string& text, int rank) {
      folded = JoinHanAndWords(FoldForSearch(text));
      for (std::string_view term : IndexTerms(folded)) {
        auto it = numbers.find(term);
        if (it == numbers.end()) {
          it = numbers.emplace(texts.emplace_back(term), static_cast<uint32_t>(postings.size())).first;
          postings.emplace_back(chunk_size);
        }
        found.emplace_back(it->second, rank);
      }
    };
    add_field(document.title, static_cast<int>(TitleRank(document.kind)));
    for (int rank = 0; rank < kSearchRankCount; ++rank) add_field(document.fields[rank], rank);
    // Each term once, at its best (lowest) rank.
    std::sort(found.begin(), found.end());
    for (size_t i = 0; i < found.size(); ++i) {
      if (i > 0 && found[i].first == found[i - 1].first) continue;
      postings[found[i].first].by_rank[found[i].second].Add(id);
    }
  }

  std::vector<uint32_t> order(texts.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return texts[a] < texts[b]; });
  InvertedIndex index;
  index.terms.reserve(order.size());
  index.postings.reserve(order.size());
  for (uint32_t number : order) {
    index.terms.push_back(std::move(texts[number]));
    index.postings.push_back(std::move(postings[number]));
  }
  return index;
}

}  // namespace gongkai
