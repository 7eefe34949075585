// DepartmentCharts: which figures each chart shows (charts_svg.h).
#include <algorithm>

#include "render/charts_svg.h"

namespace gongkai {
namespace {

const BudgetRow* TotalRow(const BudgetTable& table) {
  for (const BudgetRow& row : table.rows) {
    if (row.level == 0) return &row;
  }
  return nullptr;
}

bool Positive(const std::optional<Decimal>& value) { return value && *value > Decimal::FromUnits(0, 0); }

// Spending by 类, from the widest table that has it.
std::optional<Chart> FunctionChart(const DepartmentYear& department) {
  for (BudgetTableKind kind : {BudgetTableKind::kExpenditure, BudgetTableKind::kGeneralExpenditure,
                               BudgetTableKind::kFiscalExpenditure}) {
    const BudgetTable* table = FindTable(department.tables, kind);
    if (!table || table->classification != Classification::kFunction || !table->Column("total")) continue;
    std::vector<ChartValue> values;
    for (const BudgetRow& row : table->rows) {
      const auto& amount = row.Cell(*table->Column("total")).amount;
      if (row.level == 1 && Positive(amount)) values.push_back({table->RowCode(row) + " " + table->RowName(row), *amount});
    }
    if (values.empty()) continue;
    return BarChart("chart-function", "支出按功能分类（类）：" + table->title, table->unit, values);
  }
  return std::nullopt;
}

// A total row split into the columns its 合计 is the sum of.
std::optional<Chart> SplitChart(const BudgetTable* table, const std::string& id, const std::string& title) {
  if (!table || !table->Column("total") || !TotalRow(*table)) return std::nullopt;
  const BudgetRow& row = *TotalRow(*table);
  std::vector<ChartValue> parts;
  for (const std::string& key : table->columns[*table->Column("total")].sum_of) {
    const auto column = table->Column(key);
    if (!column) continue;
    const auto& amount = row.Cell(*column).amount;
    // 基本支出 and 项目支出 always; the rarer parts only when there is money in them.
    if (Positive(amount) || (amount && (key == "basic" || key == "project" || key == "personnel" || key == "public"))) {
      parts.push_back({table->columns[*column].label, *amount});
    }
  }
  Decimal total = Decimal::FromUnits(0, 0);
  for (const ChartValue& part : parts) total += part.value;
  if (parts.size() < 2 || !(total > Decimal::FromUnits(0, 0))) return std::nullopt;
  return ShareChart(id, title + "：" + table->title, table->unit, parts);
}

std::string Shortened(const std::string& text, size_t characters) {
  size_t offset = 0;
  for (size_t count = 0; offset < text.size(); ++count) {
    if (count == characters) return text.substr(0, offset) + "…";
    const unsigned char c = static_cast<unsigned char>(text[offset]);
    offset += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  return text;
}

std::optional<Chart> ProjectChart(const DepartmentYear& department) {
  constexpr size_t kShown = 15;
  std::vector<ChartValue> values;
  for (const Project& project : department.projects) {
    if (Positive(project.budget)) values.push_back({Shortened(project.name, 28), *project.budget});
  }
  const std::string unit = department.ProjectMoneyUnit();
  if (values.empty() || unit.empty()) return std::nullopt;  // never 元 beside 万元 in one chart
  const size_t all = values.size();
  Decimal total = Decimal::FromUnits(0, 0);
  for (const ChartValue& value : values) total += value.value;
  std::stable_sort(values.begin(), values.end(), [](const ChartValue& a, const ChartValue& b) { return a.value > b.value; });
  if (values.size() > kShown) values.resize(kShown);
  const std::string title =
      all > kShown ? "预算数最大的 " + std::to_string(kShown) + " 个项目（共 " + std::to_string(all) + " 个，合计 " +
                         total.ToString() + " " + unit + "；百分比为占合计的比例）"
                   : "项目预算数（" + std::to_string(all) + " 个项目）";
  return BarChart("chart-projects", title, unit, values, total);
}

// "50.00%" → 5000 hundredths; nullopt for blank or unreadable.
std::optional<int64_t> Hundredths(std::string text) {
  for (const std::string sign : {"%", "％"}) {
    if (text.size() >= sign.size() && text.compare(text.size() - sign.size(), sign.size(), sign) == 0) {
      text.resize(text.size() - sign.size());
    }
  }
  const auto value = Decimal::Parse(text);
  if (!value || value->scale() > 2) return std::nullopt;
  return value->WithScale(2).units();
}

// The department's plan: each milestone's share of the projects' budgets
// planned to be spent by then, weighting each project by its 预算数. A
// blank milestone counts as the one before it (0 before the first).
std::optional<Chart> PlanChartOf(const DepartmentYear& department) {
  __int128 budgets = 0;
  __int128 weighted[4] = {0, 0, 0, 0};
  for (const Project& project : department.projects) {
    if (!Positive(project.budget) || project.budget->scale() > 4) continue;
    std::optional<int64_t> stated[4];
    bool any = false;
    for (size_t m = 0; m < 4; ++m) {
      stated[m] = Hundredths(project.plan.cumulative[m]);
      any = any || stated[m].has_value();
    }
    if (!any) continue;
    const int64_t budget = project.budget->WithScale(4).units();
    budgets += budget;
    int64_t carried = 0;
    for (size_t m = 0; m < 4; ++m) {
      if (stated[m]) carried = *stated[m];
      weighted[m] += static_cast<__int128>(budget) * carried;
    }
  }
  if (budgets == 0) return std::nullopt;
  std::vector<ChartValue> points;
  for (size_t m = 0; m < 4; ++m) {
    // weighted / budgets is in hundredths of a percent; keep one decimal.
    const __int128 tenths = (weighted[m] * 2 / 10 + budgets) / (2 * budgets);
    points.push_back({SpendingPlan::kMilestones[m], Decimal::FromUnits(static_cast<int64_t>(tenths), 1)});
  }
  return PlanChart("chart-plan", "资金支出计划（累计，按项目预算数加权；空白时点按前一时点计）", points);
}

}  // namespace

std::vector<Chart> DepartmentCharts(const DepartmentYear& department) {
  std::vector<Chart> charts;
  const auto add = [&](std::optional<Chart> chart) {
    if (chart) charts.push_back(std::move(*chart));
  };
  add(FunctionChart(department));
  add(SplitChart(FindTable(department.tables, BudgetTableKind::kExpenditure), "chart-basic-project", "基本支出与项目支出"));
  add(SplitChart(FindTable(department.tables, BudgetTableKind::kGeneralBasic), "chart-personnel-public", "人员经费与公用经费"));
  add(ProjectChart(department));
  add(PlanChartOf(department));
  return charts;
}

}  // namespace gongkai
