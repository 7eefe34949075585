#include "validate/budget_consistency.h"

#include <algorithm>

#include "validate/budget_checks.h"

namespace gongkai {
namespace {

const std::vector<CheckId>& AllChecks() {
  static const std::vector<CheckId> checks = {
      CheckId::kClassTotals,   CheckId::kStatedTotals, CheckId::kColumnSums,       CheckId::kBalance,
      CheckId::kCrossTable,    CheckId::kThreePublic,  CheckId::kYearChange,       CheckId::kProjectFunds,
      CheckId::kProjectTotal,  CheckId::kSpendingPlan, CheckId::kPlaceholders,     CheckId::kUnreadableAmount,
      CheckId::kEmptyTableNote, CheckId::kMissingTable,
  };
  return checks;
}

CheckOutcome& Outcome(ConsistencyReport& report, CheckId check) {
  return report.checks[static_cast<size_t>(check)];
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

void FindingSink::Compared(CheckId check, int count) { Outcome(report_, check).comparisons += count; }

void FindingSink::Found(CheckId check, const SourceLocation& where, std::string message) {
  ++Outcome(report_, check).findings;
  report_.findings.push_back({check, where, std::move(message)});
}

std::string WithUnit(const Decimal& amount, const std::string& unit) {
  return amount.ToString() + (unit.empty() ? "" : " " + unit);
}

std::string RowLabel(const BudgetTable& table, const BudgetRow& row, size_t column) {
  const std::string code = table.RowCode(row);
  std::string name = table.RowName(row);
  // The nearest text at or left of the column, else the first text.
  for (size_t c = std::min(column, table.columns.size()); name.empty() && c-- > 0;) {
    if (table.columns[c].type == ColumnType::kText) name = row.Cell(c).text;
  }
  for (size_t c = 0; c < table.columns.size() && name.empty(); ++c) {
    if (table.columns[c].type == ColumnType::kText) name = row.Cell(c).text;
  }
  return code.empty() ? name : code + " " + name;
}

std::string RowPlace(const BudgetTable& table, const BudgetRow& row, size_t column) {
  const std::string label = RowLabel(table, row, column);
  return table.title + (label.empty() ? "" : "「" + label + "」");
}

std::optional<Decimal> CellValue(const BudgetRow& row, size_t column) {
  const BudgetCell& cell = row.Cell(column);
  if (cell.amount) return cell.amount;
  if (cell.text.empty() || cell.text == "-" || cell.text == "—" || cell.text == "－" || cell.text == "/") {
    return Decimal::FromUnits(0, 0);
  }
  return std::nullopt;
}

Decimal InYuan(const Decimal& amount, const std::string& unit) {
  if (unit != "万元") return amount;
  if (amount.scale() >= 4) return Decimal::FromUnits(amount.units(), amount.scale() - 4);
  int64_t units = amount.units();
  for (int i = amount.scale(); i < 4; ++i) units *= 10;
  return Decimal::FromUnits(units, 0);
}

std::string BareLabel(const std::string& label) {
  std::string out;
  for (char c : label) {
    if (c != ' ') out += c;
  }
  // Chinese numbering "二十一、" or "1." in front.
  const size_t comma = out.find("、");
  if (comma != std::string::npos && comma <= 4 * 3) out = out.substr(comma + std::string("、").size());
  size_t digits = 0;
  while (digits < out.size() && IsAsciiDigit(out[digits])) ++digits;
  if (digits > 0 && digits < out.size() && out[digits] == '.') out = out.substr(digits + 1);
  return out;
}

const char* CheckTitle(CheckId check) {
  switch (check) {
    case CheckId::kClassTotals: return "分类科目：类 = 所属各款之和，款 = 所属各项之和";
    case CheckId::kStatedTotals: return "合计、小计 = 所列各行之和";
    case CheckId::kColumnSums: return "各列之间：合计 = 基本支出 + 项目支出，基本支出 = 人员经费 + 公用经费 等";
    case CheckId::kBalance: return "收支平衡：计入上年结转结余和年终结转结余后收入总计 = 支出总计";
    case CheckId::kCrossTable: return "同一数字在不同表中一致";
    case CheckId::kThreePublic: return "“三公”经费：小计 = 各分项之和";
    case CheckId::kYearChange: return "增减金额 = 本年预算 − 上年预算";
    case CheckId::kProjectFunds: return "项目预算数 = 财政资金 + 其他资金";
    case CheckId::kProjectTotal: return "绩效目标表所列项目预算数之和与项目支出";
    case CheckId::kSpendingPlan: return "资金支出计划逐期不减，12月底达到100%";
    case CheckId::kPlaceholders: return "公开文本中没有未替换的占位符（XX、××、某某）";
    case CheckId::kUnreadableAmount: return "金额栏中的内容都是数字";
    case CheckId::kEmptyTableNote: return "空表附有“无……空表列示”的说明";
    case CheckId::kMissingTable: return "必须公开的九张预算表齐全";
  }
  return "";
}

ConsistencyReport CheckDepartmentConsistency(const DepartmentYear& department) {
  ConsistencyReport report;
  for (CheckId check : AllChecks()) report.checks.push_back({check, 0, 0});
  FindingSink sink(report);
  for (const BudgetTable& table : department.tables) {
    CheckTableArithmetic(table, sink);
    CheckBalance(table, sink);
  }
  CheckAcrossTables(department.tables, sink);
  CheckTableSet(department.tables, sink);
  CheckProjects(department, sink);
  CheckPublishedText(department, sink);
  return report;
}

void CheckBudgetConsistency(const Site& site, Diagnostics& diagnostics) {
  for (const DepartmentYear& department : site.departments) {
    for (const ConsistencyFinding& finding : CheckDepartmentConsistency(department).findings) {
      diagnostics.Warning(finding.where, finding.message + "（按原文公开，请核对）");
    }
  }
}

}  // namespace gongkai
