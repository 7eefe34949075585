// The budget tables of the Shanghai and Jiangsu templates (../shared/corpus):
// text extracted from the published PDFs, tables found by their titles.
//
// Shanghai (区级部门预算, 9 tables): the same tables in two extractions:
// pdftotext -layout (space-aligned, amounts in 元 without separators,
// function codes split over 类/款/项 columns: "204   06   01   行政运行") and
// pdf-parse (cells between " \t", empty cells dropped, thousands separators,
// "-- PAGE_BREAK --" lines, header rows repeated after a break).
//
// Jiangsu (省级部门预算, 12 tables "公开01表" … "公开12表"), pdftotext
// -layout: codes 204 / 20405 / 2040501 in one column, amounts in 万元 with
// separators, and long names wrapped around the row's line: a cell of two
// lines is printed with its first line above the row's other cells and its
// second below ("机关事业单位基本养老保险缴费支" / "2080505 … 1,384.70" / "出").
#pragma once

#include <vector>

#include "importer/budget_tables/line_cells.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/budget_table.h"

namespace gongkai {

using RowSplitter = std::vector<PlacedCell> (*)(const SourceLine& line);

// `split` is SplitLayoutRow or SplitParseRow (line_cells.h).
std::vector<BudgetTable> ReadShanghaiTables(const SourceDocument& document, RowSplitter split, ImportReport& report);
std::vector<BudgetTable> ReadJiangsuTables(const SourceDocument& document, ImportReport& report);

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
