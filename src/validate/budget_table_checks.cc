// Each table on its own: its rows add up to their totals, its columns to
// the columns it says they sum to, its amounts are numbers; and the set of
// tables: nothing mandated missing, empty ones explained.
#include "validate/budget_checks.h"

namespace gongkai {
namespace {

bool IsAmountColumn(const BudgetColumn& column) { return column.type == ColumnType::kAmount; }

// The rows a row is the sum of: a total (level 0) of every level-1 row; any
// other row of the rows right below it one level down, up to the next row
// at its own level or above. "其中" rows are parts, never summed.
std::vector<size_t> Children(const BudgetTable& table, size_t parent) {
  std::vector<size_t> children;
  const int level = table.rows[parent].level;
  if (level == 0) {
    for (size_t i = 0; i < table.rows.size(); ++i) {
      if (table.rows[i].level == 1 && !table.rows[i].part) children.push_back(i);
    }
    return children;
  }
  for (size_t i = parent + 1; i < table.rows.size() && table.rows[i].level > level; ++i) {
    if (table.rows[i].level == level + 1 && !table.rows[i].part) children.push_back(i);
  }
  return children;
}

CheckId TreeCheck(const BudgetTable& table, const BudgetRow& parent) {
  if (table.kind == BudgetTableKind::kThreePublic) return CheckId::kThreePublic;
  if (table.classification != Classification::kNone && parent.level > 0) return CheckId::kClassTotals;
  return CheckId::kStatedTotals;
}

void CheckRowTree(const BudgetTable& table, FindingSink& sink) {
  for (size_t p = 0; p < table.rows.size(); ++p) {
    const BudgetRow& parent = table.rows[p];
    const std::vector<size_t> children = Children(table, p);
    if (children.empty()) continue;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (!IsAmountColumn(table.columns[c]) || !parent.Cell(c).amount) continue;
      Decimal sum = Decimal::FromUnits(0, 0);
      bool any = false;
      std::string unreadable;
      for (size_t child : children) {
        const auto value = CellValue(table.rows[child], c);
        if (value) sum += *value;
        else unreadable += "「" + table.rows[child].Cell(c).text + "」";
        any = any || table.rows[child].Cell(c).amount || !value;
      }
      if (!any) continue;  // a total printed over blank rows: nothing to add
      const CheckId check = TreeCheck(table, parent);
      sink.Compared(check);
      if (sum == *parent.Cell(c).amount) continue;
      std::string what = parent.level == 0                      ? "所列各行"
                         : table.classification != Classification::kNone ? "所属下级科目"
                                                                          : "所属各行";
      sink.Found(check, parent.origin,
                 RowPlace(table, parent, c) + "：" + table.columns[c].label + " " +
                     WithUnit(*parent.Cell(c).amount, table.unit) + "，" + what + "之和 " +
                     WithUnit(sum, table.unit) + (unreadable.empty() ? "" : "（未计入无法识别的" + unreadable + "）") +
                     "，相差 " + WithUnit(*parent.Cell(c).amount - sum, table.unit));
    }
  }
}

void CheckColumnSums(const BudgetTable& table, FindingSink& sink) {
  const CheckId check = table.kind == BudgetTableKind::kThreePublic ? CheckId::kThreePublic : CheckId::kColumnSums;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const BudgetColumn& column = table.columns[c];
    if (column.sum_of.empty()) continue;
    for (const BudgetRow& row : table.rows) {
      const auto total = CellValue(row, c);
      Decimal sum = Decimal::FromUnits(0, 0);
      bool readable = total.has_value();
      bool any = row.Cell(c).amount.has_value();
      std::string parts;
      for (const std::string& key : column.sum_of) {
        const auto part = table.Column(key);
        if (!part) continue;
        const auto value = CellValue(row, *part);
        readable = readable && value;
        any = any || row.Cell(*part).amount;
        if (value) sum += *value;
        parts += (parts.empty() ? "" : " + ") + table.columns[*part].label;
      }
      if (!any || !readable) continue;
      sink.Compared(check);
      if (sum == *total) continue;
      sink.Found(check, row.origin,
                 RowPlace(table, row, c) + "：" + column.label + " " + WithUnit(*total, table.unit) + "，" + parts +
                     " = " + WithUnit(sum, table.unit) + "，相差 " + WithUnit(*total - sum, table.unit));
    }
  }
}

void CheckAmountsAreNumbers(const BudgetTable& table, FindingSink& sink) {
  for (const BudgetRow& row : table.rows) {
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].type != ColumnType::kAmount && table.columns[c].type != ColumnType::kNumber) continue;
      sink.Compared(CheckId::kUnreadableAmount);
      if (CellValue(row, c)) continue;
      sink.Found(CheckId::kUnreadableAmount, row.origin,
                 RowPlace(table, row, c) + "：" + table.columns[c].label + "一栏印为「" + row.Cell(c).text +
                     "」，不是数字，未计入任何合计");
    }
  }
}

// 增减金额 = this year − last year, in a table against last year.
void CheckYearChange(const BudgetTable& table, FindingSink& sink) {
  const auto last = table.Column("last_year"), now = table.Column("this_year"), change = table.Column("change");
  if (!last || !now || !change) return;
  for (const BudgetRow& row : table.rows) {
    const auto a = row.Cell(*last).amount, b = row.Cell(*now).amount, d = row.Cell(*change).amount;
    if (!a || !b || !d) continue;
    sink.Compared(CheckId::kYearChange);
    const Decimal expected = *b - *a;
    if (expected == *d) continue;
    const bool sign_only = expected == Decimal::FromUnits(0, 0) - *d;
    sink.Found(CheckId::kYearChange, row.origin,
               RowPlace(table, row) + "：" + table.columns[*change].label + " " + WithUnit(*d, table.unit) + "，" +
                   table.columns[*now].label + " − " + table.columns[*last].label + " = " +
                   WithUnit(expected, table.unit) + (sign_only ? "（数值相同，正负号相反）" : ""));
  }
}

bool ExplainsEmpty(const BudgetTable& table) {
  for (const std::string& note : table.notes) {
    if (note.find("空表") != std::string::npos || note.find("无") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void CheckTableArithmetic(const BudgetTable& table, FindingSink& sink) {
  CheckRowTree(table, sink);
  CheckColumnSums(table, sink);
  CheckAmountsAreNumbers(table, sink);
  CheckYearChange(table, sink);
}

void CheckTableSet(const std::vector<BudgetTable>& tables, FindingSink& sink) {
  for (const BudgetTable& table : tables) {
    if (!IsMandatedTable(table.kind) && table.kind != BudgetTableKind::kProcurement) continue;
    if (!table.IsEmpty()) continue;
    sink.Compared(CheckId::kEmptyTableNote);
    if (ExplainsEmpty(table)) continue;
    sink.Found(CheckId::kEmptyTableNote, table.origin,
               table.title + "：表中没有数字，也没有“无……空表列示”之类的说明");
  }
  // A 绩效文本 publishes no budget tables at all: nothing is missing from it.
  // A disclosure that publishes some (seed 002: 机构设置, 三公, 采购, 资产)
  // is a 预算信息公开, and the nine belong in it.
  if (tables.empty()) return;
  for (BudgetTableKind kind : AllBudgetTableKinds()) {
    if (!IsMandatedTable(kind)) continue;
    sink.Compared(CheckId::kMissingTable);
    if (FindTable(tables, kind)) continue;
    SourceLocation where = tables.front().origin;
    if (!where.pointer.empty()) where.pointer = "/tables";
    sink.Found(CheckId::kMissingTable, where,
               std::string("本文未见") + BudgetTableKindTitle(kind) + "（没有相关预算时也应空表列示）");
  }
}

}  // namespace gongkai
