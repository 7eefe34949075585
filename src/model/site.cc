#include "model/site.h"

namespace gongkai {

const Unit* DepartmentYear::FindUnit(const std::string& code) const {
  for (const Unit& unit : units) {
    if (unit.code == code) return &unit;
  }
  return nullptr;
}

std::optional<Decimal> DepartmentYear::ProjectBudgetTotal() const {
  if (ProjectMoneyUnit().empty()) return std::nullopt;
  std::optional<Decimal> total;
  for (const Project& project : projects) {
    if (project.budget) total = total ? *total + *project.budget : *project.budget;
  }
  return total;
}

std::string DepartmentYear::ProjectMoneyUnit() const {
  std::string unit;
  for (const Project& project : projects) {
    if (!project.budget) continue;
    if (!unit.empty() && unit != project.money_unit) return "";
    unit = project.money_unit;
  }
  return unit.empty() ? "万元" : unit;
}

}  // namespace gongkai
