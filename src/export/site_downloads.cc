#include "export/site_downloads.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>

#include "base/parallel.h"
#include "base/scratch_file.h"
#include "export/csv_file.h"
#include "export/department_json.h"
#include "export/export_tables.h"
#include "export/sqlite_database.h"
#include "export/table_pieces.h"
#include "export/xlsx_workbook.h"
#include "render/page_chrome.h"

namespace gongkai {
namespace {

// Rows (projects, indicator rows, budget-table rows, departments) a window
// of jobs may hold beyond one job per core: about 1 KB of files a row.
constexpr size_t kWindowRows = 32768;
// Rows of files the sink is given at once, at least (a job's files are
// never split).
constexpr size_t kBatchRows = 4096;

// What one job made: its files (the database's still on disk), their
// entries, its problems. Jobs write only their own, so none depends on
// which thread ran it.
struct JobOutput {
  DownloadListing listing;
  OutputFiles files;
  std::unique_ptr<ScratchFile> database;  // read when handed over
  Diagnostics diagnostics;

  void Add(const std::string& group, const std::string& path, const std::string& title, const std::string& format,
           std::string bytes, size_t rows, bool has_rows = true) {
    listing.push_back({group, path, title, format, rows, has_rows, bytes.size()});
    files.push_back({path, std::move(bytes)});
  }

  void AddCsv(const std::string& group, const std::string& path, const TablePieces& table) {
    size_t rows = 0;
    std::string bytes = TablePiecesToCsv(table, rows);
    Add(group, path, table.heading.title, "CSV", std::move(bytes), rows);
  }

  void AddXlsx(const std::string& group, const std::string& path, const std::string& title,
               const std::vector<const TablePieces*>& tables) {
    XlsxResult workbook = TablePiecesToXlsx(tables, title);
    if (!workbook.bytes) {
      diagnostics.Error(SourceLocation{path}, workbook.error);
      return;
    }
    Add(group, path, title, "XLSX", std::move(*workbook.bytes), workbook.rows);
  }
};

// A table builder with its 链接 column's base URL bound, for TableByDepartment.
std::function<ExportTable(const DepartmentYears&)> WithBaseUrl(
    ExportTable (*builder)(const DepartmentYears&, const std::string&), const std::string& base_url) {
  return [builder, &base_url](const DepartmentYears& departments) { return builder(departments, base_url); };
}

// The whole portal as one database, built in a scratch file.
void ExportDatabase(const DepartmentYears& all, const std::string& base_url, JobOutput& out) {
  const TablePieces departments = TableByDepartment(WithBaseUrl(DepartmentsTable, base_url), all);
  const TablePieces units = TableByDepartment(WithBaseUrl(UnitsTable, base_url), all);
  const TablePieces projects = TableByDepartment(WithBaseUrl(ProjectsTable, base_url), all);
  const TablePieces indicators = TableByDepartment(WithBaseUrl(IndicatorsTable, base_url), all);
  const TablePieces budget_tables = TableByDepartment(BudgetTablesTable, all);
  const TablePieces budget_rows = TableByDepartment(WithBaseUrl(BudgetRowsTable, base_url), all);
  const std::string path = DatabasePath();
  auto file = std::make_unique<ScratchFile>("sqlite");
  if (!file->ok()) {
    out.diagnostics.Error(SourceLocation{path}, file->error());
    return;
  }
  size_t rows = 0;
  const std::string error = WriteTablePiecesToSqlite(
      {&departments, &units, &projects, &indicators, &budget_tables, &budget_rows}, file->path(), rows);
  if (!error.empty()) {
    out.diagnostics.Error(SourceLocation{path}, error);
    return;
  }
  out.listing.push_back({"全站", path, "全站数据库", "SQLite", rows, true, 0});  // bytes: once read
  out.database = std::move(file);
}

// One budget year, site-wide: its projects, indicator rows and budget-table
// amounts as CSVs (parts 0, 1, 2) and one .xlsx (part 3). Each part is a
// job of its own: a year of a province is tens of MB a file, and a window
// holds one job per core.
constexpr size_t kYearParts = 4;

void ExportYear(int year, const DepartmentYears& of_year, const std::string& base_url, size_t part,
                JobOutput& out) {
  const std::string group = std::to_string(year) + "年 全部部门";
  const TablePieces projects = TableByDepartment(WithBaseUrl(ProjectsTable, base_url), of_year);
  const TablePieces indicators = TableByDepartment(WithBaseUrl(IndicatorsTable, base_url), of_year);
  const TablePieces rows = TableByDepartment(WithBaseUrl(BudgetRowsTable, base_url), of_year);
  switch (part) {
    case 0: return out.AddCsv(group, YearCsvPath(year, "projects"), projects);
    case 1: return out.AddCsv(group, YearCsvPath(year, "indicators"), indicators);
    case 2: return out.AddCsv(group, YearCsvPath(year, "budget-rows"), rows);
    default:
      return out.AddXlsx(group, YearXlsxPath(year), group + " 项目、绩效指标与预算表", {&projects, &indicators, &rows});
  }
}

// One department-year: its budget tables as published (机构设置 as the
// page shows it: the units), its projects and indicator rows.
void ExportDepartment(const DepartmentYear& department, const std::string& base_url, JobOutput& out) {
  const std::string group = DepartmentYearLabel(department);
  const DepartmentYears one = {&department};
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
  std::vector<TablePieces> pieces;
  for (const ExportTable& table : tables) pieces.push_back(WholeTable(table));
  std::vector<const TablePieces*> sheets;
  for (size_t i = 0; i < pieces.size(); ++i) {
    out.AddCsv(group, paths[i], pieces[i]);
    sheets.push_back(&pieces[i]);
  }
  if (!sheets.empty()) out.AddXlsx(group, DepartmentXlsxPath(department), group + " 全部表格", sheets);
  out.Add(group, DepartmentJsonPath(department), "全部公开数据（含文字部分）", "JSON",
          DepartmentDownloadJson(department), 0, false);
}

// The rows a job's files hold, to size windows by; the database's are on disk.
size_t JobRows(const DepartmentYears& departments) {
  size_t rows = 0;
  for (const DepartmentYear* department : departments) {
    rows += 1 + department->units.size() + department->projects.size();
    for (const Project& project : department->projects) rows += project.indicators.size();
    for (const BudgetTable& table : department->tables) rows += table.rows.size();
  }
  return rows;
}

}  // namespace

DownloadListing ExportSiteDownloads(const Site& site, OutputSink& sink, Diagnostics& diagnostics, unsigned jobs) {
  const std::string& base_url = site.config.base_url;
  DepartmentYears all;
  for (const DepartmentYear& department : site.departments) all.push_back(&department);
  // Site-wide, one set per year, newest first as the site lists years.
  std::set<int, std::greater<int>> year_set;
  for (const DepartmentYear& department : site.departments) year_set.insert(department.year);
  const std::vector<int> years(year_set.begin(), year_set.end());
  std::vector<DepartmentYears> of_year(years.size());
  for (const DepartmentYear* department : all) {
    of_year[std::find(years.begin(), years.end(), department->year) - years.begin()].push_back(department);
  }

  // Job 0 the database, then the years' parts, then the department-years.
  const size_t year_jobs = years.size() * kYearParts;
  const size_t count = 1 + year_jobs + all.size();
  const auto run = [&](size_t job, JobOutput& out) {
    if (job == 0) {
      ExportDatabase(all, base_url, out);
    } else if (job <= year_jobs) {
      const size_t y = (job - 1) / kYearParts;
      ExportYear(years[y], of_year[y], base_url, (job - 1) % kYearParts, out);
    } else {
      ExportDepartment(*all[job - 1 - year_jobs], base_url, out);
    }
  };
  const auto rows = [&](size_t job) -> size_t {
    if (job == 0) return 0;
    if (job <= year_jobs) return JobRows(of_year[(job - 1) / kYearParts]);
    return JobRows({all[job - 1 - year_jobs]});
  };

  // Batches, the files handed to the sink at once, are runs of jobs of
  // kBatchRows rows or more, so that what the sink is given does not depend
  // on `jobs`, whatever windows the jobs ran in. The database is the last
  // batch, alone: it is built first (the longest job), kept on disk, and
  // read only when everything else is gone.
  std::vector<bool> ends_batch(count, false);
  for (size_t job = 1, batch_rows = 0; job < count; ++job) {
    batch_rows += rows(job);
    ends_batch[job] = batch_rows >= kBatchRows || job + 1 == count;
    if (ends_batch[job]) batch_rows = 0;
  }

  std::vector<DownloadListing> listings(count);
  std::unique_ptr<ScratchFile> database;
  OutputFiles batch;
  bool sink_ok = true;
  const size_t workers = WorkerCount(jobs);
  for (size_t first = 0; first < count && sink_ok;) {
    size_t end = first, window_rows = 0;
    while (end < count && (end - first < workers || window_rows + rows(end) <= kWindowRows)) window_rows += rows(end++);
    std::vector<JobOutput> outputs(end - first);
    ForEachIndex(outputs.size(), jobs, [&](size_t i) { run(first + i, outputs[i]); });
    for (size_t i = 0; i < outputs.size() && sink_ok; ++i) {
      JobOutput& out = outputs[i];
      diagnostics.Append(out.diagnostics);
      listings[first + i] = std::move(out.listing);
      if (out.database) database = std::move(out.database);
      for (OutputFile& file : out.files) batch.push_back(std::move(file));
      out.files.clear();
      if (ends_batch[first + i]) {
        sink_ok = sink.Put(std::move(batch));
        batch.clear();
      }
    }
    first = end;
  }
  if (database && sink_ok) {
    // Handed over as the file SQLite wrote: a sink that writes copies it
    // block by block, so its few hundred MB are never in memory.
    std::string error;
    std::error_code size_error;
    listings[0].back().bytes = static_cast<size_t>(std::filesystem::file_size(database->path(), size_error));
    if (size_error) {
      diagnostics.Error(SourceLocation{DatabasePath()}, "cannot read the database just written: " + size_error.message());
    } else if (!sink.PutFile(DatabasePath(), database->path(), error) && !error.empty()) {
      diagnostics.Error(SourceLocation{DatabasePath()}, error);
    }
  }
  DownloadListing listing;
  for (DownloadListing& part : listings) listing.insert(listing.end(), part.begin(), part.end());
  return listing;
}

SiteDownloads ExportSiteDownloads(const Site& site, Diagnostics& diagnostics) {
  CollectingSink sink;
  SiteDownloads out;
  out.listing = ExportSiteDownloads(site, sink, diagnostics, 0);
  out.files = std::move(sink.files());
  return out;
}

}  // namespace gongkai
