// The budget part of the portal, built end to end from a small content
// folder declared here: tables with a drill-down that needs no script,
// charts with text alternatives that survive grayscale, CSV and JSON
// downloads that parse back into the model, the consistency panel that
// reports without changing a figure, and each department's total on the
// home and year pages.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "content_fixture.h"
#include "format/budget_tables_csv.h"
#include "format/budget_tables_json.h"
#include "html_document.h"
#include "pipeline.h"
#include "render/charts_svg.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace {

// 支出总表 with one figure that does not add up: 2013102 prints 项目支出
// 11.00 where its 合计 is 10.00. The page must still print 11.00.
const std::string kTables = R"({"format": 1, "tables": [
{"kind": "expenditure", "title": "部门预算支出总表", "unit": "万元", "classification": "function",
 "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
  {"key": "total", "label": "合计", "type": "amount", "sum_of": ["basic", "project", "operating"]},
  {"key": "basic", "label": "基本支出", "type": "amount"}, {"key": "project", "label": "项目支出", "type": "amount"},
  {"key": "operating", "label": "经营支出", "type": "amount"}],
 "rows": [
  {"level": 0, "cells": ["", "合计", "1091.69", "690.02", "401.67", ""]},
  {"cells": ["201", "一般公共服务支出", "1038.38", "636.71", "401.67", ""]},
  {"cells": ["20131", "党委办公厅（室）及相关机构事务", "1037.50", "636.71", "400.79", ""]},
  {"cells": ["2013101", "行政运行", "439.20", "439.20", "", ""]},
  {"cells": ["2013102", "一般行政管理事务", "10.00", "", "11.00", ""]},
  {"cells": ["2013105", "专项业务", "390.79", "", "390.79", ""]},
  {"cells": ["2013150", "事业运行", "197.51", "197.51", "", ""]},
  {"cells": ["20134", "统战事务", "0.88", "", "0.88", ""]},
  {"cells": ["2013404", "宗教事务", "0.88", "", "0.88", ""]},
  {"cells": ["210", "卫生健康支出", "53.31", "53.31", "", ""]}]},
{"kind": "general_basic", "title": "2026年部门一般公共预算基本支出部门预算经济分类预算表", "unit": "万元", "classification": "economic",
 "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
  {"key": "total", "label": "合计", "type": "amount", "sum_of": ["personnel", "public"]},
  {"key": "personnel", "label": "人员经费", "type": "amount"}, {"key": "public", "label": "公用经费", "type": "amount"}],
 "rows": [{"level": 0, "cells": ["", "合计", "690.02", "640.92", "49.10"]}, {"cells": ["301", "工资福利支出", "640.92", "640.92", ""]},
  {"cells": ["302", "商品和服务支出", "49.10", "", "49.10"]}]},
{"kind": "fund_expenditure", "title": "政府性基金预算财政拨款支出表", "unit": "万元", "classification": "function",
 "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
  {"key": "total", "label": "合计", "type": "amount"}],
 "rows": [], "notes": ["注：无政府性基金预算财政拨款预算，空表列示。"]},
{"kind": "organization", "title": "部门机构设置情况", "columns": [{"key": "name", "label": "单位名称", "type": "text"},
  {"key": "nature", "label": "单位性质", "type": "text"}], "rows": [{"cells": ["本级", "行政"]}]}
]}
)";

struct Built {
  TempFolder folder;
  std::string out;
  Diagnostics diagnostics;
  BuildSummary summary;
};

const Built& BuiltSite() {
  static Built* built = [] {
    auto* b = new Built;
    gongkai::testing::WriteMinimalContent(b->folder, gongkai::testing::MinimalDepartmentJson());
    b->folder.Write("2021/130322-203/tables.json", kTables);
    BuildOptions options;
    options.content_dir = b->folder.path();
    options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
    options.out_dir = b->folder.OutsidePath("site");
    b->out = options.out_dir;
    b->summary = BuildSite(options, b->diagnostics);
    return b;
  }();
  return *built;
}

std::string Page(const std::string& path) { return ReadTextFile(BuiltSite().out + "/" + path); }

const std::string kDepartment = "2021/130322/203/index.html";

}  // namespace

TEST_CASE("the site with budget tables builds and passes gongkai check", "[budget][render]") {
  std::string messages;
  for (const Diagnostic& d : BuiltSite().diagnostics.all()) messages += FormatDiagnostic(d) + "\n";
  INFO(messages);
  CHECK(BuiltSite().summary.written);
  CHECK_FALSE(BuiltSite().diagnostics.HasErrors());
  // The inconsistent figure is a warning, not an error.
  CHECK(messages.find("tables.json") != std::string::npos);
  CHECK(messages.find("/tables/0/rows/2") != std::string::npos);
}

TEST_CASE("the department page shows every table, its published figures unchanged", "[budget][render]") {
  const HtmlDocument page(Page(kDepartment));
  REQUIRE(page.ok());
  CHECK(page.Count("//section[@id='budget-tables']") == 1);
  CHECK(page.Count("//section[@id='table-expenditure']") == 1);
  CHECK(page.Count("//section[@id='table-general-basic']") == 1);
  // The flat table prints 11.00 as published, though it does not add up.
  CHECK(page.Text("//section[@id='table-expenditure']//table[@class='budget']/tbody/tr[5]/td[last()]") == "11.00");
  // 经营支出 is blank in every row: left out of the page and named.
  CHECK(page.Count("//section[@id='table-expenditure']//table[@class='budget']/thead/tr/th") == 5);
  CHECK(page.Text("//section[@id='table-expenditure']//p[@class='hint'][contains(., '经营支出')]") != "");
  // An empty table is shown with its note.
  CHECK(page.Text("//section[@id='table-fund-expenditure']//p[@class='note']") == "注：无政府性基金预算财政拨款预算，空表列示。");
  CHECK(page.Count("//section[@id='table-fund-expenditure']//p[@class='empty']") == 1);
  CHECK(page.Count("//section[@id='table-fund-expenditure']//thead/tr/th") == 3);  // all its columns
  CHECK(page.Text("//section[@id='table-general-basic']//p[@class='standard-title']") == "即一般公共预算财政拨款基本支出表");
  // 机构设置 is the units section already: only its download is added there.
  CHECK(page.Count("//section[@id='table-organization']") == 0);
  CHECK(page.Count("//section[@id='units']//a[@href='../../../2021/130322/203/tables/organization.csv']") == 1);
}

TEST_CASE("function-classified tables drill down 类 → 款 → 项 with details, no script", "[budget][render]") {
  const HtmlDocument page(Page(kDepartment));
  const std::string table = "//section[@id='table-expenditure']//div[@class='drilldown']";
  // 201 has 款, so it opens; 210 has none, so it is a line.
  CHECK(page.Count(table + "/details[contains(@class,'drill-1')]") == 1);
  CHECK(page.Count(table + "/p[contains(@class,'drill-1')]") == 1);
  CHECK(page.Text(table + "/details/summary/span[@class='code']") == "201");
  // 20131 opens onto its four 项; 20134 onto its one.
  const std::string sections = table + "/details/details[contains(@class,'drill-2')]";
  CHECK(page.Count(sections) == 2);
  CHECK(page.Texts(sections + "[1]//tbody/tr/td[@class='code']") ==
        std::vector<std::string>{"2013101", "2013102", "2013105", "2013150"});
  CHECK(page.Text(sections + "[1]//tbody/tr[2]/th") == "一般行政管理事务");
  CHECK(page.Text(sections + "[1]/summary/span[@class='figures']") == "合计 1037.50 · 基本支出 636.71 · 项目支出 400.79");
  // No script beyond the theme's one file.
  CHECK(page.Count("//script") == 1);
  CHECK(page.Count("//script[@src]") == 1);
}

TEST_CASE("charts are inline SVG with a text alternative and grayscale-safe parts", "[budget][render]") {
  const HtmlDocument page(Page(kDepartment));
  // 类, 基本/项目, 人员/公用, projects, the projects' spending plan
  CHECK(page.Count("//section[@id='budget-charts']//*[local-name()='svg']") == 5);
  for (const std::string& id :
       {"chart-function", "chart-basic-project", "chart-personnel-public", "chart-projects", "chart-plan"}) {
    INFO(id);
    const std::string svg = "//*[local-name()='svg'][@aria-labelledby='" + id + "-title " + id + "-desc']";
    CHECK(page.Count(svg + "[@role='img']") == 1);
    CHECK(page.Text(svg + "/*[local-name()='title']") != "");
    CHECK(page.Text(svg + "/*[local-name()='desc']") != "");
  }
  const std::string desc = page.Text("//*[local-name()='desc'][@id='chart-basic-project-desc']");
  CHECK(desc == "基本支出与项目支出：部门预算支出总表：合计 1091.69 万元，其中基本支出 690.02 万元（63.2%）；项目支出 401.67 万元（36.8%）。");
  CHECK(page.Text("//*[local-name()='desc'][@id='chart-plan-desc']").find(
            "3月底累计 0.0%，6月底累计 50.0%，10月底累计 50.0%，12月底累计 100.0%") != std::string::npos);
  // The second part is told apart by a pattern, not only by its colour.
  CHECK(page.Count("//*[local-name()='pattern'][@id='chart-basic-project-p1']") == 1);
  CHECK(page.Count("//*[local-name()='svg'][@id]") == 0);  // ids are on titles and patterns only
}

TEST_CASE("CSV and JSON downloads beside the tables parse back into the model", "[budget][render]") {
  const HtmlDocument page(Page(kDepartment));
  const auto links = page.Attributes("//section[@id='table-expenditure']//a[@download]", "href");
  REQUIRE(links == std::vector<std::string>{"../../../2021/130322/203/tables/expenditure.csv"});
  const std::string csv = Page("2021/130322/203/tables/expenditure.csv");
  CHECK(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
  CHECK(csv.find("\r\n") != std::string::npos);
  Diagnostics diagnostics;
  const auto tables = ParseBudgetTablesJson("tables.json", kTables, diagnostics);
  const auto records = ParseBudgetCsv(csv);
  REQUIRE(records);
  REQUIRE(records->size() == tables[0].rows.size() + 1);
  CHECK((*records)[0][2] == "合计（万元）");
  CHECK((*records)[4][0] == "2013101");
  // A code is a plain field (a formula ="2013101" reached pandas and R as that literal).
  CHECK(csv.find("\r\n2013101,") != std::string::npos);
  for (size_t r = 0; r < tables[0].rows.size(); ++r) {
    for (size_t c = 0; c < tables[0].columns.size(); ++c) CHECK((*records)[r + 1][c] == tables[0].rows[r].Cell(c).text);
  }

  const auto json_links = page.Attributes("//p[@class='downloads']/a[contains(., 'JSON')]", "href");
  REQUIRE(json_links == std::vector<std::string>{"../../../2021/130322/203/2021-130322-203.json"});
  const auto json = nlohmann::json::parse(Page("2021/130322/203/2021-130322-203.json"));
  CHECK(json.at("department").at("code") == "203");
  REQUIRE(json.at("tables").size() == 4);
  CHECK(json.at("tables").at(0).at("rows").at(4).at("cells").at(4) == "11.00");
}

TEST_CASE("the consistency panel lists findings and what was checked", "[budget][render]") {
  const HtmlDocument page(Page(kDepartment));
  CHECK(page.Count("//section[@id='consistency'][contains(@class,'has-findings')]") == 1);
  const auto findings = page.Texts("//section[@id='consistency']/ul[@class='findings']/li");
  REQUIRE_FALSE(findings.empty());
  CHECK(findings[0].find("部门预算支出总表「20131 党委办公厅（室）及相关机构事务」：项目支出 400.79 万元") == 0);
  CHECK(page.Count("//section[@id='consistency']//details[@class='checks']/ul/li") == 14);
  CHECK(page.Count("//section[@id='consistency']//li[@class='check-warn']") >= 1);
}

TEST_CASE("home and year pages show each department's two totals, each named for what it is", "[budget][render]") {
  for (const std::string& path : {std::string("index.html"), std::string("2021/index.html")}) {
    INFO(path);
    const HtmlDocument page(Page(path));
    CHECK(page.Text("//table[contains(@class,'departments')]/thead/tr/th[4]") == "部门预算总额（万元）");
    CHECK(page.Text("//table[contains(@class,'departments')]/thead/tr/th[5]") == "项目预算合计（万元）");
    CHECK(page.Text("//table[contains(@class,'departments')]/tbody/tr[1]/td[3]") == "1,091.69");
  }
}

TEST_CASE("the department page leads with its totals, linked to their plain-language explanation", "[budget][render]") {
  const HtmlDocument page(Page(kDepartment));
  CHECK(page.Texts("//main/dl[@class='totals']/div/dt") == std::vector<std::string>{"部门预算总额", "项目预算合计"});
  CHECK(page.Text("//main/dl[@class='totals']/div[1]/dd").find("1,091.69 万元") == 0);
  CHECK(page.Attributes("//main/dl[@class='totals']//dt/a", "href") ==
        std::vector<std::string>{"../../../glossary/index.html#budget-total", "../../../glossary/index.html#project-total"});
  // The totals come before any table.
  CHECK(page.Count("//main/dl[@class='totals']/preceding::table") == 0);
}

TEST_CASE("chart arithmetic: shares to a tenth of a percent, rounded half up", "[budget][render]") {
  CHECK(PercentOf(*Decimal::Parse("690.02"), *Decimal::Parse("1091.69")) == "63.2");
  CHECK(PercentOf(*Decimal::Parse("1"), *Decimal::Parse("3")) == "33.3");
  CHECK(PercentOf(*Decimal::Parse("2"), *Decimal::Parse("3")) == "66.7");
  CHECK(PercentOf(*Decimal::Parse("1"), *Decimal::Parse("8")) == "12.5");
  CHECK(PercentOf(*Decimal::Parse("96282213.44"), *Decimal::Parse("96282213.44")) == "100.0");
}

TEST_CASE("the spending plan chart weights each project by its budget", "[budget][render]") {
  DepartmentYear department;
  Project small, large;
  small.budget = Decimal::Parse("20.00");
  small.plan.cumulative = {"", "50.00%", "50.00%", "100.00%"};
  large.budget = Decimal::Parse("60.00");
  large.plan.cumulative = {"25%", "", "75%", "100%"};  // 6月底 blank: still 25%
  department.projects = {small, large};
  const std::vector<Chart> charts = DepartmentCharts(department);
  REQUIRE(charts.size() == 2);  // projects ranked, and the plan
  CHECK(charts[1].id == "chart-plan");
  // 3月底 (0×20 + 25×60)/80 = 18.75; 6月底 (50×20 + 25×60)/80 = 31.25; 10月底 68.75; 12月底 100.
  CHECK(charts[1].text.find("3月底累计 18.8%，6月底累计 31.3%，10月底累计 68.8%，12月底累计 100.0%") != std::string::npos);
  CHECK(charts[0].text == "项目预算数（2 个项目），共 2 项，从大到小： 60.00 万元（75.0%）； 20.00 万元（25.0%）。");
}

TEST_CASE("the projects chart shows the largest 15, with shares of all projects", "[budget][render]") {
  DepartmentYear department;
  for (int i = 1; i <= 20; ++i) {
    Project project;
    project.name = "项目" + std::to_string(i);
    project.budget = Decimal::FromUnits(i, 0);  // 1 … 20, together 210
    department.projects.push_back(project);
  }
  const std::vector<Chart> charts = DepartmentCharts(department);
  REQUIRE(charts.size() == 1);
  CHECK(charts[0].title == "预算数最大的 15 个项目（共 20 个，合计 210 万元；百分比为占合计的比例）");
  CHECK(charts[0].text.find("：项目20 20 万元（9.5%）；项目19 19 万元（9.0%）；") != std::string::npos);
  CHECK(charts[0].text.find("项目5 ") == std::string::npos);  // 5th smallest is not shown
  CHECK(charts[0].text.find("项目6 6 万元（2.9%）。") != std::string::npos);
}
