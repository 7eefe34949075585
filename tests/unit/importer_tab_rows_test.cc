// Tab rows read as a grid (read/tab_rows_reader.h) by the shared table
// reader (tables/laid_out_tables.h): seed 003 (the Hebei template's PDF
// text), whose nine mandated tables are read this way, against its
// committed content; and tab rows of no known template.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "format/budget_tables_json.h"
#include "importer/document_importer.h"
#include "importer/document_input.h"
#include "importer/read/tab_rows_reader.h"
#include "importer/tables/laid_out_tables.h"

using namespace gongkai;

namespace {

const std::string kRoot = GONGKAI_SOURCE_DIR;

std::vector<std::string> Keys(const BudgetTable& table) {
  std::vector<std::string> keys;
  for (const BudgetColumn& column : table.columns) keys.push_back(column.key);
  return keys;
}

}  // namespace

TEST_CASE("seed 003's tab rows as a grid: its nine mandated tables as content/ has them", "[importer][tab-rows]") {
  // 序号 numbering the rows, the 栏次 row, the page header (department,
  // 预算年度, unit) and the header rows repeated on every page, merged header
  // cells kept in their first column: the tables as the Hebei text reader
  // gave them, column names included (table_vocabulary.h, TemplateColumnNames).
  Diagnostics diagnostics;
  const auto document = ReadDocumentFile(kRoot + "/content/sources/003_467cd4d96a8a259d.txt", diagnostics);
  REQUIRE(document);
  ImportReport report;
  const LaidOutTables grid = ReadLaidOutTables(LayOutTabRows(*document), report);
  CHECK(grid.unplaced == 0);
  std::ifstream in(kRoot + "/content/2023/130371-203/tables.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<BudgetTable> content = ParseBudgetTablesJson("tables.json", text.str(), diagnostics);
  REQUIRE(content.size() == 13);
  content.resize(9);  // then 机构设置, 政府采购, 固定资产, 机关运行经费 (the template's reader)
  CHECK(BudgetTablesToJson(grid.tables) == BudgetTablesToJson(content));
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
