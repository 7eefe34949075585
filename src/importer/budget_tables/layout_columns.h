// Columns of a space-aligned (pdftotext -layout) table: where each column
// is, read off the table's header, and which column a cell belongs to.
//
// The layout keeps only positions: a blank cell leaves no trace, and a
// right-aligned amount sits under its header's right half. A cell belongs
// to the header whose centre is nearest; cells of one line keep their
// left-to-right order.
#pragma once

#include <string>
#include <vector>

#include "importer/budget_tables/line_cells.h"

namespace gongkai {

// The centres of the header cells whose texts are `labels`, found left to
// right among `header` cells (all header lines' cells together): the i-th
// label is the left-most cell with that text right of the (i-1)-th.
// Empty when a label is not found.
std::vector<int> HeaderCentres(const std::vector<PlacedCell>& header, const std::vector<std::string>& labels);

// Column index for each cell (REQUIRES: cells.size() <= centres.size()):
// nearest centre, in order, never two cells in one column.
std::vector<size_t> AssignColumns(const std::vector<PlacedCell>& cells, const std::vector<int>& centres);

// Index of the centre nearest to `x`.
size_t NearestColumn(int x, const std::vector<int>& centres);

// A cell wrapped over lines around its row: the row's line holds the
// row's one-line cells, the wrapped cell's first line(s) are printed above
// it and the rest below. Lines are data lines (rows) or fragment lines.
struct WrappedLine {
  bool data = false;
  int number = 0;                       // source line
  std::vector<std::pair<size_t, std::string>> fragments;  // column, text (fragment lines)
  std::vector<bool> used;               // per fragment
};

// The text of column `column` of data line `row`, when the fragment lines
// directly above it (after the previous data line) and directly below it
// (before the next) both hold text in that column: above + below, marked
// used. "" otherwise.
std::string TakeCentredWrap(std::vector<WrappedLine>& lines, size_t row, size_t column);

}  // namespace gongkai
