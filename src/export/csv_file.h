// An ExportTable as CSV, by the rules of format/budget_tables_csv.h: RFC
// 4180, UTF-8 with a byte order mark, CRLF, the labels as header, amounts
// and codes as plain fields, a ' before text a spreadsheet would run.
#pragma once

#include <string>

#include "export/export_table.h"
#include "export/table_pieces.h"

namespace gongkai {

std::string ExportTableToCsv(const ExportTable& table);

// The same from a table's pieces, the same bytes; `rows` is set to the
// rows written.
std::string TablePiecesToCsv(const TablePieces& table, size_t& rows);

}  // namespace gongkai
