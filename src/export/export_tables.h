// The downloadable tables, made from the model. Pure and deterministic:
// rows follow the site's order (year desc, jurisdiction, department) and
// the published order within a department.
//
// Each builder takes the department-years it covers, so the same columns
// serve one department's CSV, a year's site-wide CSV and the database.
// `base_url` makes the 链接 column: the page and anchor that show the row
// (render/routes.h), for citing a figure by link.
#pragma once

#include <string>
#include <vector>

#include "export/export_table.h"
#include "model/site.h"

namespace gongkai {

using DepartmentYears = std::vector<const DepartmentYear*>;

// A budget table as published: its own columns (labels with the unit, as
// format/budget_tables_csv.h writes them) and rows.
ExportTable PublishedBudgetTable(const BudgetTable& table);

// 机构设置 as the page shows it: the department's units with their codes.
ExportTable UnitsTable(const DepartmentYears& departments, const std::string& base_url);
ExportTable ProjectsTable(const DepartmentYears& departments, const std::string& base_url);
// Every indicator row, with 指标值 as published and its reading.
ExportTable IndicatorsTable(const DepartmentYears& departments, const std::string& base_url);
// Every amount of every budget table in long form: one row per cell that
// holds a number in an amount column (机构设置 holds none).
ExportTable BudgetRowsTable(const DepartmentYears& departments, const std::string& base_url);
// For the database: one row per department-year and per budget table.
ExportTable DepartmentsTable(const DepartmentYears& departments, const std::string& base_url);
ExportTable BudgetTablesTable(const DepartmentYears& departments);

}  // namespace gongkai
