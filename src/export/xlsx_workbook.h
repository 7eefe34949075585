// ExportTables as one .xlsx workbook, a sheet per table (libxlsxwriter; the
// only file that touches it).
//
// Codes and text are text cells, so Excel and WPS keep leading zeros and
// every digit. Amounts, published numbers and integers are number cells
// with as many decimals shown as were published ("16.80" shows 16.80); a
// number of more than 15 significant digits, which a spreadsheet's double
// cannot hold exactly, is a text cell instead. Blank cells are left empty.
// The header row is bold and stays in view when scrolling.
//
// Reproducible: the document's creation time is fixed (kWorkbookCreated),
// so the same tables give the same bytes.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "export/export_table.h"
#include "export/table_pieces.h"

namespace gongkai {

// 2000-01-01T00:00:00Z: a date no reader takes for the build's.
constexpr std::time_t kWorkbookCreated = 946684800;

struct XlsxResult {
  std::optional<std::string> bytes;
  std::string error;  // why not, in plain words, when bytes is nullopt
  size_t rows = 0;    // data rows written, all sheets
};

// A text cell longer than Excel's 32,767 characters is cut there, with
// "…（全文见 CSV）" (the CSV, the database and the JSON keep all of it).
// A table of more rows than a sheet holds (1,048,575 under the header)
// goes on over further sheets, "绩效指标 2" …, each with the header. Sheet
// names are the tables' titles, made unique and cut to Excel's 31
// characters. `title` is the workbook's document title.
XlsxResult ExportTablesToXlsx(const std::vector<const ExportTable*>& tables, const std::string& title);
// The same from tables' pieces, the same bytes.
XlsxResult TablePiecesToXlsx(const std::vector<const TablePieces*>& tables, const std::string& title);

}  // namespace gongkai
