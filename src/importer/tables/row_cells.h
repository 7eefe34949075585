// The words of one table row, each placed in a column.
//
// A printed row leaves a blank cell as nothing at all, so a word's column is
// told by where it is, never by how many words came before it: the words,
// left to right, are matched to the columns, left to right, so that the
// words sit as close to their columns' header labels as possible (an exact
// minimum over every order-keeping placement, so a row whose text drifts by
// a few characters still lands whole). An amount goes to an amount column,
// a code to a code column; a column takes at most one amount, while text
// and code columns take every word that falls in them ("1." "一般公共预算").
#pragma once

#include <string>
#include <vector>

#include "importer/layout/laid_out_text.h"
#include "importer/tables/header_columns.h"
#include "importer/tables/table_vocabulary.h"

namespace gongkai {

enum class WordKind { kText, kCode, kAmount };

// "87,267,272.44", "0.00", "-" are amounts; digits without separators or
// decimals, up to 7 of them, may be codes ("204", "06", "7", "2040601": an
// amount column takes them too, at a small cost); the rest is text.
WordKind KindOfWord(const std::string& text);

// The line's text without spaces: for matching titles and labels.
std::string LineCompact(const LaidOutLine& line);

// For each word, the index of its column (REQUIRES: !columns.empty()).
std::vector<size_t> PlaceWords(const std::vector<PlacedWord>& words, const std::vector<HeaderColumn>& columns,
                               const std::vector<ColumnRole>& roles);

// A word printed as code and name together ("2101101行政单位医疗",
// "15会议费") split in two, the x-range shared by character count; the word
// itself when it does not start with 2 to 7 digits followed by a name.
std::vector<PlacedWord> SplitFusedCode(const PlacedWord& word);

}  // namespace gongkai
