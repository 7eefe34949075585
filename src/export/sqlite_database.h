// ExportTables as one SQLite database file (libsqlite3; the only file that
// touches it): a table per ExportTable, named by its `name`, a column per
// ExportColumn, named by its `name` (docs/downloads.md lists them).
//
// Integers (年度, 序号, 行号) are INTEGER. Amounts and published numbers
// are TEXT holding the published digits ("16.80"): exact, where REAL would
// round past 15 digits and drop the published decimals; CAST(budget AS
// REAL) sums them, Python's decimal.Decimal reads them exactly. Codes and
// text are TEXT. A blank cell is NULL in a number column, '' in a text one.
//
// Reproducible: the database is built in a new file with a fixed page
// size, in the tables' order, in one transaction, with no WAL, no journal
// and no time stamp, so the same tables give the same bytes. It is built on
// disk, not in memory: the site's database is the largest download (350 MB
// at 100,000 projects), and in memory it would be held twice, as pages and
// as the bytes read out of them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export/export_table.h"
#include "export/table_pieces.h"

namespace gongkai {

struct SqliteResult {
  std::optional<std::string> bytes;
  std::string error;  // why not, when bytes is nullopt
};

SqliteResult ExportTablesToSqlite(const std::vector<const ExportTable*>& tables);

// The same from tables' pieces, written to `path`, an empty file that is
// there (base/scratch_file.h). Returns "" or why not; `rows` is set to the
// rows written, all tables.
std::string WriteTablePiecesToSqlite(const std::vector<const TablePieces*>& tables, const std::string& path,
                                     size_t& rows);

}  // namespace gongkai
