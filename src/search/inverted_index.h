// InvertedIndex: for every term (tokenizer.h), the documents holding it,
// split by the best rank (ranking.h) of a field of the document holding it.
// A document is listed once per term, at that best rank.
#pragma once

#include <array>
#include <string>
#include <string_view>
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

}  // namespace gongkai
