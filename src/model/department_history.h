// DepartmentHistory: one department across the years it published, and the
// headline figures of each year, for the page at a URL without a year
// (routes.h, DepartmentYearsPath) and the links between a department's years.
//
// A department is known across years by its codes (jurisdiction and
// department; content/departments.tsv gives codes to departments that print
// none), never by its name: names change, codes are the identity.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "model/site.h"

namespace gongkai {

struct DepartmentHistory {
  Jurisdiction jurisdiction;
  Department department;                     // the name as its newest year prints it
  std::vector<const DepartmentYear*> years;  // oldest first; points into the Site
};

// Every department of the site, by jurisdiction code then department code.
// REQUIRES: `site` outlives the result.
std::vector<DepartmentHistory> DepartmentHistories(const Site& site);

// The history `department` belongs to, or nullptr.
const DepartmentHistory* FindHistory(const std::vector<DepartmentHistory>& histories, const DepartmentYear& department);

// A figure as one table states it, in that table's unit; nothing converted.
struct StatedFigure {
  Decimal amount;
  std::string unit;   // 元, 万元, or "" when the table names none
  std::string table;  // the title of the table it is read from
};

// The figures a year is summed up by on the department's page across years;
// each nullopt when that year's tables do not state it.
struct YearTotals {
  std::optional<StatedFigure> income_total;  // 收入总计 (收支总表)
  std::optional<StatedFigure> basic;         // 基本支出 (支出总表, its total row)
  std::optional<StatedFigure> project;       // 项目支出 (支出总表, its total row)
  std::optional<StatedFigure> three_public;  // 三公经费 (the 三公 table: its 小计 of the three, else its 合计)
  std::optional<StatedFigure> office_costs;  // 机关运行经费 (its own table, else the 三公 table's column)
};

YearTotals TotalsOfYear(const DepartmentYear& department);

}  // namespace gongkai
