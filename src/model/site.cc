#include "model/site.h"

namespace gongkai {

const Unit* DepartmentYear::FindUnit(const std::string& code) const {
  for (const Unit& unit : units) {
    if (unit.code == code) return &unit;
  }
  return nullptr;
}

std::optional<Decimal> DepartmentYear::ProjectBudgetTotal() const {
  std::optional<Decimal> total;
  for (const Project& project : projects) {
    if (project.budget) total = total ? *total + *project.budget : *project.budget;
  }
  return total;
}

}  // namespace gongkai
