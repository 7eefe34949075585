// A figure printed in two tables must be the same figure:
//   收入总表 and 支出总表: each code's 合计 (income by function = spending);
//   two spending tables of the same money (支出总表 and 一般公共预算支出表
//   when their 合计 agree, so that all money is general budget; Jiangsu's
//   财政拨款 and 一般公共预算 tables): each code's amounts;
//   收支总表 spending items and 支出总表 类 rows, by name;
//   财政拨款收支总表 一般公共预算 column and 一般公共预算支出表 类 rows;
//   基本支出 of the spending tables and the 合计 of the 基本支出表.
// Tables printed in different units are compared in 元.
#include <map>

#include "validate/budget_checks.h"

namespace gongkai {
namespace {

struct Figure {
  const BudgetTable* table = nullptr;
  const BudgetRow* row = nullptr;
  size_t column = 0;

  std::optional<Decimal> Yuan() const {
    const auto value = CellValue(*row, column);
    if (!value) return std::nullopt;
    return InYuan(*value, table->unit);
  }
  std::string Describe() const {
    const auto value = row->Cell(column).amount;
    return RowPlace(*table, *row, column) + table->columns[column].label + " " +
           (value ? WithUnit(*value, table->unit) : "（空）");
  }
};

void Agree(const Figure& a, const Figure& b, FindingSink& sink) {
  const auto x = a.Yuan(), y = b.Yuan();
  if (!x || !y) return;
  if (!a.row->Cell(a.column).amount && !b.row->Cell(b.column).amount) return;  // both blank
  sink.Compared(CheckId::kCrossTable);
  if (*x == *y) return;
  sink.Found(CheckId::kCrossTable, b.row->origin, a.Describe() + "，而" + b.Describe());
}

const BudgetRow* TotalRow(const BudgetTable& table) {
  for (const BudgetRow& row : table.rows) {
    if (row.level == 0) return &row;
  }
  return nullptr;
}

std::map<std::string, const BudgetRow*> RowsByCode(const BudgetTable& table) {
  std::map<std::string, const BudgetRow*> rows;
  for (const BudgetRow& row : table.rows) {
    const std::string code = table.RowCode(row);
    if (!code.empty()) rows.emplace(code, &row);
  }
  return rows;
}

// Each code both tables print, in the columns both have (by key).
void SameCodes(const BudgetTable& a, const BudgetTable& b, const std::vector<std::string>& keys, FindingSink& sink) {
  const auto b_rows = RowsByCode(b);
  for (const BudgetRow& row : a.rows) {
    const std::string code = a.RowCode(row);
    const auto other = code.empty() ? b_rows.end() : b_rows.find(code);
    const BudgetRow* b_row = other != b_rows.end() ? other->second : (code.empty() && row.level == 0 ? TotalRow(b) : nullptr);
    if (!b_row) continue;
    for (const std::string& key : keys) {
      const auto ca = a.Column(key), cb = b.Column(key);
      if (ca && cb) Agree({&a, &row, *ca}, {&b, b_row, *cb}, sink);
    }
  }
}

bool TotalsAgree(const BudgetTable& a, const BudgetTable& b) {
  const BudgetRow* ta = TotalRow(a);
  const BudgetRow* tb = TotalRow(b);
  const auto ca = a.Column("total"), cb = b.Column("total");
  if (!ta || !tb || !ca || !cb) return false;
  const Figure fa{&a, ta, *ca}, fb{&b, tb, *cb};
  return fa.Yuan() && fb.Yuan() && *fa.Yuan() == *fb.Yuan();
}

// Spending items of a 收支总表 (by 类 name) against a table's 类 rows.
void ItemsAgainstClasses(const BudgetTable& summary, const char* amount_key, const BudgetTable& classes,
                         FindingSink& sink) {
  const auto item = summary.Column("spending_item"), amount = summary.Column(amount_key);
  const auto total = classes.Column("total");
  if (!item || !amount || !total) return;
  std::map<std::string, const BudgetRow*> by_name;
  for (const BudgetRow& row : classes.rows) {
    if (row.level == 1 && !classes.RowCode(row).empty()) by_name.emplace(BareLabel(classes.RowName(row)), &row);
  }
  for (const BudgetRow& row : summary.rows) {
    const auto match = by_name.find(BareLabel(row.Cell(*item).text));
    if (match != by_name.end()) Agree({&summary, &row, *amount}, {&classes, match->second, *total}, sink);
  }
}

}  // namespace

void CheckAcrossTables(const std::vector<BudgetTable>& tables, FindingSink& sink) {
  const BudgetTable* income = FindTable(tables, BudgetTableKind::kIncome);
  const BudgetTable* spending = FindTable(tables, BudgetTableKind::kExpenditure);
  const BudgetTable* general = FindTable(tables, BudgetTableKind::kGeneralExpenditure);
  const BudgetTable* fiscal = FindTable(tables, BudgetTableKind::kFiscalExpenditure);
  const BudgetTable* basic = FindTable(tables, BudgetTableKind::kGeneralBasic);
  const BudgetTable* fiscal_basic = FindTable(tables, BudgetTableKind::kFiscalBasic);
  const BudgetTable* summary = FindTable(tables, BudgetTableKind::kSummary);
  const BudgetTable* fiscal_summary = FindTable(tables, BudgetTableKind::kFiscalSummary);

  if (income && spending && income->classification == Classification::kFunction &&
      spending->classification == Classification::kFunction) {
    SameCodes(*income, *spending, {"total"}, sink);
  }
  // Two tables of the same money print the same rows.
  const std::vector<std::pair<const BudgetTable*, const BudgetTable*>> same_money = {
      {spending, general}, {fiscal, general}, {fiscal_basic, basic}};
  for (const auto& [a, b] : same_money) {
    if (a && b && a->classification != Classification::kNone && TotalsAgree(*a, *b)) {
      SameCodes(*a, *b, {"total", "basic", "project"}, sink);
    }
  }
  if (summary && spending && spending->classification == Classification::kFunction) {
    ItemsAgainstClasses(*summary, "spending", *spending, sink);
  }
  if (fiscal_summary && general) ItemsAgainstClasses(*fiscal_summary, "spending_general", *general, sink);

  // 基本支出: the spending tables' basic column against the 基本支出表 total.
  if (basic && TotalRow(*basic) && basic->Column("total")) {
    const Figure basic_total{basic, TotalRow(*basic), *basic->Column("total")};
    for (const BudgetTable* table : {general, spending}) {
      if (table && TotalRow(*table) && table->Column("basic")) {
        Agree({table, TotalRow(*table), *table->Column("basic")}, basic_total, sink);
        break;  // the general budget table when there is one: the same money
      }
    }
  }
}

}  // namespace gongkai
