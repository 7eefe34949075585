// The budget consistency checks, each on a table that adds up and on a
// deliberately broken copy of it: the copy must fail with the right check
// at the right row, and nothing else may change. Tables are built inline
// (as tables.json would give them) so every figure is in view.
#include <catch2/catch.hpp>

#include "format/budget_tables_json.h"
#include "validate/budget_consistency.h"

using namespace gongkai;

namespace {

// A department with the given tables.json text and projects.
DepartmentYear MakeDepartment(const std::string& tables_json, std::vector<Project> projects = {}) {
  DepartmentYear department;
  department.folder = "2023/130371-203";
  Diagnostics diagnostics;
  department.tables = ParseBudgetTablesJson("tables.json", tables_json, diagnostics);
  INFO((diagnostics.all().empty() ? std::string() : FormatDiagnostic(diagnostics.all().front())));
  REQUIRE_FALSE(diagnostics.HasErrors());
  department.projects = std::move(projects);
  return department;
}

std::vector<ConsistencyFinding> Findings(const DepartmentYear& department, CheckId check) {
  std::vector<ConsistencyFinding> found;
  for (const ConsistencyFinding& finding : CheckDepartmentConsistency(department).findings) {
    if (finding.check == check) found.push_back(finding);
  }
  return found;
}

int Comparisons(const DepartmentYear& department, CheckId check) {
  for (const CheckOutcome& outcome : CheckDepartmentConsistency(department).checks) {
    if (outcome.check == check) return outcome.comparisons;
  }
  return -1;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// Seed 003's 支出总表, cut to two 类 (figures as printed, 万元).
const std::string kExpenditure = R"({"kind": "expenditure", "title": "部门预算支出总表", "unit": "万元", "classification": "function",
 "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
  {"key": "total", "label": "合计", "type": "amount", "sum_of": ["basic", "project"]},
  {"key": "basic", "label": "基本支出", "type": "amount"}, {"key": "project", "label": "项目支出", "type": "amount"}],
 "rows": [
  {"level": 0, "cells": ["", "合计", "1091.69", "690.02", "401.67"]},
  {"cells": ["201", "一般公共服务支出", "1038.38", "636.71", "401.67"]},
  {"cells": ["20131", "党委办公厅（室）及相关机构事务", "1037.50", "636.71", "400.79"]},
  {"cells": ["2013101", "行政运行", "439.20", "439.20", ""]},
  {"cells": ["2013102", "一般行政管理事务", "10.00", "", "10.00"]},
  {"cells": ["2013105", "专项业务", "390.79", "", "390.79"]},
  {"cells": ["2013150", "事业运行", "197.51", "197.51", ""]},
  {"cells": ["20134", "统战事务", "0.88", "", "0.88"]},
  {"cells": ["2013404", "宗教事务", "0.88", "", "0.88"]},
  {"cells": ["210", "卫生健康支出", "53.31", "53.31", ""]},
  {"cells": ["21011", "行政事业单位医疗", "53.31", "53.31", ""]}]})";

// Seed 003's 收支总表 as printed: this year's income 1240.26 and spending
// 1241.14 differ; 上年结转结余 0.88 reconciles them.
const std::string kSummary = R"({"kind": "summary", "title": "部门预算收支总表", "unit": "万元",
 "columns": [{"key": "income_item", "label": "收入项目", "type": "text"}, {"key": "income", "label": "收入预算数", "type": "amount"},
  {"key": "spending_item", "label": "支出项目", "type": "text"}, {"key": "spending", "label": "支出预算数", "type": "amount"}],
 "rows": [
  {"cells": ["一、一般公共预算拨款收入", "1240.26", "一、一般公共服务支出", "1038.38"]},
  {"cells": ["二、政府性基金预算拨款收入", "", "七、文化旅游体育与传媒支出", "46.64"]},
  {"cells": ["", "", "八、社会保障和就业支出", "64.68"]},
  {"cells": ["", "", "十、卫生健康支出", "53.31"]},
  {"cells": ["", "", "二十、住房保障支出", "38.13"]},
  {"cells": ["本年收入合计", "1240.26", "本年支出合计", "1241.14"]},
  {"cells": ["上年结转结余", "0.88", "年终结转结余", ""]},
  {"cells": ["收入总计", "1241.14", "支出总计", "1241.14"]}]})";

std::string Tables(const std::vector<std::string>& tables) {
  std::string out = R"({"format": 1, "tables": [)";
  for (size_t i = 0; i < tables.size(); ++i) out += (i ? "," : "") + tables[i];
  return out + "]}";
}

}  // namespace

TEST_CASE("a table that adds up has no findings, and each check made its comparisons", "[budget][consistency]") {
  const DepartmentYear good = MakeDepartment(Tables({kExpenditure, kSummary}));
  // Only the seven mandated tables this cut-down department leaves out.
  const ConsistencyReport report = CheckDepartmentConsistency(good);
  CHECK(report.findings.size() == 7);
  CHECK(Findings(good, CheckId::kMissingTable).size() == 7);
  CHECK(Comparisons(good, CheckId::kClassTotals) > 0);
  CHECK(Comparisons(good, CheckId::kStatedTotals) > 0);
  CHECK(Comparisons(good, CheckId::kColumnSums) > 0);
  CHECK(Comparisons(good, CheckId::kBalance) > 0);
  CHECK(Comparisons(good, CheckId::kCrossTable) > 0);  // 收支总表 items against 支出总表 类 rows
}

TEST_CASE("类 = Σ款 = Σ项: a 项 changed in a broken copy is found at its 款", "[budget][consistency]") {
  const DepartmentYear broken =
      MakeDepartment(Tables({Replace(kExpenditure, R"("2013102", "一般行政管理事务", "10.00", "", "10.00")",
                                 R"("2013102", "一般行政管理事务", "10.00", "", "11.00")")}));
  const auto found = Findings(broken, CheckId::kClassTotals);
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.pointer == "/tables/0/rows/2");  // 20131, whose 项 no longer add up
  CHECK(found[0].where.file == "tables.json");
  CHECK(found[0].where.line > 0);
  CHECK(found[0].message ==
        "部门预算支出总表「20131 党委办公厅（室）及相关机构事务」：项目支出 400.79 万元，所属下级科目之和 401.79 "
        "万元，相差 -1.00 万元");
  // The row itself no longer adds up across either.
  CHECK(Findings(broken, CheckId::kColumnSums).size() == 1);
}

TEST_CASE("stated totals: a 合计 row that is not the sum of its rows", "[budget][consistency]") {
  const DepartmentYear broken = MakeDepartment(
      Tables({Replace(kExpenditure, R"("", "合计", "1091.69", "690.02", "401.67")", R"("", "合计", "1091.96", "690.02", "401.76")")}));
  const auto found = Findings(broken, CheckId::kStatedTotals);
  REQUIRE(found.size() == 2);  // 合计 and 项目支出 columns
  CHECK(found[0].where.pointer == "/tables/0/rows/0");
  CHECK(found[0].message.find("合计 1091.96 万元，所列各行之和 1091.69 万元") != std::string::npos);
}

TEST_CASE("合计 = 基本支出 + 项目支出 and 基本支出 = 人员经费 + 公用经费", "[budget][consistency]") {
  const DepartmentYear broken =
      MakeDepartment(Tables({Replace(kExpenditure, R"("2013101", "行政运行", "439.20", "439.20", "")",
                                 R"("2013101", "行政运行", "439.20", "439.02", "")")}));
  const auto found = Findings(broken, CheckId::kColumnSums);
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.pointer == "/tables/0/rows/3");
  CHECK(found[0].message == "部门预算支出总表「2013101 行政运行」：合计 439.20 万元，基本支出 + 项目支出 = 439.02 万元，相差 0.18 万元");

  const std::string basic = R"({"kind": "general_basic", "title": "一般公共预算财政拨款基本支出表", "unit": "万元", "classification": "economic",
    "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
     {"key": "total", "label": "合计", "type": "amount", "sum_of": ["personnel", "public"]},
     {"key": "personnel", "label": "人员经费", "type": "amount"}, {"key": "public", "label": "公用经费", "type": "amount"}],
    "rows": [{"level": 0, "cells": ["", "合计", "792.83", "743.73", "49.10"]}, {"cells": ["301", "工资福利支出", "729.78", "729.78", ""]},
     {"cells": ["302", "商品和服务支出", "49.10", "", "49.10"]}, {"cells": ["303", "对个人和家庭的补助", "13.95", "13.95", ""]}]})";
  CHECK(Findings(MakeDepartment(Tables({basic})), CheckId::kColumnSums).empty());
  const auto personnel = Findings(MakeDepartment(Tables({Replace(basic, R"("792.83", "743.73")", R"("792.83", "743.37")")})),
                                  CheckId::kColumnSums);
  REQUIRE(personnel.size() == 1);
  CHECK(personnel[0].message.find("合计 792.83 万元，人员经费 + 公用经费 = 792.47 万元") != std::string::npos);
}

TEST_CASE("balance: carry-over reconciles income and spending; without it the totals disagree", "[budget][consistency]") {
  CHECK(Findings(MakeDepartment(Tables({kSummary})), CheckId::kBalance).empty());
  // Drop the carry-over: 本年收入合计 no longer reaches 收入总计.
  const DepartmentYear broken = MakeDepartment(Tables({Replace(kSummary, R"("上年结转结余", "0.88")", R"("上年结转结余", "")")}));
  const auto found = Findings(broken, CheckId::kBalance);
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.pointer == "/tables/0/rows/7");
  CHECK(found[0].message ==
        "部门预算收支总表：收入总计 1241.14 万元，本年收入合计 + 上年结转结余 = 1240.26 万元，相差 0.88 万元");
  // Income and spending totals that differ.
  const auto totals = Findings(MakeDepartment(Tables({Replace(kSummary, R"("支出总计", "1241.14")", R"("支出总计", "1241.41")")})),
                               CheckId::kBalance);
  CHECK(totals.size() == 2);  // 支出总计 against its own side and against 收入总计
}

TEST_CASE("the same figure in two tables: 收支总表 and 支出总表 disagree on a 类", "[budget][consistency]") {
  const DepartmentYear broken = MakeDepartment(Tables({kExpenditure, Replace(kSummary, R"("一、一般公共服务支出", "1038.38")",
                                                                          R"("一、一般公共服务支出", "1038.83")")}));
  const auto found = Findings(broken, CheckId::kCrossTable);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("部门预算收支总表「一、一般公共服务支出」支出预算数 1038.83 万元") == 0);
  CHECK(found[0].message.find("而部门预算支出总表「201 一般公共服务支出」合计 1038.38 万元") != std::string::npos);
}

TEST_CASE("三公: 小计 = its parts, in rows (Hebei) and in columns (Shanghai)", "[budget][consistency]") {
  const std::string rows = R"({"kind": "three_public", "title": "财政拨款“三公”经费支出表", "unit": "万元",
    "columns": [{"key": "item", "label": "项目", "type": "text"}, {"key": "total", "label": "合计", "type": "amount"}],
    "rows": [{"level": 1, "cells": ["“三公”经费小计", "0.35"]}, {"level": 2, "cells": ["一、因公出国（境）费", ""]},
     {"level": 2, "cells": ["二、公务用车购置及运维费", ""]}, {"level": 2, "cells": ["三、公务接待费", "0.35"]}]})";
  CHECK(Findings(MakeDepartment(Tables({rows})), CheckId::kThreePublic).empty());
  CHECK(Findings(MakeDepartment(Tables({Replace(rows, R"("三、公务接待费", "0.35")", R"("三、公务接待费", "0.53")")})),
                 CheckId::kThreePublic)
            .size() == 1);

  const std::string columns = R"({"kind": "three_public", "title": "“三公”经费和机关运行经费预算表", "unit": "万元",
    "columns": [{"key": "total", "label": "“三公”经费合计", "type": "amount", "sum_of": ["abroad", "reception", "vehicles"]},
     {"key": "abroad", "label": "因公出国(境)费", "type": "amount"}, {"key": "reception", "label": "公务接待费", "type": "amount"},
     {"key": "vehicles", "label": "公务用车购置及运行费小计", "type": "amount", "sum_of": ["purchase", "running"]},
     {"key": "purchase", "label": "购置费", "type": "amount"}, {"key": "running", "label": "运行费", "type": "amount"}],
    "rows": [{"cells": ["10.81", "0", "0.83", "9.98", "0", "9.98"]}]})";
  CHECK(Findings(MakeDepartment(Tables({columns})), CheckId::kThreePublic).empty());
  const auto found = Findings(MakeDepartment(Tables({Replace(columns, R"("9.98", "0", "9.98")", R"("9.98", "0", "9.89")")})),
                              CheckId::kThreePublic);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("公务用车购置及运行费小计 9.98 万元，购置费 + 运行费 = 9.89 万元") != std::string::npos);
}

TEST_CASE("增减金额 = this year − last year (seed 002 prints the decrease without its sign)", "[budget][consistency]") {
  const std::string table = R"({"kind": "three_public_comparison", "title": "“三公”经费预算情况及增减变化原因", "unit": "万元",
    "columns": [{"key": "item", "label": "项目名称", "type": "text"}, {"key": "last_year", "label": "2020年度预算", "type": "amount"},
     {"key": "this_year", "label": "2021年度预算", "type": "amount"}, {"key": "change", "label": "增减金额", "type": "amount"}],
    "rows": [{"cells": ["公务接待费支出", "27.25", "27.15", "-0.10"]}]})";
  CHECK(Findings(MakeDepartment(Tables({table})), CheckId::kYearChange).empty());
  const auto found = Findings(MakeDepartment(Tables({Replace(table, R"("-0.10")", R"("0.1")")})), CheckId::kYearChange);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("（数值相同，正负号相反）") != std::string::npos);
}

TEST_CASE("projects: 预算数 = 财政资金 + 其他资金, Σ 预算数 against 项目支出, plans", "[budget][consistency]") {
  Project project;
  project.name = "电子政务内网维护费";
  project.budget = Decimal::Parse("3.00");
  project.fiscal_funds = Decimal::Parse("3.00");
  project.other_funds = Decimal::Parse("0");
  project.plan.cumulative = {"25.00%", "50.00%", "75.00%", "100.00%"};
  project.origin.pointer = "/projects/0";
  // 项目支出 401.67 in the table: one project of 3.00 does not make it.
  const DepartmentYear department = MakeDepartment(Tables({kExpenditure}), {project});
  CHECK(Findings(department, CheckId::kProjectFunds).empty());
  CHECK(Findings(department, CheckId::kSpendingPlan).empty());
  const auto total = Findings(department, CheckId::kProjectTotal);
  REQUIRE(total.size() == 1);
  CHECK(total[0].message == "部门预算支出总表：项目支出 401.67 万元，本文所列 1 个项目的预算数之和为 3.00 万元");

  Project broken = project;
  broken.other_funds = Decimal::Parse("0.50");
  broken.plan.cumulative = {"25.00%", "80.00%", "75.00%", "100.00%"};  // seed 002's 专项经费
  const DepartmentYear bad = MakeDepartment(Tables({}), {broken});
  const auto funds = Findings(bad, CheckId::kProjectFunds);
  REQUIRE(funds.size() == 1);
  CHECK(funds[0].where.pointer == "/projects/0");
  CHECK(funds[0].message == "项目「电子政务内网维护费」：预算数 3.00 万元，财政资金 + 其他资金 = 3.50 万元");
  const auto plan = Findings(bad, CheckId::kSpendingPlan);
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].message == "项目「电子政务内网维护费」：资金支出计划是累计数，10月底 75.00% 却少于6月底 80.00%");

  Project unfinished = project;
  unfinished.plan.cumulative = {"", "50%", "90%", ""};
  CHECK(Findings(MakeDepartment(Tables({}), {unfinished}), CheckId::kSpendingPlan).size() == 1);
  unfinished.plan.cumulative = {"", "100%", "", ""};  // done by 6月底: complete
  CHECK(Findings(MakeDepartment(Tables({}), {unfinished}), CheckId::kSpendingPlan).empty());
}

TEST_CASE("placeholders left in published text", "[budget][consistency]") {
  Project project;
  project.name = "宣传经费";
  project.purpose = "用于XX乡镇宣传栏更新";
  DepartmentYear department = MakeDepartment(Tables({}), {project});
  const auto found = Findings(department, CheckId::kPlaceholders);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("项目「宣传经费」中有占位符「XX」") == 0);
  department.projects[0].purpose = "用于各乡镇宣传栏更新";
  CHECK(Findings(department, CheckId::kPlaceholders).empty());
  department.goals.overall = {"某某县委宣传部将……"};
  CHECK(Findings(department, CheckId::kPlaceholders).size() == 1);
}

TEST_CASE("amounts that are not numbers are findings, and left out of sums", "[budget][consistency]") {
  const std::string office = R"({"kind": "office_costs", "title": "机关运行经费安排情况", "unit": "万元",
    "columns": [{"key": "item", "label": "项目", "type": "text"}, {"key": "amount", "label": "金额", "type": "amount"}],
    "rows": [{"level": 0, "cells": ["机关运行经费安排", "1.20"]}, {"cells": ["办公费", "1.00"]}, {"cells": ["培训费", "0.2"]}]})";
  CHECK(Findings(MakeDepartment(Tables({office})), CheckId::kUnreadableAmount).empty());
  CHECK(Findings(MakeDepartment(Tables({office})), CheckId::kStatedTotals).empty());
  const DepartmentYear broken = MakeDepartment(Tables({Replace(office, R"("0.2")", R"("0,。2")")}));  // as seed 002 prints it
  const auto unreadable = Findings(broken, CheckId::kUnreadableAmount);
  REQUIRE(unreadable.size() == 1);
  CHECK(unreadable[0].message == "机关运行经费安排情况「培训费」：金额一栏印为「0,。2」，不是数字，未计入任何合计");
  const auto total = Findings(broken, CheckId::kStatedTotals);
  REQUIRE(total.size() == 1);
  CHECK(total[0].message.find("（未计入无法识别的「0,。2」）") != std::string::npos);
}

TEST_CASE("an empty mandated table needs its note; a missing mandated table is a finding", "[budget][consistency]") {
  const std::string empty = R"({"kind": "fund_expenditure", "title": "政府性基金预算财政拨款支出表", "unit": "万元", "classification": "function",
    "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
     {"key": "total", "label": "合计", "type": "amount"}],
    "rows": [{"level": 0, "cells": ["", "合计", "0"]}], "notes": ["注：无政府性基金预算财政拨款预算，空表列示。"]})";
  const DepartmentYear good = MakeDepartment(Tables({empty}));
  CHECK(Findings(good, CheckId::kEmptyTableNote).empty());
  REQUIRE(good.tables[0].IsEmpty());
  const std::string without_note = Replace(empty, R"(, "notes": ["注：无政府性基金预算财政拨款预算，空表列示。"])", "");
  const auto found = Findings(MakeDepartment(Tables({without_note})), CheckId::kEmptyTableNote);
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.pointer == "/tables/0");

  // One mandated table published: the eight others are missing.
  CHECK(Findings(good, CheckId::kMissingTable).size() == 8);
  // A 绩效文本 publishes no tables: nothing is missing from it.
  CHECK(Findings(MakeDepartment(Tables({})), CheckId::kMissingTable).empty());
  // A disclosure with other tables only (seed 002) lacks all nine.
  const std::string assets = R"({"kind": "assets", "title": "固定资产占用情况表", "unit": "万元",
    "columns": [{"key": "item", "label": "项目", "type": "text"}, {"key": "value", "label": "价值", "type": "amount"}],
    "rows": [{"cells": ["车辆", "152.34"]}]})";
  const auto missing = Findings(MakeDepartment(Tables({assets})), CheckId::kMissingTable);
  REQUIRE(missing.size() == 9);
  CHECK(missing[0].message == "本文未见部门预算收支总表（没有相关预算时也应空表列示）");
}

TEST_CASE("the build reports findings as warnings with file and JSON pointer", "[budget][consistency]") {
  Site site;
  site.departments.push_back(
      MakeDepartment(Tables({Replace(kExpenditure, R"("20134", "统战事务", "0.88")", R"("20134", "统战事务", "0.80")")})));
  Diagnostics diagnostics;
  CheckBudgetConsistency(site, diagnostics);
  CHECK_FALSE(diagnostics.HasErrors());
  REQUIRE(diagnostics.warning_count() >= 1);
  const std::string text = FormatDiagnostic(diagnostics.all().front());
  CHECK(text.find("tables.json:") == 0);
  CHECK(text.find("/tables/0/rows/") != std::string::npos);
  CHECK(text.find("warning: 部门预算支出总表") != std::string::npos);
}
