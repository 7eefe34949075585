// A table as rows of cells: what each text format's reader turns its table
// text into, so that one piece of code (project_table, indicator_rows) can
// read the 绩效目标表 of every format.
//
// Cells are in column order as the text gives them; a merged cell shows up
// as an empty cell (the 一级指标 of the second 产出指标 row is ""). Cell texts
// are already repaired (split cells mended, continuation lines joined).
#pragma once

#include <string>
#include <vector>

namespace gongkai {

struct TableCell {
  std::string text;
  int line = 0;  // source line where the cell starts
};

struct TableRow {
  int line = 0;  // source line where the row starts
  std::vector<TableCell> cells;

  // The cell's text, or "" past the end of the row (Word drops trailing
  // empty cells of a row only rarely, but a short row must not crash a reader).
  const std::string& Text(size_t column) const {
    static const std::string kEmpty;
    return column < cells.size() ? cells[column].text : kEmpty;
  }
};

}  // namespace gongkai
