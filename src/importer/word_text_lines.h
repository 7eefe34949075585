// The lines Word writes when it saves a document as plain text, built from a
// document's structure. The .docx and HTML readers produce these, so one
// reader (word_text_reader.h) reads all three, and what they find is
// reported with the same words:
//
//   a paragraph          one line (a line break inside it starts another)
//   a table row          one line per cell, "\t<first paragraph of the cell>",
//                        further paragraphs of the cell on lines of their
//                        own, then a blank line
//   a merged cell        one cell (Word's gridSpan, HTML's colspan); a cell
//                        covered by the one above it (vMerge, rowspan) is an
//                        empty cell, as Word prints it
//
// Lines are numbered from 1 in reading order: for these formats "line N"
// means the Nth paragraph or table cell line.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"

namespace gongkai {

class WordTextLines {
 public:
  // A paragraph outside any table. Leading tabs and spaces are dropped: a
  // line that starts with a tab is a table cell in Word text.
  void Paragraph(const std::string& text);

  // One row: each cell as its paragraphs (an empty vector is an empty cell).
  void Row(const std::vector<std::vector<std::string>>& cells);

  int paragraphs() const { return paragraphs_; }
  // The number the next line added gets.
  int next_line() const { return static_cast<int>(lines_.size()) + 1; }
  int rows() const { return rows_; }
  std::vector<SourceLine> Take() { return std::move(lines_); }

 private:
  void Add(std::string text) { lines_.push_back({static_cast<int>(lines_.size()) + 1, std::move(text)}); }

  std::vector<SourceLine> lines_;
  int paragraphs_ = 0;
  int rows_ = 0;
};

// `text` split at '\n', each piece without leading and trailing whitespace
// (ASCII, U+00A0 and the ideographic space U+3000), empty pieces dropped.
std::vector<std::string> SplitTextLines(const std::string& text);

}  // namespace gongkai
