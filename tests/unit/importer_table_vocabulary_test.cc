// The vocabulary of budget tables (importer/tables/table_vocabulary.h) on
// the titles and header words of the Hebei template as seed 003 prints them
// (content/sources/003_…txt, its tab rows): the kinds and column keys the
// Hebei text reader (budget_tables/hebei_pdf_tables.cc) gives the same
// tables, so a Hebei disclosure reads alike as text, PDF, .docx or sheet.
#include <catch2/catch.hpp>

#include "importer/tables/table_vocabulary.h"

using namespace gongkai;

namespace {

struct Printed {
  std::vector<std::string> path;  // group labels, then the column's own
  const char* key;
};

std::vector<std::string> KeysOf(BudgetTableKind kind, const std::vector<Printed>& columns) {
  std::vector<std::string> keys;
  for (const Printed& column : columns) keys.push_back(ColumnMeaningOf(kind, column.path).key);
  return keys;
}

std::vector<std::string> Expected(const std::vector<Printed>& columns) {
  std::vector<std::string> keys;
  for (const Printed& column : columns) keys.push_back(column.key);
  return keys;
}

}  // namespace

TEST_CASE("vocabulary: the Hebei template's titles name the kinds its reader gives them", "[importer][vocabulary]") {
  CHECK(TableKindFromTitle("部门预算收支总表") == BudgetTableKind::kSummary);
  CHECK(TableKindFromTitle("部门预算收入总表") == BudgetTableKind::kIncome);
  CHECK(TableKindFromTitle("部门预算支出总表") == BudgetTableKind::kExpenditure);
  CHECK(TableKindFromTitle("部门预算财政拨款收支总表") == BudgetTableKind::kFiscalSummary);
  CHECK(TableKindFromTitle("部门预算一般公共预算财政拨款支出表") == BudgetTableKind::kGeneralExpenditure);
  CHECK(TableKindFromTitle("部门预算一般公共预算财政拨款基本支出表") == BudgetTableKind::kGeneralBasic);
  // Seed 003 drops the 性 of 政府性基金 from this one title.
  CHECK(TableKindFromTitle("部门预算政府基金预算财政拨款支出表") == BudgetTableKind::kFundExpenditure);
  CHECK(TableKindFromTitle("部门预算国有资本经营预算财政拨款支出表") == BudgetTableKind::kCapitalExpenditure);
  CHECK(TableKindFromTitle("部门预算财政拨款“三公”经费支出表") == BudgetTableKind::kThreePublic);
}

TEST_CASE("vocabulary: the Hebei template's header words give its reader's column keys", "[importer][vocabulary]") {
  // 部门预算收入总表: 功能分类科目 › 科目编码 | 科目名称, 合计, 本年收入 › 小计 …
  // 其他收入, 上年结转.
  const std::vector<Printed> income = {
      {{"功能分类科目", "科目编码"}, "code"},   {{"功能分类科目", "科目名称"}, "name"},
      {{"合计"}, "total"},                       {{"本年收入", "小计"}, "this_year"},
      {{"本年收入", "财政拨款收入"}, "fiscal"}, {{"本年收入", "财政专户收入"}, "special_account"},
      {{"本年收入", "事业收入"}, "business"},   {{"本年收入", "经营收入"}, "operating"},
      {{"本年收入", "上级补助收入"}, "superior"}, {{"本年收入", "附属单位上缴收入"}, "affiliated"},
      {{"本年收入", "其他收入"}, "other"},       {{"上年结转"}, "carryover"},
  };
  CHECK(KeysOf(BudgetTableKind::kIncome, income) == Expected(income));
  // 部门预算支出总表: 上解上级 支出 as printed, over two lines of its cell.
  const std::vector<Printed> spending = {
      {{"功能分类科目", "科目编码"}, "code"}, {{"功能分类科目", "科目名称"}, "name"}, {{"合计"}, "total"},
      {{"基本支出"}, "basic"},                {{"项目支出"}, "project"},             {{"经营支出"}, "operating"},
      {{"上解上级支出"}, "remit"},            {{"对附属单位补助支出"}, "subsidy"},
  };
  CHECK(KeysOf(BudgetTableKind::kExpenditure, spending) == Expected(spending));
  const std::vector<Printed> fiscal_summary = {
      {{"收入", "项目"}, "income_item"},
      {{"收入", "金额"}, "income"},
      {{"支出", "项目"}, "spending_item"},
      {{"支出", "合计"}, "spending"},
      {{"支出", "一般公共预算财政拨款"}, "spending_general"},
      {{"支出", "政府性基金预算财政拨款"}, "spending_fund"},
      {{"支出", "国有资本经营预算财政拨款"}, "spending_capital"},
  };
  CHECK(KeysOf(BudgetTableKind::kFiscalSummary, fiscal_summary) == Expected(fiscal_summary));
  const std::vector<Printed> basic = {
      {{"支出部门经济分类科目", "科目编码"}, "code"}, {{"支出部门经济分类科目", "科目名称"}, "name"},
      {{"一般公共预算基本支出", "合计"}, "total"},     {{"一般公共预算基本支出", "人员经费"}, "personnel"},
      {{"一般公共预算基本支出", "公用经费"}, "public"},
  };
  CHECK(KeysOf(BudgetTableKind::kGeneralBasic, basic) == Expected(basic));
  // Tab rows lose the span of a group cell: 一般公共预算基本支出 stacked on its 合计.
  CHECK(ColumnMeaningOf(BudgetTableKind::kGeneralBasic, {"一般公共预算基本支出合计"}).key == "total");
  // 三公 by fund type: its items in rows, 序号 numbering them.
  const std::vector<Printed> three_public = {
      {{"项目"}, "item"},
      {{"资金性质", "合计"}, "total"},
      {{"资金性质", "一般公共预算财政拨款"}, "general"},
      {{"资金性质", "政府性基金预算拨款"}, "fund"},
      {{"资金性质", "国有资本经营预算财政拨款"}, "capital"},
  };
  CHECK(KeysOf(BudgetTableKind::kThreePublic, three_public) == Expected(three_public));
  CHECK(ColumnMeaningOf(BudgetTableKind::kThreePublic, {"序号"}).role == ColumnRole::kRowNumber);
  CHECK(ColumnMeaningOf(BudgetTableKind::kSummary, {"序号"}).role == ColumnRole::kRowNumber);
}
