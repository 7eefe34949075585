// Where every download lives (the files themselves are made by export/).
// One place for these paths, so the pages that link a file, the 数据下载
// page that lists it and the exporter that writes it agree.
//
// Per department-year, beside its page:
//   2023/130301/203/tables/expenditure.csv     a budget table, as published
//   2023/130301/203/tables/organization.csv    机构设置, as the page shows it
//   2023/130301/203/tables/projects.csv        its projects
//   2023/130301/203/tables/indicators.csv      its projects' indicator rows
//   2023/130301/203/2023-130301-203.xlsx       all of these, one sheet each
//   2023/130301/203/2023-130301-203.json       the content format (sections too)
// Site-wide, one set per budget year (a spreadsheet stops at 1,048,576 rows):
//   data/2023/2023-projects.csv, 2023-indicators.csv, 2023-budget-rows.csv
//   data/2023/2023-all.xlsx
// and the whole portal as one database: data/gongkai.sqlite.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace gongkai {

// One file as the 数据下载 page lists it (export/ fills these in).
struct DownloadEntry {
  std::string group;   // the heading it is listed under: "2023年 全部部门"
  std::string path;    // site-relative
  std::string title;   // what it holds: "项目", "部门预算支出总表"
  std::string format;  // CSV, XLSX, SQLite, JSON
  size_t rows = 0;     // data rows (all sheets' or tables'); header not counted
  bool has_rows = true;  // false for the JSON document, which has no rows
  size_t bytes = 0;
};
using DownloadListing = std::vector<DownloadEntry>;

std::string TableCsvPath(const DepartmentYear& department, const BudgetTable& table);
// `name` is "organization", "projects" or "indicators".
std::string DepartmentCsvPath(const DepartmentYear& department, const std::string& name);
std::string DepartmentJsonPath(const DepartmentYear& department);
std::string DepartmentXlsxPath(const DepartmentYear& department);

// `name` is "projects", "indicators" or "budget-rows".
std::string YearCsvPath(int year, const std::string& name);
std::string YearXlsxPath(int year);
std::string DatabasePath();

}  // namespace gongkai
