#include "export/department_json.h"

#include <nlohmann/json.hpp>

#include "format/budget_tables_json.h"
#include "format/content_json.h"

namespace gongkai {

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

}  // namespace gongkai
