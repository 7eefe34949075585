#include "render/downloads.h"

#include "render/routes.h"

namespace gongkai {
namespace {

// The folder of the department's page: "2023/130301/203/".
std::string DepartmentFolder(const DepartmentYear& department) {
  const std::string page = DepartmentPath(department);
  return page.substr(0, page.rfind('/') + 1);
}

// Named after what it holds, so a downloaded file still says whose it is.
std::string DepartmentFileStem(const DepartmentYear& department) {
  return DepartmentFolder(department) + std::to_string(department.year) + "-" + department.jurisdiction.code + "-" +
         department.department.code;
}

std::string YearFolder(int year) {
  const std::string page = DownloadsPath();
  return page.substr(0, page.rfind('/') + 1) + std::to_string(year) + "/";
}

}  // namespace

std::string TableCsvPath(const DepartmentYear& department, const BudgetTable& table) {
  return DepartmentCsvPath(department, BudgetTableKindId(table.kind));
}

std::string DepartmentCsvPath(const DepartmentYear& department, const std::string& name) {
  return DepartmentFolder(department) + "tables/" + name + ".csv";
}

std::string DepartmentJsonPath(const DepartmentYear& department) { return DepartmentFileStem(department) + ".json"; }

std::string DepartmentXlsxPath(const DepartmentYear& department) { return DepartmentFileStem(department) + ".xlsx"; }

std::string YearCsvPath(int year, const std::string& name) {
  return YearFolder(year) + std::to_string(year) + "-" + name + ".csv";
}

std::string YearXlsxPath(int year) { return YearFolder(year) + std::to_string(year) + "-all.xlsx"; }

std::string DatabasePath() {
  const std::string page = DownloadsPath();
  return page.substr(0, page.rfind('/') + 1) + "gongkai.sqlite";
}

}  // namespace gongkai
