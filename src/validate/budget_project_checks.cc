// The projects' 绩效目标表 against themselves and the tables, and the
// published text for placeholders a template left behind.
#include <algorithm>

#include "validate/budget_checks.h"

namespace gongkai {
namespace {

std::string ProjectPlace(const Project& project) { return "项目「" + project.name + "」"; }

void CheckFunds(const Project& project, FindingSink& sink) {
  if (!project.budget || (!project.fiscal_funds && !project.other_funds)) return;
  const Decimal zero = Decimal::FromUnits(0, 0);
  const Decimal sum = project.fiscal_funds.value_or(zero) + project.other_funds.value_or(zero);
  sink.Compared(CheckId::kProjectFunds);
  if (sum == *project.budget) return;
  sink.Found(CheckId::kProjectFunds, project.origin,
             ProjectPlace(project) + "：预算数 " + WithUnit(*project.budget, project.money_unit) + "，财政资金 + 其他资金 = " +
                 WithUnit(sum, project.money_unit));
}

// "50.00%", "50%", "50" → 50.00; nullopt for a blank or unreadable cell.
std::optional<Decimal> Percent(std::string text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  for (const std::string sign : {"%", "％"}) {
    if (text.size() >= sign.size() && text.compare(text.size() - sign.size(), sign.size(), sign) == 0) {
      text.resize(text.size() - sign.size());
    }
  }
  return Decimal::Parse(text);
}

void CheckPlan(const Project& project, FindingSink& sink) {
  std::optional<Decimal> previous;
  std::string previous_label, previous_cell;
  bool any = false;
  for (size_t i = 0; i < project.plan.cumulative.size(); ++i) {
    const std::string& cell = project.plan.cumulative[i];
    if (cell.empty()) continue;
    any = true;
    const auto value = Percent(cell);
    if (!value) continue;
    const std::string label = SpendingPlan::kMilestones[i];
    if (previous) {
      sink.Compared(CheckId::kSpendingPlan);
      if (*value < *previous) {
        sink.Found(CheckId::kSpendingPlan, project.origin,
                   ProjectPlace(project) + "：资金支出计划是累计数，" + label + " " + cell + " 却少于" +
                       previous_label + " " + previous_cell);
      }
    }
    previous = value;
    previous_label = label;
    previous_cell = cell;
  }
  if (!any) return;
  // Blank milestones after the last figure add nothing: a plan that reaches
  // 100% by 6月底 is complete.
  sink.Compared(CheckId::kSpendingPlan);
  if (previous && *previous == Decimal::FromUnits(100, 0)) return;
  sink.Found(CheckId::kSpendingPlan, project.origin,
             ProjectPlace(project) + "：资金支出计划到12月底应累计达到100%，表中最后为" + previous_label + "「" +
                 previous_cell + "」");
}

// The 项目支出 the tables state for the whole department: 支出总表's 合计
// row, else the 一般公共预算 table's.
std::optional<std::pair<const BudgetTable*, const BudgetRow*>> StatedProjectSpending(const DepartmentYear& department) {
  for (BudgetTableKind kind : {BudgetTableKind::kExpenditure, BudgetTableKind::kGeneralExpenditure}) {
    const BudgetTable* table = FindTable(department.tables, kind);
    if (!table || !table->Column("project")) continue;
    for (const BudgetRow& row : table->rows) {
      if (row.level == 0 && row.Cell(*table->Column("project")).amount) return std::make_pair(table, &row);
    }
  }
  return std::nullopt;
}

void CheckProjectTotal(const DepartmentYear& department, FindingSink& sink) {
  const auto stated = StatedProjectSpending(department);
  if (!stated) return;
  const std::string unit = department.ProjectMoneyUnit();
  if (unit.empty()) return;  // projects in 元 beside projects in 万元: not summed
  std::optional<Decimal> sum;
  size_t counted = 0;
  for (const Project& project : department.projects) {
    if (!project.budget) continue;
    sum = sum ? *sum + *project.budget : *project.budget;
    ++counted;
  }
  if (!sum) return;
  const auto& [table, row] = *stated;
  const Decimal project_spending = *row->Cell(*table->Column("project")).amount;
  sink.Compared(CheckId::kProjectTotal);
  if (InYuan(*sum, unit) == InYuan(project_spending, table->unit)) return;
  sink.Found(CheckId::kProjectTotal, row->origin,
             table->title + "：项目支出 " + WithUnit(project_spending, table->unit) + "，本文所列 " +
                 std::to_string(counted) + " 个项目的预算数之和为 " + WithUnit(*sum, unit));
}

const std::vector<std::string>& Placeholders() {
  static const std::vector<std::string> marks = {"XX", "ＸＸ", "××", "某某"};
  return marks;
}

void ScanText(const std::string& text, const std::string& place, const SourceLocation& where, FindingSink& sink) {
  if (text.empty()) return;
  sink.Compared(CheckId::kPlaceholders);
  for (const std::string& mark : Placeholders()) {
    const size_t at = text.find(mark);
    if (at == std::string::npos) continue;
    // About eight characters either side, cut at character boundaries.
    size_t from = at > 24 ? at - 24 : 0;
    size_t to = std::min(text.size(), at + mark.size() + 24);
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    std::string context = text.substr(from, to - from);
    for (char& c : context) {
      if (c == '\n') c = ' ';
    }
    sink.Found(CheckId::kPlaceholders, where, place + "中有占位符「" + mark + "」：…" + context + "…");
    return;
  }
}

}  // namespace

void CheckProjects(const DepartmentYear& department, FindingSink& sink) {
  for (const Project& project : department.projects) {
    CheckFunds(project, sink);
    CheckPlan(project, sink);
  }
  CheckProjectTotal(department, sink);
}

void CheckPublishedText(const DepartmentYear& department, FindingSink& sink) {
  const SourceLocation file{department.folder};
  ScanText(department.title, "标题", file, sink);
  for (const std::string& paragraph : department.goals.overall) ScanText(paragraph, "总体绩效目标", file, sink);
  for (const SubGoal& goal : department.goals.items) {
    ScanText(goal.title + "\n" + goal.goal + "\n" + goal.indicators, "分项绩效目标", file, sink);
  }
  for (const Section& section : department.sections) ScanText(section.markdown, section.title, section.origin, sink);
  for (const Project& project : department.projects) {
    std::string text = project.name + "\n" + project.purpose;
    for (const std::string& goal : project.goals) text += "\n" + goal;
    for (const Indicator& indicator : project.indicators) {
      text += "\n" + indicator.name + "\n" + indicator.description + "\n" + indicator.value.text + "\n" + indicator.basis;
    }
    ScanText(text, ProjectPlace(project), project.origin, sink);
  }
  for (const BudgetTable& table : department.tables) {
    std::string text = table.title;
    for (const std::string& note : table.notes) text += "\n" + note;
    for (const BudgetRow& row : table.rows) {
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].type == ColumnType::kText) text += "\n" + row.Cell(c).text;
      }
    }
    ScanText(text, table.title, table.origin, sink);
  }
}

}  // namespace gongkai
