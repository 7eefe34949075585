#include "importer/read/tab_rows_reader.h"

#include "importer/budget_tables/line_cells.h"
#include "importer/layout/grid_layout.h"

namespace gongkai {
namespace {

bool HasTab(const SourceLine& line) { return line.text.find('\t') != std::string::npos; }

// A row of labels only: some text, no digit in any cell (a data row has
// amounts or codes, the 栏次 row column numbers).
bool IsLabelRow(const std::vector<PlacedCell>& cells) {
  bool text = false;
  for (const PlacedCell& cell : cells) {
    if (cell.text.find_first_of("0123456789") != std::string::npos) return false;
    text = text || !cell.text.empty();
  }
  return text;
}

// How many columns each cell of a header row spans. Tab rows keep a merged
// cell's text in its first column and leave the rest empty ("收入\t\t支出\t"
// over "项目\t预算数\t项目\t预算数"), so a label of a row of labels reaches
// over the empty cells after it as far as the row below has labels under
// them. Other rows' cells span one column: an empty cell there is empty.
std::vector<int> Spans(const std::vector<PlacedCell>& cells, const std::vector<PlacedCell>* below) {
  std::vector<int> spans(cells.size(), 1);
  if (!below || !IsLabelRow(cells) || !IsLabelRow(*below)) return spans;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (cells[c].text.empty()) continue;
    for (size_t j = c + 1; j < cells.size() && cells[j].text.empty(); ++j) {
      if (j < below->size() && !(*below)[j].text.empty()) spans[c] = static_cast<int>(j - c + 1);
    }
  }
  return spans;
}

}  // namespace

LaidOutText LayOutTabRows(const SourceDocument& document) {
  std::vector<std::vector<PlacedCell>> cells(document.lines.size());
  for (size_t i = 0; i < document.lines.size(); ++i) {
    if (HasTab(document.lines[i])) cells[i] = SplitTabRow(document.lines[i]);
  }
  GridDocument grid;
  grid.path = document.path;
  for (size_t i = 0; i < document.lines.size(); ++i) {
    const SourceLine& line = document.lines[i];
    GridLine row;
    row.source_line = line.number;
    if (!HasTab(line)) {
      row.cells.push_back({line.text, 0, 1});
    } else {
      row.kind = GridLine::Kind::kTableRow;
      const bool below_is_row = i + 1 < document.lines.size() && HasTab(document.lines[i + 1]);
      const std::vector<int> spans = Spans(cells[i], below_is_row ? &cells[i + 1] : nullptr);
      for (size_t c = 0; c < cells[i].size(); ++c) row.cells.push_back({cells[i][c].text, cells[i][c].x, spans[c]});
    }
    grid.lines.push_back(std::move(row));
  }
  return GridToLaidOutText(grid);
}

}  // namespace gongkai
