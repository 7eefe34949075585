// JiangsuShape: see jiangsu_tables.h.
#include "importer/budget_tables/jiangsu_tables.h"
#include "importer/budget_tables/table_builder.h"

namespace gongkai {

BudgetTable JiangsuShape(BudgetTableKind kind) {
  BudgetTable table;
  table.kind = kind;
  const auto coded = [&](Classification classification, const char* amount_label) {
    table.classification = classification;
    table.columns = {CodeColumn("code", "科目编码"), TextColumn("name", "科目名称"), AmountColumn("total", amount_label)};
  };
  switch (kind) {
    case BudgetTableKind::kSummary:
      table.columns = {TextColumn("income_item", "收入项目名称"), AmountColumn("income", "收入金额"),
                       TextColumn("spending_item", "支出功能科目名称"), AmountColumn("spending", "支出金额"),
                       TextColumn("use_item", "支出用途项目名称"), AmountColumn("use", "支出用途金额")};
      break;
    case BudgetTableKind::kFiscalSummary:
      table.columns = {TextColumn("income_item", "收入项目名称"), AmountColumn("income", "收入金额"),
                       TextColumn("spending_item", "支出用途项目名称"), AmountColumn("spending", "支出金额")};
      break;
    case BudgetTableKind::kIncome:
      table.columns = {TextColumn("category", "项目名称（类）"), TextColumn("item", "项目名称"),
                       AmountColumn("amount", "金额")};
      break;
    case BudgetTableKind::kExpenditure:
      table.columns = {AmountColumn("total", "合计", {"basic", "project", "reserve", "carry_forward"}),
                       AmountColumn("basic", "基本支出"), AmountColumn("project", "项目支出"),
                       AmountColumn("reserve", "单位预留机动经费"), AmountColumn("carry_forward", "结转下年资金")};
      break;
    case BudgetTableKind::kThreePublic:
      table.columns = {AmountColumn("total", "合计", {"three_public", "meeting", "training"}),
                       AmountColumn("three_public", "“三公”经费小计", {"abroad", "vehicles", "reception"}),
                       AmountColumn("abroad", "因公出国（境）费"),
                       AmountColumn("vehicles", "公务用车购置及运行维护费小计", {"purchase", "running"}),
                       AmountColumn("purchase", "公务用车购置费"), AmountColumn("running", "公务用车运行维护费"),
                       AmountColumn("reception", "公务接待费"), AmountColumn("meeting", "会议费"),
                       AmountColumn("training", "培训费")};
      break;
    case BudgetTableKind::kProcurement:
      table.columns = {TextColumn("category", "采购品目大类"), TextColumn("project", "专项名称"),
                       TextColumn("economic", "经济科目"), TextColumn("goods", "采购物品名称"),
                       TextColumn("method", "采购组织形式"), AmountColumn("total", "总计")};
      break;
    case BudgetTableKind::kFiscalBasic:
    case BudgetTableKind::kOfficeCosts:
      coded(Classification::kEconomic, kind == BudgetTableKind::kOfficeCosts ? "机关运行经费支出" : "金额");
      break;
    case BudgetTableKind::kGeneralBasic:
      coded(Classification::kEconomic, "基本支出");
      break;
    default:  // 05, 07, 10: spending by function
      coded(Classification::kFunction, "金额");
      break;
  }
  return table;
}

}  // namespace gongkai
