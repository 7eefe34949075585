#include "render/downloads.h"

#include <nlohmann/json.hpp>

#include "format/budget_tables_csv.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "render/routes.h"

namespace gongkai {
namespace {

// The folder of the department's page: "2023/130301/203/".
std::string DepartmentFolder(const DepartmentYear& department) {
  const std::string page = DepartmentPath(department);
  return page.substr(0, page.rfind('/') + 1);
}

}  // namespace

std::string TableCsvPath(const DepartmentYear& department, const BudgetTable& table) {
  return DepartmentFolder(department) + "tables/" + BudgetTableKindId(table.kind) + ".csv";
}

std::string DepartmentJsonPath(const DepartmentYear& department) {
  // Named after what it holds, so a downloaded file still says whose it is.
  return DepartmentFolder(department) + std::to_string(department.year) + "-" + department.jurisdiction.code + "-" +
         department.department.code + ".json";
}

std::string DepartmentDownloadJson(const DepartmentYear& department) {
  using OrderedJson = nlohmann::ordered_json;
  // The content format's own writers, so the download reads like content/.
  OrderedJson out = OrderedJson::parse(DepartmentToJson(department));
  OrderedJson sections = OrderedJson::array();
  for (const Section& section : department.sections) {
    sections.push_back({{"id", section.id}, {"title", section.title}, {"markdown", section.markdown}});
  }
  out["sections"] = sections;
  out["tables"] = OrderedJson::parse(BudgetTablesToJson(department.tables)).at("tables");
  return out.dump(2) + "\n";
}

OutputFiles RenderDownloads(const Site& site) {
  OutputFiles files;
  for (const DepartmentYear& department : site.departments) {
    for (const BudgetTable& table : department.tables) {
      files.push_back({TableCsvPath(department, table), BudgetTableToCsv(table)});
    }
    files.push_back({DepartmentJsonPath(department), DepartmentDownloadJson(department)});
  }
  return files;
}

}  // namespace gongkai
