#include "export/site_downloads.h"

#include <set>

#include "export/csv_file.h"
#include "export/department_json.h"
#include "export/export_tables.h"
#include "export/sqlite_database.h"
#include "export/xlsx_workbook.h"
#include "render/page_chrome.h"

namespace gongkai {
namespace {

class Collector {
 public:
  Collector(SiteDownloads& out, Diagnostics& diagnostics) : out_(out), diagnostics_(diagnostics) {}

  void Add(const std::string& group, const std::string& path, const std::string& title, const std::string& format,
           std::string bytes, size_t rows, bool has_rows = true) {
    out_.listing.push_back({group, path, title, format, rows, has_rows, bytes.size()});
    out_.files.push_back({path, std::move(bytes)});
  }

  void AddCsv(const std::string& group, const std::string& path, const ExportTable& table) {
    Add(group, path, table.title, "CSV", ExportTableToCsv(table), table.rows.size());
  }

  void AddXlsx(const std::string& group, const std::string& path, const std::string& title,
               const std::vector<const ExportTable*>& tables) {
    XlsxResult workbook = ExportTablesToXlsx(tables, title);
    if (!workbook.bytes) {
      diagnostics_.Error(SourceLocation{path}, workbook.error);
      return;
    }
    Add(group, path, title, "XLSX", std::move(*workbook.bytes), RowCount(tables));
  }

  void AddDatabase(const std::string& path, const std::string& title, const std::vector<const ExportTable*>& tables) {
    SqliteResult database = ExportTablesToSqlite(tables);
    if (!database.bytes) {
      diagnostics_.Error(SourceLocation{path}, database.error);
      return;
    }
    Add("全站", path, title, "SQLite", std::move(*database.bytes), RowCount(tables));
  }

 private:
  static size_t RowCount(const std::vector<const ExportTable*>& tables) {
    size_t rows = 0;
    for (const ExportTable* table : tables) rows += table->rows.size();
    return rows;
  }

  SiteDownloads& out_;
  Diagnostics& diagnostics_;
};

// One department-year: its budget tables as published (机构设置 as the
// page shows it: the units), its projects and indicator rows.
void AddDepartment(const Site& site, const DepartmentYear& department, Collector& collector) {
  const std::string group = DepartmentYearLabel(department);
  const DepartmentYears one = {&department};
  const std::string& base_url = site.config.base_url;
  std::vector<ExportTable> tables;
  std::vector<std::string> paths;
  for (const BudgetTable& table : department.tables) {
    if (table.kind == BudgetTableKind::kOrganization) continue;
    tables.push_back(PublishedBudgetTable(table));
    paths.push_back(TableCsvPath(department, table));
  }
  if (!department.units.empty()) {
    tables.push_back(UnitsTable(one, base_url));
    paths.push_back(DepartmentCsvPath(department, "organization"));
  }
  if (!department.projects.empty()) {
    tables.push_back(ProjectsTable(one, base_url));
    paths.push_back(DepartmentCsvPath(department, "projects"));
    tables.push_back(IndicatorsTable(one, base_url));
    paths.push_back(DepartmentCsvPath(department, "indicators"));
  }
  std::vector<const ExportTable*> sheets;
  for (size_t i = 0; i < tables.size(); ++i) {
    collector.AddCsv(group, paths[i], tables[i]);
    sheets.push_back(&tables[i]);
  }
  if (!sheets.empty()) collector.AddXlsx(group, DepartmentXlsxPath(department), group + " 全部表格", sheets);
  collector.Add(group, DepartmentJsonPath(department), "全部公开数据（含文字部分）", "JSON",
                DepartmentDownloadJson(department), 0, false);
}

}  // namespace

SiteDownloads ExportSiteDownloads(const Site& site, Diagnostics& diagnostics) {
  SiteDownloads out;
  Collector collector(out, diagnostics);
  const std::string& base_url = site.config.base_url;

  DepartmentYears all;
  for (const DepartmentYear& department : site.departments) all.push_back(&department);
  const ExportTable departments = DepartmentsTable(all, base_url);
  const ExportTable budget_tables = BudgetTablesTable(all);
  const ExportTable units = UnitsTable(all, base_url);
  const ExportTable projects = ProjectsTable(all, base_url);
  const ExportTable indicators = IndicatorsTable(all, base_url);
  const ExportTable budget_rows = BudgetRowsTable(all, base_url);
  collector.AddDatabase(DatabasePath(), "全站数据库",
                        {&departments, &units, &projects, &indicators, &budget_tables, &budget_rows});

  // Site-wide, one set per year, newest first as the site lists years.
  std::set<int, std::greater<int>> years;
  for (const DepartmentYear& department : site.departments) years.insert(department.year);
  for (int year : years) {
    DepartmentYears of_year;
    for (const DepartmentYear& department : site.departments) {
      if (department.year == year) of_year.push_back(&department);
    }
    const std::string group = std::to_string(year) + "年 全部部门";
    const ExportTable year_projects = ProjectsTable(of_year, base_url);
    const ExportTable year_indicators = IndicatorsTable(of_year, base_url);
    const ExportTable year_rows = BudgetRowsTable(of_year, base_url);
    collector.AddCsv(group, YearCsvPath(year, "projects"), year_projects);
    collector.AddCsv(group, YearCsvPath(year, "indicators"), year_indicators);
    collector.AddCsv(group, YearCsvPath(year, "budget-rows"), year_rows);
    collector.AddXlsx(group, YearXlsxPath(year), group + " 项目、绩效指标与预算表",
                      {&year_projects, &year_indicators, &year_rows});
  }

  for (const DepartmentYear& department : site.departments) AddDepartment(site, department, collector);
  return out;
}

}  // namespace gongkai
