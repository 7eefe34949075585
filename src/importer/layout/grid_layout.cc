#include "importer/layout/grid_layout.h"

#include <algorithm>

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// How far a cell's word stands in from its grid lines: neighbouring cells
// leave a gap between their words, as printed cells do.
constexpr double kCellInset = 0.1;
// A line's height and the gap below it, in lines.
constexpr double kLineHeight = 0.8;

}  // namespace

LaidOutText GridToLaidOutText(const GridDocument& document) {
  LaidOutText text;
  text.path = document.path;
  text.unit = "列";
  int page = 0, row_on_page = 0;
  double top = 0;
  for (const GridLine& grid : document.lines) {
    if (grid.page != page) {
      page = grid.page;
      row_on_page = 0;
      top = 0;
    }
    ++row_on_page;
    LaidOutLine line;
    line.page = grid.page;
    line.row = grid.row > 0 ? grid.row : row_on_page;
    line.source_line = grid.source_line;
    line.top = top;
    line.bottom = top + kLineHeight;
    line.whole_paragraph = grid.kind == GridLine::Kind::kParagraph;
    top += 1;
    for (const GridCell& cell : grid.cells) {
      if (TrimAscii(cell.text).empty()) continue;
      PlacedWord word;
      word.text = cell.text;
      word.y0 = line.top;
      word.y1 = line.bottom;
      if (grid.kind == GridLine::Kind::kTableRow) {
        word.x0 = cell.column + kCellInset;
        word.x1 = cell.column + std::max(1, cell.columns) - kCellInset;
        word.whole_cell = true;
      } else {
        const double width = std::min(kGridParagraphWidth, static_cast<double>(CodePointCount(cell.text)));
        word.x0 = grid.centred ? (kGridParagraphWidth - width) / 2 : 0;
        word.x1 = word.x0 + width;
      }
      line.words.push_back(std::move(word));
    }
    if (line.words.empty()) continue;
    text.lines.push_back(std::move(line));
  }
  text.pages = page;
  return text;
}

}  // namespace gongkai
