// InvertedIndex: for every term (tokenizer.h), the documents holding it,
// split by the best rank (ranking.h) of a field of the document holding it.
// A document is listed once per term, at that best rank.
#pragma once

#include <array>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "search/posting_list.h"
#include "search/ranking.h"
#include "search/search_documents.h"

namespace gongkai {

struct TermPostings {
  explicit TermPostings(uint32_t chunk_size)
      : by_rank{PostingList(chunk_size), PostingList(chunk_size), PostingList(chunk_size)} {}
  std::array<PostingList, kSearchRankCount> by_rank;
};

struct InvertedIndex {
  // Terms in byte order, which for UTF-8 is code point order; postings[i]
  // belongs to terms[i].
  std::vector<std::string> terms;
  std::vector<TermPostings> postings;

  // nullptr when the index does not hold `term`.
  const TermPostings* Find(std::string_view term) const;
};

// `chunk_size`: documents per chunk of a long list (PostingList).
InvertedIndex BuildInvertedIndex(const SearchDocuments& documents, uint32_t chunk_size);

// The same a run of documents at a time, for a build that streams the
// index (search_index.h): a run's terms are found on any thread
// (TermsOfDocuments, pure); the builder takes the runs in document order,
// on one.
struct RunTerms {
  std::vector<std::string> terms;  // the run's own numbering, as first seen
  // Per document, each of its terms once, at its best rank: (term, rank)
  // pairs; document k's are [ends[k - 1], ends[k]).
  std::vector<std::pair<uint32_t, int>> postings;
  std::vector<size_t> ends;
};
RunTerms TermsOfDocuments(const std::vector<SearchDocument>& documents);

class InvertedIndexBuilder {
 public:
  explicit InvertedIndexBuilder(uint32_t chunk_size) : chunk_size_(chunk_size) {}
  // The run's documents are numbered from `first_id`. REQUIRES: first_id
  // greater than every id added before.
  void Add(uint32_t first_id, const RunTerms& run);
  // The index, terms in byte order; the builder is left empty.
  InvertedIndex Finish();

 private:
  uint32_t chunk_size_;
  // Terms get numbers as first seen; their text lives in `texts` (a deque
  // never moves its strings), which the hash map's keys point into.
  std::deque<std::string> texts_;
  std::unordered_map<std::string_view, uint32_t> numbers_;
  std::vector<TermPostings> postings_;
};

}  // namespace gongkai
