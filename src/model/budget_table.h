// BudgetTable: one of a department's published budget tables (部门预算公开表),
// as plain data. Filled by the importer and by load/ (tables.json), read by
// validate/ (consistency checks) and render/ (pages, charts, downloads).
//
// Regions print the same tables under different titles and layouts (Hebei 9
// tables, Shanghai 9 with other names, Jiangsu 12), so a table is named by
// what it is (its kind) and keeps its published title. Its columns say
// what each cell holds; its rows keep the published order.
//
// Nothing is converted: amounts keep the unit the table was printed in
// (`unit`: 元 or 万元) and the precision printed ("16.80" stays "16.80");
// classification codes are strings, because a code is a name, not a number.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "base/diagnostic.h"

namespace gongkai {

enum class BudgetTableKind {
  // The nine tables every Hebei department publishes (domain.md).
  kSummary,             // 部门预算收支总表: income beside spending
  kIncome,              // 部门预算收入总表
  kExpenditure,         // 部门预算支出总表
  kFiscalSummary,       // 部门预算财政拨款收支总表
  kGeneralExpenditure,  // 一般公共预算财政拨款支出表 (by function)
  kGeneralBasic,        // 一般公共预算财政拨款基本支出表 (by economic class)
  kFundExpenditure,     // 政府性基金预算财政拨款支出表
  kCapitalExpenditure,  // 国有资本经营预算财政拨款支出表
  kThreePublic,         // 财政拨款"三公"经费支出表
  // Tables other regions or other parts of the disclosure add.
  kFiscalExpenditure,     // 财政拨款支出预算表（功能科目）(Jiangsu)
  kFiscalBasic,           // 财政拨款基本支出预算表（经济科目）(Jiangsu)
  kOfficeCosts,           // 机关运行经费
  kThreePublicComparison, // "三公"经费 this year against last year, with reasons
  kProcurement,           // 政府采购预算
  kAssets,                // 国有资产占用
  kOrganization,          // 机构设置
};

// How rows are classified, which decides the hierarchy of their codes.
enum class Classification {
  kNone,
  kFunction,  // 支出功能分类: 类 3 digits, 款 5, 项 7
  kEconomic,  // 部门经济分类: 类 3 digits, 款 5
};

enum class ColumnType {
  kText,    // names, labels, reasons
  kCode,    // a classification or catalogue code: text, never a number
  kAmount,  // money in the table's unit; adds up down the rows
  kNumber,  // a count, a unit price, a percentage: shown, never summed down
};

struct BudgetColumn {
  std::string key;    // what the column is, for checks and charts: "total", "basic", "project" …
  std::string label;  // the header as published: 基本支出
  ColumnType type = ColumnType::kText;
  // Keys of the columns this one is the sum of, in every row (合计 =
  // 基本支出 + 项目支出); empty when it is not a sum.
  std::vector<std::string> sum_of;
};

struct BudgetCell {
  // What the cell says: for an amount, its digits without thousands
  // separators ("87267272.44"); "" for a blank cell; otherwise as printed
  // ("-", "—", or damage such as "0,。2" kept for a reader to see).
  std::string text;
  std::optional<Decimal> amount;  // set when text is a number; then text == amount->ToString()
};

struct BudgetRow {
  std::vector<BudgetCell> cells;  // one per column
  // Where the row sits in the table's hierarchy: 0 a total (合计), 1 an item,
  // 2 an item of the row above it at level 1, and so on. Classified rows
  // take their level from the code (类 1, 款 2, 项 3).
  int level = 1;
  // A "其中" row: a part of the row above, not all of it, so it is left out
  // of that row's sum.
  bool part = false;
  SourceLocation origin;  // tables.json pointer of the row (set by load/)

  const BudgetCell& Cell(size_t column) const;
};

struct BudgetTable {
  BudgetTableKind kind = BudgetTableKind::kSummary;
  std::string title;  // as published: 2026年部门收入预算总表
  std::string unit;   // 元, 万元; "" when the table prints none (机构设置)
  Classification classification = Classification::kNone;
  std::vector<BudgetColumn> columns;
  std::vector<BudgetRow> rows;   // empty for a table published empty
  std::vector<std::string> notes;  // 注：… lines printed with the table
  SourceLocation origin;         // tables.json pointer of the table (set by load/)

  // Index of the column with this key, or nullopt.
  std::optional<size_t> Column(const std::string& key) const;
  // The code of a row of a classified table ("" when it has none).
  std::string RowCode(const BudgetRow& row) const;
  // The row's name: its "name" column, else its "item" column.
  std::string RowName(const BudgetRow& row) const;
  // True when no row holds an amount, but for a total of zero: a table
  // published empty.
  bool IsEmpty() const;
};

// The table of `kind` among `tables`, or null: a disclosure publishes each
// kind once.
const BudgetTable* FindTable(const std::vector<BudgetTable>& tables, BudgetTableKind kind);

// The department's whole budget as its tables state it: the 合计 of 支出总表
// (or of a table of the same money), in the table's unit. nullopt when no
// table states one.
struct StatedTotal {
  Decimal amount;
  std::string unit;
  std::string table_title;
};
std::optional<StatedTotal> StatedBudgetTotal(const std::vector<BudgetTable>& tables);

// The kind's stable name in tables.json and URLs ("expenditure"), its
// standard Chinese title (部门预算支出总表), and whether every department
// must publish it.
const char* BudgetTableKindId(BudgetTableKind kind);
const char* BudgetTableKindTitle(BudgetTableKind kind);
bool IsMandatedTable(BudgetTableKind kind);
std::optional<BudgetTableKind> BudgetTableKindFromId(const std::string& id);
const std::vector<BudgetTableKind>& AllBudgetTableKinds();

const char* ClassificationId(Classification classification);  // "function", "economic", ""
std::optional<Classification> ClassificationFromId(const std::string& id);
const char* ColumnTypeId(ColumnType type);  // "text", "code", "amount", "number"
std::optional<ColumnType> ColumnTypeFromId(const std::string& id);

// The level a code has in its classification: function 3/5/7 digits →
// 1/2/3, economic 3/5 → 1/2; 0 when the code does not fit.
int CodeLevel(Classification classification, const std::string& code);

}  // namespace gongkai
