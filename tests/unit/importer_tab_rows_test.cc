// Seed 003's tab rows (the Hebei template's PDF text) read as a grid by the
// shared table reader (read/tab_rows_reader.h → tables/laid_out_tables.h),
// against the Hebei text reader (budget_tables/hebei_pdf_tables.cc) that
// imports it today: the nine mandated tables with the same column keys and
// every amount in the same row and column.
//
// What still keeps seed 003 on its own reader (content/ must not change):
// the Hebei reader's column labels are its template's names, not the
// printed header (收入金额 and 支出合计 over what prints 金额 and 合计, which
// the Shanghai PDFs' content shows as printed), and so are its sums and the
// levels of its 三公 rows; 机构设置, 政府采购 and 固定资产 are kinds and
// shapes (数量, 单价) the shared reader does not know.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

#include "importer/budget_tables/budget_tables_reader.h"
#include "importer/document_importer.h"
#include "importer/document_input.h"
#include "importer/read/tab_rows_reader.h"
#include "importer/tables/laid_out_tables.h"
#include "format/budget_tables_json.h"
#include <fstream>

using namespace gongkai;

namespace {

const std::string kRoot = GONGKAI_SOURCE_DIR;

// Every amount of a table as "row label › column key = amount".
std::vector<std::string> Amounts(const BudgetTable& table) {
  std::vector<std::string> amounts;
  for (const BudgetRow& row : table.rows) {
    std::string label = table.RowCode(row);
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].type == ColumnType::kText && !row.Cell(c).text.empty()) label += row.Cell(c).text + "|";
    }
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].type == ColumnType::kAmount && row.Cell(c).amount) {
        amounts.push_back(label + " › " + table.columns[c].key + " = " + row.Cell(c).text);
      }
    }
  }
  return amounts;
}

std::vector<std::string> Keys(const BudgetTable& table) {
  std::vector<std::string> keys;
  for (const BudgetColumn& column : table.columns) keys.push_back(column.key);
  return keys;
}

}  // namespace

TEST_CASE("seed 003's tab rows as a grid: the Hebei reader's tables, keys and amounts", "[importer][tab-rows]") {
  Diagnostics diagnostics;
  const auto document = ReadDocumentFile(kRoot + "/content/sources/003_467cd4d96a8a259d.txt", diagnostics);
  REQUIRE(document);
  ImportReport hebei_report, grid_report;
  const std::vector<BudgetTable> hebei = ReadBudgetTables(*document, hebei_report);
  const LaidOutTables grid = ReadLaidOutTables(LayOutTabRows(*document), grid_report);
  std::map<BudgetTableKind, const BudgetTable*> by_kind;
  for (const BudgetTable& table : grid.tables) by_kind[table.kind] = &table;
  const std::vector<BudgetTableKind> mandated = {
      BudgetTableKind::kSummary,          BudgetTableKind::kIncome,          BudgetTableKind::kExpenditure,
      BudgetTableKind::kFiscalSummary,    BudgetTableKind::kGeneralExpenditure, BudgetTableKind::kGeneralBasic,
      BudgetTableKind::kFundExpenditure,  BudgetTableKind::kCapitalExpenditure, BudgetTableKind::kThreePublic};
  int compared = 0;
  for (const BudgetTable& expected : hebei) {
    if (std::find(mandated.begin(), mandated.end(), expected.kind) == mandated.end()) continue;
    ++compared;
    INFO(expected.title);
    const auto found = by_kind.find(expected.kind);
    CHECK(found != by_kind.end());
    if (found == by_kind.end()) continue;
    CHECK(Keys(*found->second) == Keys(expected));
    CHECK(Amounts(*found->second) == Amounts(expected));
  }
  CHECK(compared == 9);
  if (getenv("GK_DUMP")) {
    std::ofstream("/tmp/import9-grid.json") << BudgetTablesToJson(grid.tables);
    std::ofstream("/tmp/import9-hebei.json") << BudgetTablesToJson(hebei);
  }
  CHECK(grid.unplaced == 0);

}

TEST_CASE("tab rows of no known template: budget tables read as a grid, an empty cell in its own column",
          "[importer][tab-rows]") {
  // A sheet saved as text: cells between tabs, empty ones kept.
  const std::vector<std::string> lines = {
      "2024年部门支出预算总表",
      "编制部门：示例区文化和旅游局\t\t\t\t单位：元",
      "功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出",
      "207\t文化旅游体育与传媒支出\t900.00\t300.00\t600.00",
      "20701\t文化和旅游\t900.00\t300.00\t600.00",
      "2070101\t行政运行\t300.00\t300.00\t",
      "2070109\t群众文化\t600.00\t\t600.00",
      "208\t社会保障和就业支出\t50.00\t50.00\t",
      "20805\t行政事业单位养老支出\t50.00\t50.00\t",
      "2080505\t机关事业单位基本养老保险缴费支出\t50.00\t50.00\t",
      "210\t卫生健康支出\t20.00\t20.00\t",
      "21011\t行政事业单位医疗\t20.00\t20.00\t",
      "2101101\t行政单位医疗\t20.00\t20.00\t",
      "合计\t\t970.00\t370.00\t600.00",
  };
  SourceDocument document;
  document.path = "支出预算.txt";
  for (size_t i = 0; i < lines.size(); ++i) document.lines.push_back({static_cast<int>(i) + 1, lines[i]});
  Diagnostics diagnostics;
  DepartmentRegistry registry;
  ImportOptions options;
  options.overrides.jurisdiction_code = "310107";
  options.registry = &registry;
  const ImportedDocument imported = ImportDocument(document, options, diagnostics);
  CHECK(diagnostics.error_count() == 0);
  CHECK(imported.department.department.name == "示例区文化和旅游局");
  REQUIRE(imported.department.tables.size() == 1);
  const BudgetTable& table = imported.department.tables[0];
  CHECK(table.kind == BudgetTableKind::kExpenditure);
  CHECK(table.unit == "元");
  CHECK(Keys(table) == std::vector<std::string>{"code", "name", "total", "basic", "project"});
  REQUIRE(table.rows.size() == 11);
  // 2070109 群众文化: nothing in 基本支出, 600.00 in 项目支出 (not moved left).
  const BudgetRow& culture = table.rows[3];
  CHECK(table.RowCode(culture) == "2070109");
  CHECK(culture.Cell(*table.Column("basic")).text.empty());
  CHECK(culture.Cell(*table.Column("project")).text == "600.00");
  CHECK(imported.report.evidence.find("按单元格读取 1 张预算表：25 个金额归入表、行、列，0 个无法归位") == 0);
}
