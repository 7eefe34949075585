// What the .docx, HTML and spreadsheet readers find, before it becomes a
// SourceDocument: the document's paragraphs and table rows in reading order,
// each cell with its grid columns. One function turns that into both forms
// the importer reads:
//
//   lines    Word text (word_text_lines.h) for .docx and HTML, which the
//            Hebei 绩效目标表 readers read; a sheet row per line, cells
//            between tabs, for a spreadsheet
//   layout   the same blocks as positioned words (layout/grid_layout.h),
//            which the budget tables, 绩效目标填报表 and narrative readers read
//
// Both number lines the same way, so a line in the report is one place in
// the document whichever reader found it.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"

namespace gongkai {

struct SourceCell {
  std::vector<std::string> paragraphs;  // the cell's paragraphs (lines) as written
  int column = 0;                       // first grid column, 0-based
  int columns = 1;                      // grid columns spanned (gridSpan, colspan, a merge)
  // Under a vertical merge (vMerge continuation, rowspan from above): shows
  // the text of the cell above, so holds none itself.
  bool covered = false;
};

struct SourceBlock {
  enum class Kind { kParagraph, kTableRow };
  Kind kind = Kind::kParagraph;
  std::string text;               // a paragraph; '\n' where a line break is
  bool centred = false;           // a paragraph set in the middle (a title)
  std::vector<SourceCell> cells;  // a table row
  int page = 1;                   // a spreadsheet: its sheet, 1-based
  int row = 0;                    // a spreadsheet: the sheet row
};

struct GridSource {
  std::vector<SourceBlock> blocks;
  std::vector<ReaderNote> notes;  // for the report
};

enum class GridLineForm {
  kWordText,   // .docx, HTML: paragraphs and table cells as Word saves them as text
  kSheetRows,  // spreadsheets: one line per sheet row, cells between tabs
};

// `kind` and `lines_are` as SourceDocument has them.
SourceDocument GridSourceDocument(const std::string& path, SourceKind kind, const GridSource& source,
                                  GridLineForm form, const std::string& lines_are);

// A cell's paragraphs on one line: joined without a space between two
// Chinese characters, with one otherwise.
std::string CellLine(const std::vector<std::string>& paragraphs);

}  // namespace gongkai
