// Documents whose tables are grids (a .docx w:tbl, an HTML <table>, a
// spreadsheet) as a LaidOutText, so the one set of readers after it (budget
// tables by kind, 绩效目标填报表, narrative) reads them as it reads a PDF and
// knows nothing of the file format:
//
//   a table row      one line; each cell with text one word whose x-range is
//                    its grid columns (x counts columns, a merged cell spans
//                    the columns it covers, a little inset so neighbours do
//                    not touch); an empty cell leaves no word, as in print;
//                    a vertically merged cell's text sits on its first row,
//                    where the table shows it
//   a paragraph      one line of one word, set in a line 40 characters wide
//                    (x counts characters): left, or centred when the source
//                    centres it; it is a whole paragraph and never joined
//                    to the next line, since the source says where it ends
//
// Lines are placed one below the other (y counts lines); a spreadsheet's
// sheets are its pages, a table row's line keeps its sheet row.
#pragma once

#include <string>
#include <vector>

#include "importer/layout/laid_out_text.h"

namespace gongkai {

struct GridCell {
  std::string text;  // as the table shows it, on one line
  int column = 0;    // first grid column, 0-based
  int columns = 1;   // grid columns it spans
};

struct GridLine {
  enum class Kind { kParagraph, kTableRow };
  Kind kind = Kind::kParagraph;
  std::vector<GridCell> cells;  // a paragraph: one cell with its text
  bool centred = false;         // a paragraph the source centres (a title)
  int page = 1;                 // a spreadsheet: the sheet, 1-based
  int row = 0;                  // a spreadsheet: the sheet row; else 0 (numbered on the page)
  int source_line = 0;          // the line diagnostics name
};

struct GridDocument {
  std::string path;
  std::vector<GridLine> lines;
};

// The width of a paragraph's line, in characters.
constexpr double kGridParagraphWidth = 40;

LaidOutText GridToLaidOutText(const GridDocument& document);

}  // namespace gongkai
