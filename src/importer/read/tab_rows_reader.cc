#include "importer/read/tab_rows_reader.h"

#include "importer/budget_tables/line_cells.h"
#include "importer/layout/grid_layout.h"

namespace gongkai {

LaidOutText LayOutTabRows(const SourceDocument& document) {
  GridDocument grid;
  grid.path = document.path;
  for (const SourceLine& line : document.lines) {
    GridLine row;
    row.source_line = line.number;
    if (line.text.find('\t') == std::string::npos) {
      row.cells.push_back({line.text, 0, 1});
    } else {
      row.kind = GridLine::Kind::kTableRow;
      for (const PlacedCell& cell : SplitTabRow(line)) row.cells.push_back({cell.text, cell.x, 1});
    }
    grid.lines.push_back(std::move(row));
  }
  return GridToLaidOutText(grid);
}

}  // namespace gongkai
