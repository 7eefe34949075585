// An ExportTable as CSV, by the rules of format/budget_tables_csv.h: RFC
// 4180, UTF-8 with a byte order mark, CRLF, the labels as header, amounts
// and codes as plain fields, a ' before text a spreadsheet would run.
#pragma once

#include <string>

#include "export/export_table.h"

namespace gongkai {

std::string ExportTableToCsv(const ExportTable& table);

}  // namespace gongkai
