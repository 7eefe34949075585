// InvertedIndex: for every term (tokenizer.h), the documents holding it,
// split by the best rank (ranking.h) of a field of the document holding it.
// A document is listed once per term, at that best rank.
#pragma once

#include <array>
#include <map>
#include <string>

#include "search/posting_list.h"
#include "search/ranking.h"
#include "search/search_documents.h"

namespace gongkai {

struct TermPostings {
  explicit TermPostings(uint32_t chunk_size) : by_rank{PostingList(chunk_size), PostingList(chunk_size), PostingList(chunk_size)} {}
  std::array<PostingList, kSearchRankCount> by_rank;
};

// Terms in byte order, which for UTF-8 is code point order.
using InvertedIndex = std::map<std::string, TermPostings>;

// `chunk_size`: documents per chunk of a long list (PostingList).
InvertedIndex BuildInvertedIndex(const SearchDocuments& documents, uint32_t chunk_size);

}  // namespace gongkai
