// TablePieces: one downloadable table made a piece at a time, so that a
// year's or the whole site's rows never sit in memory at once (issue 16:
// the site-wide tables held every row of the portal as strings, twice the
// size of the database they were written into).
//
// The table builders (export_tables.h) make a table's rows department-year
// after department-year, so the table of N department-years is the rows
// of each one alone, in order: piece k is department-year k's table. The
// format writers (csv_file, xlsx_workbook, sqlite_database) take pieces and
// write the same bytes as from the whole table.
#pragma once

#include <functional>

#include "export/export_table.h"
#include "export/export_tables.h"

namespace gongkai {

struct TablePieces {
  ExportTable heading;  // name, title and columns; no rows
  size_t count = 0;     // pieces
  // Piece k: either a table held elsewhere, or one made into `scratch`;
  // the reference is good until the next call. Same columns as heading.
  std::function<const ExportTable&(size_t k, ExportTable& scratch)> piece;
};

// A table already whole, as one piece (not copied: it must outlive the pieces).
TablePieces WholeTable(const ExportTable& table);

// builder({department}) for each department-year, in order; the heading is
// builder({}). `departments` must outlive the pieces.
TablePieces TableByDepartment(const std::function<ExportTable(const DepartmentYears&)>& builder,
                              const DepartmentYears& departments);

}  // namespace gongkai
