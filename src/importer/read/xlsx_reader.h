// An Excel workbook (.xlsx) as budget tables: the archive opened with
// read/zip_archive.h, its parts parsed with base/markup_tree.h, each sheet
// a page and each sheet row a line of cells (read/grid_source.h):
//
//   text        shared strings, inline strings, formula results as stored
//   numbers     as the cell's number format shows them ("#,##0.00" →
//               "96,282,213.44"), rounded by their decimal digits
//               (read/shown_number.h), never through floating point
//   merges      a merged range is one cell over its columns, its text on
//               its first row; the rows it covers below show nothing
//
// Hidden sheets are read as well (a clerk may hide a finished table);
// formulas are not evaluated: the value Excel saved is what the sheet shows.
// A file that is no zip, lacks xl/workbook.xml, is encrypted or holds
// malformed XML is an error that says what to do.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

std::optional<SourceDocument> ReadXlsx(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
