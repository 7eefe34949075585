// Issue 11: years side by side by classification code, on fixtures made
// here (model/year_over_year.h, model/project_history.h).
#include <catch2/catch.hpp>

#include "model/department_history.h"
#include "model/project_history.h"
#include "model/year_over_year.h"

using namespace gongkai;

namespace {

struct Line {
  std::string code, name, amount;
};

BudgetTable EconomicTable(const std::string& unit, const std::vector<Line>& lines) {
  BudgetTable table;
  table.kind = BudgetTableKind::kGeneralBasic;
  table.title = "一般公共预算基本支出表";
  table.unit = unit;
  table.classification = Classification::kEconomic;
  table.columns = {{"code", "科目编码", ColumnType::kCode, {}}, {"name", "科目名称", ColumnType::kText, {}},
                   {"total", "合计", ColumnType::kAmount, {}}};
  for (const Line& line : lines) {
    BudgetRow row;
    row.cells = {{line.code, std::nullopt}, {line.name, std::nullopt}, {line.amount, Decimal::Parse(line.amount)}};
    row.level = line.code.empty() ? 0 : CodeLevel(Classification::kEconomic, line.code);
    table.rows.push_back(row);
  }
  return table;
}

DepartmentYear Year(int year, std::vector<BudgetTable> tables) {
  DepartmentYear department;
  department.year = year;
  department.jurisdiction = {"320000", "江苏省"};
  department.department = {"r09", "示例部门"};
  department.tables = std::move(tables);
  return department;
}

const ComparedRow* RowOf(const TableComparison& comparison, const std::string& code) {
  for (const ComparedRow& row : comparison.rows) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

// The one comparison of a fixture with one table kind (a copy: the
// comparisons are a temporary).
TableComparison Only(const std::vector<TableComparison>& comparisons) {
  REQUIRE(comparisons.size() == 1);
  return comparisons.front();
}

}  // namespace

TEST_CASE("rows pair by code whatever their names and order; same names under other codes stay apart", "[archive]") {
  Site site;
  site.departments.push_back(Year(2017, {EconomicTable("万元", {{"", "合计", "10.00"},
                                                                {"30307", "医疗费", "3.00"},
                                                                {"30199", "其他", "7.00"}})}));
  // 2018 prints the rows in another order, 30307 under a new name, and a
  // second row named 其他 under another code.
  site.departments.push_back(Year(2018, {EconomicTable("万元", {{"", "合计", "12.00"},
                                                                {"30299", "其他", "4.00"},
                                                                {"30199", "其他工资福利支出", "6.50"},
                                                                {"30307", "医疗费补助", "1.50"}})}));
  const auto histories = DepartmentHistories(site);
  REQUIRE(histories.size() == 1);
  const TableComparison comparison = Only(CompareYears(histories.front()));
  REQUIRE(comparison.basis == ComparisonBasis::kByCode);
  REQUIRE(comparison.years == std::vector<int>{2017, 2018});

  const ComparedRow* medical = RowOf(comparison, "30307");
  REQUIRE(medical);
  CHECK(medical->name == "医疗费补助");
  CHECK(medical->former_names == std::vector<std::string>{"医疗费"});
  CHECK(medical->years[0].text == "3.00");
  CHECK(medical->years[1].text == "1.50");
  CHECK(medical->changes[0].change->ToString() == "-1.50");
  CHECK(medical->changes[0].percent->ToString() == "-50.00");

  // 其他 (30199, 2017) and 其他 (30299, 2018): two rows, never one.
  const ComparedRow* other_wages = RowOf(comparison, "30199");
  const ComparedRow* other_goods = RowOf(comparison, "30299");
  REQUIRE(other_wages);
  REQUIRE(other_goods);
  CHECK(other_wages->years[0].text == "7.00");
  CHECK(other_wages->years[1].text == "6.50");
  CHECK_FALSE(other_goods->years[0].present);
  CHECK(other_goods->years[1].text == "4.00");
  CHECK_FALSE(other_goods->changes[0].change.has_value());

  CHECK(comparison.rows.front().level == 0);  // the total first
  CHECK(comparison.MatchedRows() == 3);
  CHECK(comparison.RenamedRows() == 2);
}

TEST_CASE("a code replaced by the 2018 reform ends and the new one starts, linked by the known changes", "[archive]") {
  Site site;
  site.departments.push_back(Year(2017, {EconomicTable("万元", {{"30311", "住房公积金", "1029.15"}})}));
  site.departments.push_back(Year(2018, {EconomicTable("万元", {{"30113", "住房公积金", "1398.26"}})}));
  const TableComparison comparison = Only(CompareYears(DepartmentHistories(site).front()));
  const ComparedRow* old_code = RowOf(comparison, "30311");
  const ComparedRow* new_code = RowOf(comparison, "30113");
  REQUIRE(old_code);
  REQUIRE(new_code);
  CHECK(comparison.MatchedRows() == 0);  // not one row: two, linked
  REQUIRE(old_code->continued_as);
  CHECK(old_code->continued_as->new_code == "30113");
  CHECK(old_code->continued_as->first_year == 2018);
  REQUIRE(new_code->continues);
  CHECK(new_code->continues->old_code == "30311");
  CHECK_FALSE(old_code->continued_as->source.empty());
}

TEST_CASE("years that print a table in different units are not compared, and the reason names them", "[archive]") {
  Site site;
  site.departments.push_back(Year(2023, {EconomicTable("元", {{"301", "工资福利支出", "83847385"}})}));
  site.departments.push_back(Year(2024, {EconomicTable("万元", {{"301", "工资福利支出", "8828.25"}})}));
  const TableComparison comparison = Only(CompareYears(DepartmentHistories(site).front()));
  CHECK(comparison.basis == ComparisonBasis::kNotCompared);
  CHECK(comparison.rows.empty());
  CHECK(comparison.reason.find("2023年元") != std::string::npos);
  CHECK(comparison.reason.find("2024年万元") != std::string::npos);
}

TEST_CASE("a department of one year has no comparison; of two, one per table kind", "[archive]") {
  Site site;
  site.departments.push_back(Year(2023, {EconomicTable("元", {{"301", "工资福利支出", "1"}})}));
  CHECK(CompareYears(DepartmentHistories(site).front()).empty());
}

TEST_CASE("changes are exact and percentages round half away from zero", "[archive]") {
  const auto d = [](const char* text) { return Decimal::Parse(text); };
  CHECK(ChangeBetween(d("28849.38"), d("33172.15")).change->ToString() == "4322.77");
  CHECK(ChangeBetween(d("28849.38"), d("33172.15")).percent->ToString() == "14.98");  // 14.9839…
  CHECK(ChangeBetween(d("8"), d("7")).percent->ToString() == "-12.50");
  CHECK(ChangeBetween(d("3"), d("2")).percent->ToString() == "-33.33");
  CHECK(ChangeBetween(d("200"), d("200.01")).percent->ToString() == "0.01");    // 0.005 → 0.01
  CHECK(ChangeBetween(d("200"), d("199.99")).percent->ToString() == "-0.01");   // −0.005 → −0.01
  CHECK_FALSE(ChangeBetween(d("0"), d("25")).percent.has_value());
  CHECK(ChangeBetween(d("0"), d("25")).change->ToString() == "25");
  CHECK_FALSE(ChangeBetween(std::nullopt, d("1")).change.has_value());
}

namespace {

Indicator Target(const std::string& level2, const std::string& name, const std::string& text,
                 std::optional<Decimal> number = std::nullopt) {
  Indicator indicator;
  indicator.level1 = "产出指标";
  indicator.level2 = level2;
  indicator.name = name;
  indicator.value.text = text;
  if (number) {
    indicator.value.kind = TargetKind::kComparison;
    indicator.value.comparison = Comparison::kAtLeast;
    indicator.value.number = number;
    indicator.value.unit = "%";
  } else {
    indicator.value.kind = TargetKind::kQualitative;
  }
  return indicator;
}

Project ProjectNamed(const std::string& code, const std::string& name, const std::string& unit, const char* budget) {
  Project project;
  project.code = code;
  project.slug = code.empty() ? "p-" + name : code;
  project.name = name;
  project.unit_code = unit;
  project.budget = Decimal::Parse(budget);
  return project;
}

}  // namespace

TEST_CASE("a project continues by code, or by name and unit; a renamed one is not guessed", "[archive]") {
  Site site;
  DepartmentYear y2023 = Year(2023, {});
  y2023.projects.push_back(ProjectNamed("P001", "社区治理经费", "001", "10.00"));
  y2023.projects.push_back(ProjectNamed("", "办公设备购置", "001", "3.00"));
  y2023.projects.push_back(ProjectNamed("", "老年助餐", "001", "5.00"));
  DepartmentYear y2024 = Year(2024, {});
  y2024.projects.push_back(ProjectNamed("P001", "社区治理专项经费", "001", "12.00"));  // renamed, same code
  y2024.projects.push_back(ProjectNamed("", "办公设备购置", "001", "2.00"));           // same name and unit
  y2024.projects.push_back(ProjectNamed("", "老年助餐服务", "001", "6.00"));           // renamed, no code
  site.departments = {y2023, y2024};
  const DepartmentHistory history = DepartmentHistories(site).front();
  const DepartmentYear& first = *history.years[0];

  const auto governance = ProjectAcrossYears(history, first, first.projects[0]);
  REQUIRE(governance.size() == 2);
  CHECK(governance[1].project->name == "社区治理专项经费");
  CHECK(governance[1].project->budget->ToString() == "12.00");
  const auto equipment = ProjectAcrossYears(history, first, first.projects[1]);
  REQUIRE(equipment.size() == 2);
  CHECK(equipment[1].department->year == 2024);
  CHECK(ProjectAcrossYears(history, first, first.projects[2]).size() == 1);  // 老年助餐 → 老年助餐服务: unknown
}

TEST_CASE("two projects of a later year that would both match: neither is taken", "[archive]") {
  Site site;
  DepartmentYear y2023 = Year(2023, {});
  y2023.projects.push_back(ProjectNamed("", "培训经费", "001", "1.00"));
  DepartmentYear y2024 = Year(2024, {});
  y2024.projects.push_back(ProjectNamed("A", "培训经费", "001", "1.00"));
  y2024.projects.push_back(ProjectNamed("B", "培训经费", "001", "2.00"));
  site.departments = {y2023, y2024};
  const DepartmentHistory history = DepartmentHistories(site).front();
  CHECK(ProjectAcrossYears(history, *history.years[0], history.years[0]->projects[0]).size() == 1);
}

TEST_CASE("indicator targets raised, lowered, changed, dropped and added", "[archive]") {
  Project before = ProjectNamed("P", "项目", "001", "1");
  before.indicators = {Target("质量指标", "验收合格率", "≥85%", Decimal::Parse("85")),
                       Target("数量指标", "覆盖率", "≥90%", Decimal::Parse("90")),
                       Target("时效指标", "完成时间", "年底前"),
                       Target("数量指标", "培训人次", "≥100%", Decimal::Parse("100"))};
  Project after = ProjectNamed("P", "项目", "001", "1");
  after.indicators = {Target("质量指标", "验收合格率", "≥90%", Decimal::Parse("90")),
                      Target("数量指标", "覆盖率", "≥80%", Decimal::Parse("80")),
                      Target("时效指标", "完成时间", "11月底前"),
                      Target("满意度指标", "群众满意度", "≥95%", Decimal::Parse("95"))};
  const auto changes = CompareIndicators(before, after);
  REQUIRE(changes.size() == 5);
  CHECK(changes[0].change == TargetChange::kRaised);
  CHECK(changes[0].before == "≥85%");
  CHECK(changes[0].after == "≥90%");
  CHECK(changes[1].change == TargetChange::kLowered);
  CHECK(changes[2].change == TargetChange::kChanged);
  CHECK(changes[3].change == TargetChange::kAdded);
  CHECK(changes[3].before.empty());
  CHECK(changes[4].change == TargetChange::kDropped);
  CHECK(changes[4].name == "培训人次");
  CHECK(CompareIndicators(after, after)[0].change == TargetChange::kUnchanged);
}
