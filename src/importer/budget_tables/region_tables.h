// The budget tables of the Shanghai template in pdf-parse's text form
// (tests/documents/corpus/03_…pdfparse.txt): cells between " \t", empty
// cells dropped, thousands separators, "-- PAGE_BREAK --" lines, header rows
// repeated after a break; tables found by their titles. Without positions,
// an amount's column is its place among the amounts printed on its line.
// Every other form of these documents (the PDF, pdftotext -layout) is read
// by position (tables/laid_out_tables.h).
#pragma once

#include <vector>

#include "importer/budget_tables/line_cells.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/budget_table.h"

namespace gongkai {

using RowSplitter = std::vector<PlacedCell> (*)(const SourceLine& line);

// `split` is SplitParseRow (line_cells.h).
std::vector<BudgetTable> ReadShanghaiTables(const SourceDocument& document, RowSplitter split, ImportReport& report);

// Shared by both: a line of a table classified by function or economic
// codes, its code joined from 类/款/项 cells ("204","06","01" → "2040601"),
// its name and its amount cells (as printed, in order). nullopt when the
// line does not start with a code.
struct CodedLine {
  std::string code;
  std::string name;
  std::vector<PlacedCell> amounts;
};
std::optional<CodedLine> ReadCodedLine(const std::vector<PlacedCell>& cells);

// The unit a table's header states ("单位：元", "单位:万元"), "" if none.
std::string UnitOf(const std::string& text);

}  // namespace gongkai
