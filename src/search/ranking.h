// How search results are ranked. Read by the index builder (which records,
// for every term of every document, the best rank of a field holding it)
// and mirrored by themes/default/assets/search.js (which orders results).
//
// A result's rank is the worst of its terms' ranks, corrected once the
// document's text is fetched to the best field holding the whole query as
// written. Results sort by:
//   1. rank, best first:
//        kName       project name and code, department name, its
//                    jurisdiction and units: what a reader names when
//                    looking for one thing (培训, a project code, 组织部);
//        kIndicator  indicator names and descriptions, section headings;
//        kText       narrative: sections, department goals, a project's
//                    purpose and goals, indicator values and their basis;
//   2. year, newest first (citizens look for this year's budget first);
//   3. document order within a year: jurisdiction, department, then the
//      department itself, its projects, indicators and sections in the
//      order the department published them.
// Years and document order are one thing in the index: documents are
// numbered in that order (search_documents.h), so 2. and 3. are "smaller
// document number first".
#pragma once

#include <cstdint>

namespace gongkai {

enum class SearchRank : uint8_t { kName = 0, kIndicator = 1, kText = 2 };
constexpr int kSearchRankCount = 3;

}  // namespace gongkai
