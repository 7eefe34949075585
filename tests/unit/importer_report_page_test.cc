// The report page (gongkai import --report FILE.html), parsed with libxml2:
// each table as read, every row beside its page and row in the PDF, guessed
// cells and rows marked, text that went into no cell shown where it stood.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "cli/command.h"
#include "content_fixture.h"
#include "html_document.h"
#include "importer/import_report_page.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

using testing::HtmlDocument;

BudgetCell Text(const std::string& text) { return BudgetCell{text, std::nullopt}; }
BudgetCell Amount(const std::string& text) { return BudgetCell{text, Decimal::Parse(text)}; }

ImportedDocument ReadTable() {
  ImportedDocument imported;
  ImportReport& report = imported.report;
  report.file = "部门预算.pdf";
  report.format = "PDF";
  // Lines 1–4 of the PDF are rows 3–6 of page 2.
  report.pdf_places = {{2, 3}, {2, 4}, {2, 5}, {2, 6}};
  BudgetTable table;
  table.title = "2026年部门支出预算表";
  table.unit = "元";
  table.columns = {{"code", "科目编码", ColumnType::kCode, {}}, {"name", "科目名称", ColumnType::kText, {}},
                   {"total", "合计", ColumnType::kAmount, {}}};
  table.origin.line = 1;
  BudgetRow total, item;
  total.cells = {Text(""), Text("合计"), Amount("120.00")};
  total.origin.line = 2;
  item.cells = {Text("30107"), Text("绩效奖金"), Amount("120.00")};
  item.origin.line = 4;
  table.rows = {total, item};
  imported.department.tables.push_back(table);
  report.Repair(4, "款/项编码印为一位数，补足两位后合成科目编码（2026年部门支出预算表）", "301 7 → 30107");
  report.Skip(3, 0, "表中无法归入任何一行的文字（2026年部门支出预算表）", "（续）");
  return imported;
}

TEST_CASE("the report page shows each table as read, beside its page and row, guessed and unplaced cells marked",
          "[importer][report]") {
  Diagnostics diagnostics;
  const HtmlDocument page(ImportReportPage({ReadTable()}, diagnostics));
  REQUIRE(page.ok());
  CHECK(page.parse_problems() == 0);
  CHECK(page.Text("//h1") == "导入报告");
  CHECK(page.Text("//section/h3") == "2026年部门支出预算表");
  const std::string rows = "//section/table[@class='budget-table']/tbody/tr";
  REQUIRE(page.Count(rows) == 3);
  // In the order of the PDF: the total (row 4), the unplaced text (row 5), the item (row 6).
  CHECK(page.Texts(rows + "/td[1]") == std::vector<std::string>{"第 2 页第 4 行", "第 2 页第 5 行", "第 2 页第 6 行"});
  CHECK(page.Texts(rows + "[1]/td[position()>1 and position()<5]") == std::vector<std::string>{"", "合计", "120.00"});
  // The unplaced text, its own row across the columns.
  CHECK(page.Attributes(rows + "[2]", "class") == std::vector<std::string>{"unplaced"});
  CHECK(page.Text(rows + "[2]/td[2]") == "（续）");
  // The repaired code: its row and its cell marked, the reason beside it.
  CHECK(page.Attributes(rows + "[3]", "class") == std::vector<std::string>{"guessed"});
  CHECK(page.Texts(rows + "[3]/td[contains(@class, 'guessed')]") == std::vector<std::string>{"30107"});
  CHECK(page.Text(rows + "[3]/td[@class='why']").find("补足两位") != std::string::npos);
  // Self-contained: nothing loaded, nothing run.
  CHECK(page.Count("//script | //link | //img | //*[@src]") == 0);
}

TEST_CASE("gongkai import --report writes the page for a real PDF: every table, every row placed in the PDF",
          "[importer][report][cli]") {
  testing::TempFolder temp;
  const std::string pdf = std::string(GONGKAI_SOURCE_DIR) + "/content/sources/01_shanghai_putuo_sfj_2026_dept_budget.pdf";
  const std::string report = temp.path() + "/报告.html";
  std::ostringstream out, err;
  const int status = RunImportCommand({pdf, "--dry-run", "--out", temp.path() + "/content", "--report", report},
                                      CommandIo{out, err});
  INFO(err.str());
  REQUIRE(status == 0);
  CHECK(out.str().find("已写入报告 " + report) != std::string::npos);
  const HtmlDocument page(testing::ReadTextFile(report));
  REQUIRE(page.ok());
  CHECK(page.Count("//section/h3") >= 9);  // the nine budget tables of 上海市普陀区司法局 2026
  for (const std::string& place : page.Texts("//section/table[@class='budget-table']/tbody/tr/td[@class='place']")) {
    INFO(place);
    CHECK(place.rfind("第 ", 0) == 0);
    CHECK(place.find(" 页第 ") != std::string::npos);
  }
  CHECK(page.Text("//dt[.='部门']/following-sibling::dd[1]") == "r01 上海市普陀区司法局");
  CHECK(page.Text("//dt[.='行政区划']/following-sibling::dd[1]") == "310107 上海市普陀区");
}

TEST_CASE("the report page needs a .html file name (--report)", "[importer][report][cli]") {
  std::ostringstream out, err;
  CHECK(RunImportCommand({"a.pdf", "--report", "报告.txt"}, CommandIo{out, err}) == kExitUsage);
  CHECK(err.str().find("--report 的值“报告.txt”不是 .html 文件名") != std::string::npos);
}

}  // namespace
}  // namespace gongkai
