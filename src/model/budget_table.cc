#include "model/budget_table.h"

#include <algorithm>

namespace gongkai {
namespace {

struct KindInfo {
  BudgetTableKind kind;
  const char* id;
  const char* title;
  bool mandated;
};

// In the order the mandated tables are printed, then the others.
const std::vector<KindInfo>& Kinds() {
  static const std::vector<KindInfo> kinds = {
      {BudgetTableKind::kSummary, "summary", "部门预算收支总表", true},
      {BudgetTableKind::kIncome, "income", "部门预算收入总表", true},
      {BudgetTableKind::kExpenditure, "expenditure", "部门预算支出总表", true},
      {BudgetTableKind::kFiscalSummary, "fiscal_summary", "部门预算财政拨款收支总表", true},
      {BudgetTableKind::kGeneralExpenditure, "general_expenditure", "一般公共预算财政拨款支出表", true},
      {BudgetTableKind::kGeneralBasic, "general_basic", "一般公共预算财政拨款基本支出表", true},
      {BudgetTableKind::kFundExpenditure, "fund_expenditure", "政府性基金预算财政拨款支出表", true},
      {BudgetTableKind::kCapitalExpenditure, "capital_expenditure", "国有资本经营预算财政拨款支出表", true},
      {BudgetTableKind::kThreePublic, "three_public", "财政拨款“三公”经费支出表", true},
      {BudgetTableKind::kFiscalExpenditure, "fiscal_expenditure", "财政拨款支出预算表（功能科目）", false},
      {BudgetTableKind::kFiscalBasic, "fiscal_basic", "财政拨款基本支出预算表（经济科目）", false},
      {BudgetTableKind::kOfficeCosts, "office_costs", "机关运行经费", false},
      {BudgetTableKind::kThreePublicComparison, "three_public_comparison", "“三公”经费预算增减变化", false},
      {BudgetTableKind::kProcurement, "procurement", "政府采购预算", false},
      {BudgetTableKind::kAssets, "assets", "国有资产占用情况", false},
      {BudgetTableKind::kOrganization, "organization", "机构设置", false},
  };
  return kinds;
}

const KindInfo& Info(BudgetTableKind kind) {
  for (const KindInfo& info : Kinds()) {
    if (info.kind == kind) return info;
  }
  return Kinds().front();
}

bool AllDigits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

const BudgetCell& BudgetRow::Cell(size_t column) const {
  static const BudgetCell kBlank;
  return column < cells.size() ? cells[column] : kBlank;
}

std::optional<size_t> BudgetTable::Column(const std::string& key) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == key) return i;
  }
  return std::nullopt;
}

std::string BudgetTable::RowCode(const BudgetRow& row) const {
  const auto code = Column("code");
  return code ? row.Cell(*code).text : "";
}

std::string BudgetTable::RowName(const BudgetRow& row) const {
  if (const auto name = Column("name")) return row.Cell(*name).text;
  if (const auto item = Column("item")) return row.Cell(*item).text;
  return "";
}

bool BudgetTable::IsEmpty() const {
  for (const BudgetRow& row : rows) {
    for (size_t i = 0; i < columns.size(); ++i) {
      const auto& amount = row.Cell(i).amount;
      if (columns[i].type != ColumnType::kAmount || !amount) continue;
      // A 合计 of nothing ("合计 0") is still an empty table.
      if (row.level > 0 || !amount->IsZero()) return false;
    }
  }
  return true;
}

std::optional<StatedTotal> StatedBudgetTotal(const std::vector<BudgetTable>& tables) {
  // All money first (支出总表), then the narrower tables a department with
  // only fiscal money prints instead.
  for (BudgetTableKind kind : {BudgetTableKind::kExpenditure, BudgetTableKind::kFiscalExpenditure,
                               BudgetTableKind::kGeneralExpenditure}) {
    for (const BudgetTable& table : tables) {
      const auto total = table.Column("total");
      if (table.kind != kind || !total) continue;
      for (const BudgetRow& row : table.rows) {
        if (row.level == 0 && row.Cell(*total).amount) return StatedTotal{*row.Cell(*total).amount, table.unit, table.title};
      }
    }
  }
  return std::nullopt;
}

const char* BudgetTableKindId(BudgetTableKind kind) { return Info(kind).id; }
const char* BudgetTableKindTitle(BudgetTableKind kind) { return Info(kind).title; }
bool IsMandatedTable(BudgetTableKind kind) { return Info(kind).mandated; }

std::optional<BudgetTableKind> BudgetTableKindFromId(const std::string& id) {
  for (const KindInfo& info : Kinds()) {
    if (id == info.id) return info.kind;
  }
  return std::nullopt;
}

const std::vector<BudgetTableKind>& AllBudgetTableKinds() {
  static const std::vector<BudgetTableKind> kinds = [] {
    std::vector<BudgetTableKind> all;
    for (const KindInfo& info : Kinds()) all.push_back(info.kind);
    return all;
  }();
  return kinds;
}

const char* ClassificationId(Classification classification) {
  switch (classification) {
    case Classification::kFunction: return "function";
    case Classification::kEconomic: return "economic";
    case Classification::kNone: break;
  }
  return "";
}

std::optional<Classification> ClassificationFromId(const std::string& id) {
  if (id == "function") return Classification::kFunction;
  if (id == "economic") return Classification::kEconomic;
  if (id.empty()) return Classification::kNone;
  return std::nullopt;
}

const char* ColumnTypeId(ColumnType type) {
  switch (type) {
    case ColumnType::kText: return "text";
    case ColumnType::kCode: return "code";
    case ColumnType::kAmount: return "amount";
    case ColumnType::kNumber: return "number";
  }
  return "text";
}

std::optional<ColumnType> ColumnTypeFromId(const std::string& id) {
  for (ColumnType type : {ColumnType::kText, ColumnType::kCode, ColumnType::kAmount, ColumnType::kNumber}) {
    if (id == ColumnTypeId(type)) return type;
  }
  return std::nullopt;
}

int CodeLevel(Classification classification, const std::string& code) {
  if (!AllDigits(code)) return 0;
  switch (classification) {
    case Classification::kFunction:
      return code.size() == 3 ? 1 : code.size() == 5 ? 2 : code.size() == 7 ? 3 : 0;
    case Classification::kEconomic:
      return code.size() == 3 ? 1 : code.size() == 5 ? 2 : 0;
    case Classification::kNone: break;
  }
  return 0;
}

const BudgetTable* FindTable(const std::vector<BudgetTable>& tables, BudgetTableKind kind) {
  for (const BudgetTable& table : tables) {
    if (table.kind == kind) return &table;
  }
  return nullptr;
}

}  // namespace gongkai
