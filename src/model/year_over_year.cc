#include "model/year_over_year.h"

#include <algorithm>
#include <map>
#include <set>

namespace gongkai {
namespace {

std::string UnitName(const std::string& unit) { return unit.empty() ? "未注明单位" : unit; }

// The amount column a table by code is compared on: its 合计, or its only
// amount column (Jiangsu 2019 prints 基本支出 alone as the amount of its
// 基本支出表).
std::optional<size_t> ComparedColumn(const BudgetTable& table) {
  if (const auto total = table.Column("total")) return total;
  std::optional<size_t> only;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i].type != ColumnType::kAmount) continue;
    if (only) return std::nullopt;
    only = i;
  }
  return only;
}

ComparedCell CellOf(const BudgetRow& row, size_t column, std::string name) {
  const BudgetCell& cell = row.Cell(column);
  return ComparedCell{true, std::move(name), cell.text, cell.amount};
}

// Fills changes, name and former names once every year's cell is in.
void Finish(ComparedRow& row) {
  for (size_t i = 0; i + 1 < row.years.size(); ++i) {
    const ComparedCell& earlier = row.years[i];
    const ComparedCell& later = row.years[i + 1];
    row.changes.push_back(earlier.present && later.present ? ChangeBetween(earlier.amount, later.amount) : YearChange{});
  }
  for (auto year = row.years.rbegin(); year != row.years.rend(); ++year) {
    if (year->present) {
      row.name = year->name;
      break;
    }
  }
  for (const ComparedCell& cell : row.years) {
    if (!cell.present || cell.name == row.name) continue;
    bool seen = false;
    for (const std::string& name : row.former_names) seen = seen || name == cell.name;
    if (!seen) row.former_names.push_back(cell.name);
  }
}

void CompareByCode(const std::vector<const BudgetTable*>& tables, TableComparison& comparison) {
  std::vector<size_t> columns;
  for (size_t y = 0; y < tables.size(); ++y) {
    const auto column = ComparedColumn(*tables[y]);
    if (!tables[y]->Column("code") || !column) {
      comparison.reason = std::to_string(comparison.years[y]) + "年的表没有编码列或合计列，无法按编码对照。";
      return;
    }
    columns.push_back(*column);
  }
  // The compared column as each year labels it: 合计, or 基本支出 where a
  // year prints that alone.
  std::vector<std::string> labels;
  for (size_t y = 0; y < tables.size(); ++y) {
    const std::string& label = tables[y]->columns[columns[y]].label;
    if (std::find(labels.begin(), labels.end(), label) != labels.end()) continue;
    labels.push_back(label);
    comparison.column_label += (comparison.column_label.empty() ? "" : "”或“") + label;
  }
  // Ordered by code, which is the classification's own order: a 类, then
  // its 款, then their 项. The total (code "") comes first.
  std::map<std::string, ComparedRow> rows;
  for (size_t y = 0; y < tables.size(); ++y) {
    const BudgetTable& table = *tables[y];
    for (const BudgetRow& row : table.rows) {
      const std::string code = table.RowCode(row);
      if (code.empty() && row.level != 0) {
        comparison.uncoded.push_back(std::to_string(comparison.years[y]) + "年：" + table.RowName(row));
        continue;
      }
      ComparedRow& compared = rows[code];
      if (compared.years.empty()) {
        compared.years.resize(tables.size());
        compared.code = code;
        compared.level = code.empty() ? 0 : CodeLevel(comparison.classification, code);
      }
      if (compared.years[y].present) {  // a code printed twice in one year: the first row counts
        comparison.uncoded.push_back(std::to_string(comparison.years[y]) + "年：" + code + " " + table.RowName(row) + "（编码重复）");
        continue;
      }
      compared.years[y] = CellOf(row, columns[y], table.RowName(row));
    }
  }
  for (auto& [code, row] : rows) {
    Finish(row);
    if (!row.years.back().present) row.continued_as = CodeChangeFrom(comparison.classification, code);
    if (!row.years.front().present) row.continues = CodeChangeTo(comparison.classification, code);
    comparison.rows.push_back(std::move(row));
  }
  comparison.basis = ComparisonBasis::kByCode;
}

void CompareByColumn(const std::vector<const BudgetTable*>& tables, TableComparison& comparison) {
  // Columns in the newest year's order, then any the older years add.
  std::vector<std::string> keys;
  for (auto table = tables.rbegin(); table != tables.rend(); ++table) {
    for (const BudgetColumn& column : (*table)->columns) {
      if (column.type != ColumnType::kAmount) continue;
      bool seen = false;
      for (const std::string& key : keys) seen = seen || key == column.key;
      if (!seen) keys.push_back(column.key);
    }
  }
  for (const std::string& key : keys) {
    ComparedRow row;
    row.key = key;
    row.years.resize(tables.size());
    for (size_t y = 0; y < tables.size(); ++y) {
      const auto column = tables[y]->Column(key);
      if (column && !tables[y]->rows.empty()) row.years[y] = CellOf(tables[y]->rows.front(), *column, tables[y]->columns[*column].label);
    }
    Finish(row);
    comparison.rows.push_back(std::move(row));
  }
  comparison.basis = ComparisonBasis::kByColumn;
}

}  // namespace

size_t TableComparison::MatchedRows() const {
  size_t matched = 0;
  for (const ComparedRow& row : rows) {
    bool every = true;
    for (const ComparedCell& cell : row.years) every = every && cell.present;
    matched += every ? 1 : 0;
  }
  return matched;
}

size_t TableComparison::RenamedRows() const {
  size_t renamed = 0;
  for (const ComparedRow& row : rows) renamed += row.former_names.empty() ? 0 : 1;
  return renamed;
}

YearChange ChangeBetween(const std::optional<Decimal>& earlier, const std::optional<Decimal>& later) {
  YearChange result;
  if (!earlier || !later) return result;
  result.change = *later - *earlier;
  if (earlier->IsZero()) return result;
  // percent × 100 = change × 10^4 / earlier, at one common scale.
  const int scale = std::max(earlier->scale(), later->scale());
  const __int128 base = earlier->WithScale(scale).units();
  const __int128 change = result.change->WithScale(scale).units();
  __int128 numerator = change * 10000;
  __int128 quotient = numerator / base;
  const __int128 remainder = numerator % base;
  // Half away from zero: |2 × remainder| ≥ |base| moves one step outwards.
  const __int128 twice = remainder < 0 ? -2 * remainder : 2 * remainder;
  const __int128 magnitude = base < 0 ? -base : base;
  if (twice >= magnitude) quotient += ((numerator < 0) != (base < 0)) ? -1 : 1;
  result.percent = Decimal::FromUnits(static_cast<int64_t>(quotient), 2);
  return result;
}

std::vector<TableComparison> CompareYears(const DepartmentHistory& history) {
  std::vector<TableComparison> comparisons;
  if (history.years.size() < 2) return comparisons;
  for (BudgetTableKind kind : AllBudgetTableKinds()) {
    TableComparison comparison;
    comparison.kind = kind;
    std::vector<const BudgetTable*> tables;
    for (const DepartmentYear* year : history.years) {
      if (const BudgetTable* table = FindTable(year->tables, kind)) {
        tables.push_back(table);
        comparison.years.push_back(year->year);
        comparison.titles.push_back(table->title);
      } else {
        comparison.years_without.push_back(year->year);
      }
    }
    if (tables.empty()) continue;
    std::set<std::string> units;
    std::set<Classification> classifications;
    bool all_empty = true, at_most_one_row = true;
    for (const BudgetTable* table : tables) {
      units.insert(table->unit);
      classifications.insert(table->classification);
      all_empty = all_empty && table->rows.empty();
      at_most_one_row = at_most_one_row && table->rows.size() <= 1;
    }
    comparison.unit = tables.back()->unit;
    comparison.classification = tables.back()->classification;
    if (tables.size() < 2) {
      comparison.reason = "只有" + std::to_string(comparison.years.front()) + "年公开了本表，没有可比的年度。";
    } else if (units.size() > 1) {
      std::string listed;
      for (size_t y = 0; y < tables.size(); ++y) {
        listed += (y ? "，" : "") + std::to_string(comparison.years[y]) + "年" + UnitName(tables[y]->unit);
      }
      comparison.reason = "各年单位不同（" + listed + "），金额不换算，因此不作比较。";
    } else if (all_empty) {
      comparison.reason = "各年均为空表，没有可比的金额。";
    } else if (classifications.size() > 1) {
      comparison.reason = "各年的分类方式不同（功能分类与经济分类），不作比较。";
    } else if (comparison.classification != Classification::kNone) {
      CompareByCode(tables, comparison);
    } else if (at_most_one_row) {
      CompareByColumn(tables, comparison);
    } else {
      comparison.reason = "本表各行没有分类编码：按行序或名称对照可能把不同的行当成同一行，因此不逐行比较。";
    }
    comparisons.push_back(std::move(comparison));
  }
  return comparisons;
}

}  // namespace gongkai
