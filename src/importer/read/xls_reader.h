// An old Excel workbook (.xls, BIFF) as budget tables, read with libfreexl
// (the only file that touches it): each sheet a page, each row a line of
// cells (read/grid_source.h).
//
// FreeXL gives each number as a binary double and no number format, and no
// merged ranges. So:
//
//   amounts   each double's shortest decimal text, rounded to Excel's 15
//             significant digits (beyond them a double holds only binary
//             noise), then every number of a sheet shown with the most
//             decimals any of them shows ("1149678" beside "87267272.44"
//             → "1149678.00", as the 0.00 format a budget sheet uses shows
//             them; a column of whole amounts is no sign of another
//             format); rounded by decimal digits (read/shown_number.h),
//             never by float arithmetic; the report says so. What cannot
//             be recovered: a "0" a General cell shows beside "10.81"
//             reads "0.00" (the same amount)
//   merges    in a row without numbers (a title, a header), a text cell
//             runs over the empty cells to its right up to the next text
//             of its row, and no further than the heading of the row above
//             it stands under: so 公务用车购置及运行费 heads 小计, 购置费 and
//             运行费 but not 机关运行经费 beside them (as the merge did)
//
// freexl opens only paths; bytes are handed to it through an anonymous
// in-memory file (memfd), never written to disk. A password-protected
// workbook, or one FreeXL cannot read, is an error that says what to do.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

std::optional<SourceDocument> ReadXls(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
