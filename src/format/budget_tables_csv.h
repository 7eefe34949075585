// A budget table as CSV, for the download beside it on the department page.
//
// RFC 4180: fields separated by commas, records ended by CRLF, a field with
// a comma, quote, CR or LF quoted (quotes doubled). UTF-8 with a byte order
// mark, because without one the spreadsheet programs people open these
// files with read Chinese as mojibake. The first record is the header: the
// columns' labels, with the unit after amounts ("合计（万元）").
//
// Codes and amounts are plain fields ("2013101", "16.80"), so pandas, R
// and databases read what was published (a formula such as ="2013101" kept
// Excel's leading zeros but reached every other tool as that literal).
// Text that a spreadsheet would run as a formula — starting with = + - @
// (after spaces or not), tab or CR — gets a leading ', as does text
// starting with ' itself (CSV injection). An amount cell that is not a
// number ("-") is text, and treated as text. docs/downloads.md.
// ParseBudgetCsv reads what RecordsToCsv wrote back into cell texts,
// undoing the ', so a CSV parsed back equals the model.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/budget_table.h"

namespace gongkai {

std::string BudgetTableToCsv(const BudgetTable& table);

// Any table by the same rules: a header record, then the rows; a field of
// a column marked in `number_columns` is written plain when it is a number.
std::string RecordsToCsv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                         const std::vector<bool>& number_columns);
// Only the rows, appended to `out`: a CSV too large to build from one
// vector of rows is written piece by piece (export/table_pieces.h).
void AppendCsvRecords(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& number_columns,
                      std::string& out);

// The header's label of a column: "合计（万元）" for an amount column of a
// table with a unit, the label otherwise.
std::string CsvHeaderLabel(const BudgetTable& table, const BudgetColumn& column);

// Records of fields; nullopt when `csv` is not RFC 4180 (an unclosed quote,
// a quote inside an unquoted field, text after a closing quote). A leading
// byte order mark is skipped; a ' put before a formula start is taken off.
std::optional<std::vector<std::vector<std::string>>> ParseBudgetCsv(const std::string& csv);

}  // namespace gongkai
