// LaidOutText: a document as lines of positioned words, the one structure
// every table-reading stage works on, whatever the file was.
//
//   PDF (read/pdf_reader.h)          x in points, from poppler's word boxes
//   pdftotext -layout text           x in character columns
//   (read/layout_text_reader.h)
//   .docx, HTML, spreadsheets        x in grid columns ("列")
//   (layout/grid_layout.h)
//
// A word keeps its text exactly; its x-range says which column it sits in,
// which is all a printed table says about an empty cell (it leaves no word).
// Lines are in reading order: by page, then top to bottom.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace gongkai {

struct PlacedWord {
  std::string text;
  double x0 = 0;  // left edge
  double x1 = 0;  // right edge
  double y0 = 0;  // top (PDF: points from the top of the page; text: the line)
  double y1 = 0;  // bottom
  bool space_after = false;  // the source put a space after it (joined with one)
  // A whole table cell of a .docx, web page or spreadsheet: the file holds
  // its text entire, so it never goes on in the line below as printed text may.
  bool whole_cell = false;
};

struct LaidOutLine {
  std::vector<PlacedWord> words;  // left to right
  int page = 1;                   // 1-based
  int row = 1;                    // 1-based line on its page
  int source_line = 0;            // text forms: the file's line; PDF: a running number
  double top = 0, bottom = 0;
  // The source says this line is a whole paragraph (a .docx w:p, an HTML
  // block): no reader joins it to the lines around it.
  bool whole_paragraph = false;

  // The words joined as the page shows them: a space between words that the
  // source spaced, two where a gap separates cells.
  std::string Text() const;
};

// Lines [first, end) of a LaidOutText that one reader took (a table, a form):
// no other reader may read them as anything else.
struct LineRange {
  size_t first = 0;
  size_t end = 0;
};

struct LaidOutText {
  std::string path;
  std::string unit;  // "pt" (PDF) or "字符" (text): what x counts
  std::vector<LaidOutLine> lines;
  int pages = 0;

  // Where lines[index] is, for diagnostics and table rows: the file, its
  // source line and the line's text.
  SourceLocation At(size_t index) const;
};

// A page number or page footer: the last line of its page, a short number
// alone ("11", "- 11 -", "第 3 页").
bool IsPageFurniture(const LaidOutText& text, size_t index);

}  // namespace gongkai
