// YearOverYear: a department's budget tables of one kind, its years side by
// side, row by row, matched by classification code.
//
// Rows are matched by code only, never by their order or their name: a
// name may change under the same code (30307 医疗费 → 医疗费补助) and is
// still the same row, its old name kept; two rows of the same name under
// different codes stay two rows. A code that was replaced (30311 住房公积金 →
// 30113 in 2018) ends under the old code and starts under the new one, the
// two linked through the committed table of known changes
// (known_code_changes.h). Tables of one row (三公经费, Jiangsu's 支出总表) are
// matched by column: each column says what it is (docs/format.md). Tables
// with several rows and no codes are not compared: matching them by name or
// order could pair the wrong rows.
//
// Amounts are compared only within one unit: when the years print a table
// in different units, nothing is converted and the comparison says so.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "model/budget_table.h"
#include "model/department_history.h"
#include "model/known_code_changes.h"

namespace gongkai {

// One row (or, in a one-row table, one column) in one year.
struct ComparedCell {
  bool present = false;            // the year prints this code (column)
  std::string name;                // as that year prints it
  std::string text;                // the amount's text as printed ("" blank)
  std::optional<Decimal> amount;   // when the text is a number
};

// The change from one year to the next, when both print a number.
struct YearChange {
  std::optional<Decimal> change;   // later − earlier, exact
  // (later − earlier) / earlier in percent, rounded half away from zero to
  // two decimals; nullopt when there is no change or earlier is zero.
  std::optional<Decimal> percent;
};

struct ComparedRow {
  std::string code;  // "" for the total row (合计) and in a table matched by column
  std::string key;   // the column key, in a table matched by column
  int level = 1;     // 0 the total; else the code's level
  std::vector<ComparedCell> years;  // one per TableComparison::years
  std::vector<YearChange> changes;  // changes[i]: years[i] → years[i + 1]
  std::string name;                 // the newest name printed
  std::vector<std::string> former_names;  // other names printed under this code, oldest first
  const KnownCodeChange* continued_as = nullptr;  // the code ended; it continues as continued_as->new_code
  const KnownCodeChange* continues = nullptr;     // the code is new; it continues continues->old_code
};

enum class ComparisonBasis {
  kByCode,        // classified rows, by their codes
  kByColumn,      // a table of one row, by its columns
  kNotCompared,   // see TableComparison::reason
};

struct TableComparison {
  BudgetTableKind kind = BudgetTableKind::kSummary;
  std::vector<int> years;                   // the years that publish this kind, oldest first
  std::vector<std::string> titles;          // each year's title, as printed
  std::vector<int> years_without;           // the department's years that do not publish it
  std::string unit;                         // the one unit of every year ("" when none is named)
  Classification classification = Classification::kNone;
  std::string column_label;                 // the amount compared in a table by code: 合计
  ComparisonBasis basis = ComparisonBasis::kNotCompared;
  std::string reason;                       // why not compared, in plain Chinese
  std::vector<ComparedRow> rows;            // the total first, then by code (类, its 款, their 项 …)
  std::vector<std::string> uncoded;         // rows that could not be matched: no code, or a code printed twice

  size_t MatchedRows() const;       // rows printed in every compared year
  size_t RenamedRows() const;       // rows whose name changed under the same code
};

// One comparison per table kind the department publishes in any year, in
// the order of AllBudgetTableKinds(). Empty for a department of one year.
std::vector<TableComparison> CompareYears(const DepartmentHistory& history);

// (later − earlier) and its percentage, as in YearChange.
YearChange ChangeBetween(const std::optional<Decimal>& earlier, const std::optional<Decimal>& later);

}  // namespace gongkai
