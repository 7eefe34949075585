// The files a citizen can download beside what a department page shows:
// every budget table as CSV (format/budget_tables_csv.h) and each
// department-year as one JSON file (the content format: department.json's
// fields, the sections, and tables.json's tables). Pure, deterministic.
//
//   2023/130301/203/tables/expenditure.csv
//   2023/130301/203/2023-130301-203.json
#pragma once

#include <string>

#include "base/output_file.h"
#include "model/site.h"

namespace gongkai {

std::string TableCsvPath(const DepartmentYear& department, const BudgetTable& table);
std::string DepartmentJsonPath(const DepartmentYear& department);

OutputFiles RenderDownloads(const Site& site);

// The department-year as the downloadable JSON document.
std::string DepartmentDownloadJson(const DepartmentYear& department);

}  // namespace gongkai
