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
// Reproducible: the database is built in memory with a fixed page size, in
// the tables' order, in one transaction, and serialized as it stands (no
// WAL, no journal, no time stamp), so the same tables give the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export/export_table.h"

namespace gongkai {

struct SqliteResult {
  std::optional<std::string> bytes;
  std::string error;  // why not, when bytes is nullopt
};

SqliteResult ExportTablesToSqlite(const std::vector<const ExportTable*>& tables);

}  // namespace gongkai
