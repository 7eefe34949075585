#include "search/inverted_index.h"

#include <algorithm>
#include <iterator>
#include <numeric>

#include "search/tokenizer.h"

namespace gongkai {

const TermPostings* InvertedIndex::Find(std::string_view term) const {
  const auto it = std::lower_bound(terms.begin(), terms.end(), term);
  return it != terms.end() && *it == term ? &postings[it - terms.begin()] : nullptr;
}

RunTerms TermsOfDocuments(const std::vector<SearchDocument>& documents) {
  // Terms get numbers as first seen; their text lives in `texts` (a deque
  // never moves its strings), which the hash map's keys point into.
  std::deque<std::string> texts;
  std::unordered_map<std::string_view, uint32_t> numbers;
  std::vector<std::pair<uint32_t, int>> found;  // one document's (term, rank)
  std::string folded;
  RunTerms run;
  run.ends.reserve(documents.size());
  for (const SearchDocument& document : documents) {
    found.clear();
    const auto add_field = [&](const std::string& text, int rank) {
      folded = JoinHanAndWords(FoldForSearch(text));
      for (std::string_view term : IndexTerms(folded)) {
        auto it = numbers.find(term);
        if (it == numbers.end()) {
          const uint32_t number = static_cast<uint32_t>(texts.size());
          it = numbers.emplace(texts.emplace_back(term), number).first;
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
      run.postings.push_back(found[i]);
    }
    run.ends.push_back(run.postings.size());
  }
  run.terms.assign(std::make_move_iterator(texts.begin()), std::make_move_iterator(texts.end()));
  return run;
}

void InvertedIndexBuilder::Add(uint32_t first_id, const RunTerms& run) {
  std::vector<uint32_t> global(run.terms.size());  // the run's numbers → the builder's
  for (size_t t = 0; t < run.terms.size(); ++t) {
    auto it = numbers_.find(run.terms[t]);
    if (it == numbers_.end()) {
      it = numbers_.emplace(texts_.emplace_back(run.terms[t]), static_cast<uint32_t>(postings_.size())).first;
      postings_.emplace_back(chunk_size_);
    }
    global[t] = it->second;
  }
  size_t begin = 0;
  for (size_t k = 0; k < run.ends.size(); ++k) {
    const uint32_t id = first_id + static_cast<uint32_t>(k);
    for (size_t p = begin; p < run.ends[k]; ++p) {
      postings_[global[run.postings[p].first]].by_rank[run.postings[p].second].Add(id);
    }
    begin = run.ends[k];
  }
}
InvertedIndex InvertedIndexBuilder::Finish() {
  std::vector<uint32_t> order(texts_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return texts_[a] < texts_[b]; });
  numbers_.clear();
  InvertedIndex index;
  index.terms.reserve(order.size());
  index.postings.reserve(order.size());
  for (uint32_t number : order) {
    index.terms.push_back(std::move(texts_[number]));
    index.postings.push_back(std::move(postings_[number]));
  }
  texts_.clear();
  postings_.clear();
  return index;
}

InvertedIndex BuildInvertedIndex(const SearchDocuments& documents, uint32_t chunk_size) {
  InvertedIndexBuilder builder(chunk_size);
  builder.Add(0, TermsOfDocuments(documents.documents));
  return builder.Finish();
}

}  // namespace gongkai
