// Inside budget_consistency: the checks, one file per family, and what they
// share. Each check says how many comparisons it made and what failed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "validate/budget_consistency.h"

namespace gongkai {

class FindingSink {
 public:
  explicit FindingSink(ConsistencyReport& report) : report_(report) {}
  void Compared(CheckId check, int count = 1);
  void Found(CheckId check, const SourceLocation& where, std::string message);

 private:
  ConsistencyReport& report_;
};

// "1038.38 万元".
std::string WithUnit(const Decimal& amount, const std::string& unit);
// "部门预算支出总表「201 一般公共服务支出」": where a finding is, in words.
// In a table of income beside spending, `column` picks the side.
std::string RowPlace(const BudgetTable& table, const BudgetRow& row, size_t column = 0);
// A row's label: its code and name, or its item text (the text left of
// `column` in a table of income beside spending).
std::string RowLabel(const BudgetTable& table, const BudgetRow& row, size_t column = 0);
// The amount in a cell; blank and dash cells are zero, unreadable ones absent.
std::optional<Decimal> CellValue(const BudgetRow& row, size_t column);
// An amount in 元 (exact: 1 万元 = 10000 元), to compare tables printed in
// different units.
Decimal InYuan(const Decimal& amount, const std::string& unit);
// A label without its list numbering and spaces: "一、一般公共服务支出" → "一般公共服务支出".
std::string BareLabel(const std::string& label);

void CheckTableArithmetic(const BudgetTable& table, FindingSink& sink);
void CheckBalance(const BudgetTable& table, FindingSink& sink);
void CheckAcrossTables(const std::vector<BudgetTable>& tables, FindingSink& sink);
void CheckProjects(const DepartmentYear& department, FindingSink& sink);
void CheckPublishedText(const DepartmentYear& department, FindingSink& sink);
void CheckTableSet(const std::vector<BudgetTable>& tables, FindingSink& sink);

}  // namespace gongkai
