#include "model/department_history.h"

#include <algorithm>
#include <map>

namespace gongkai {
namespace {

// The row that holds a table's totals: its 合计 row, or its only row (a
// table of one line, such as Jiangsu's 支出总表 or every 三公 table).
const BudgetRow* TotalsRow(const BudgetTable& table) {
  for (const BudgetRow& row : table.rows) {
    if (row.level == 0) return &row;
  }
  return table.rows.size() == 1 ? &table.rows.front() : nullptr;
}

std::optional<StatedFigure> FigureOf(const BudgetTable* table, const BudgetRow* row, const std::string& key) {
  if (!table || !row) return std::nullopt;
  const auto column = table->Column(key);
  if (!column || !row->Cell(*column).amount) return std::nullopt;
  return StatedFigure{*row->Cell(*column).amount, table->unit, table->title};
}

std::optional<StatedFigure> TotalsFigure(const BudgetTable* table, const std::string& key) {
  return table ? FigureOf(table, TotalsRow(*table), key) : std::nullopt;
}

std::string Compact(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

// 收入总计 of the 收支总表: the income side's grand total, which Shanghai
// prints as 收入总计 and Jiangsu as 收入合计. The table has no codes, so its
// total is found by the words a total is printed with.
std::optional<StatedFigure> IncomeTotal(const DepartmentYear& department) {
  const BudgetTable* table = FindTable(department.tables, BudgetTableKind::kSummary);
  if (!table || !table->Column("income_item")) return std::nullopt;
  for (const char* label : {"收入总计", "收入合计"}) {
    for (const BudgetRow& row : table->rows) {
      if (Compact(row.Cell(*table->Column("income_item")).text) == label) return FigureOf(table, &row, "income");
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<DepartmentHistory> DepartmentHistories(const Site& site) {
  std::map<std::pair<std::string, std::string>, DepartmentHistory> by_code;
  for (const DepartmentYear& year : site.departments) {
    DepartmentHistory& history = by_code[{year.jurisdiction.code, year.department.code}];
    history.years.push_back(&year);
  }
  std::vector<DepartmentHistory> histories;
  for (auto& [codes, history] : by_code) {
    std::sort(history.years.begin(), history.years.end(),
              [](const DepartmentYear* a, const DepartmentYear* b) { return a->year < b->year; });
    history.jurisdiction = history.years.back()->jurisdiction;
    history.department = history.years.back()->department;
    histories.push_back(std::move(history));
  }
  return histories;
}

const DepartmentHistory* FindHistory(const std::vector<DepartmentHistory>& histories, const DepartmentYear& department) {
  for (const DepartmentHistory& history : histories) {
    if (history.jurisdiction.code == department.jurisdiction.code && history.department.code == department.department.code) {
      return &history;
    }
  }
  return nullptr;
}

YearTotals TotalsOfYear(const DepartmentYear& department) {
  YearTotals totals;
  totals.income_total = IncomeTotal(department);
  const BudgetTable* expenditure = FindTable(department.tables, BudgetTableKind::kExpenditure);
  totals.basic = TotalsFigure(expenditure, "basic");
  totals.project = TotalsFigure(expenditure, "project");
  const BudgetTable* three_public = FindTable(department.tables, BudgetTableKind::kThreePublic);
  // Jiangsu's table adds 会议费 and 培训费 to its 合计; its 小计 is the three.
  totals.three_public = TotalsFigure(three_public, "three_public");
  if (!totals.three_public) totals.three_public = TotalsFigure(three_public, "total");
  totals.office_costs = TotalsFigure(FindTable(department.tables, BudgetTableKind::kOfficeCosts), "office");
  if (!totals.office_costs) totals.office_costs = TotalsFigure(three_public, "office");
  return totals;
}

}  // namespace gongkai
