#include "model/site.h"

namespace gongkai {

const Unit* DepartmentYear::FindUnit(const std::string& code) const {
  for (const Unit& unit : units) {
    if (unit.code == code) return &unit;
  }
  return nullptr;
}

Decimal DepartmentYear::ProjectBudgetTotal() const {
  Decimal total = Decimal::FromUnits(0, 2);
  for (const Project& project : projects) {
    if (project.budget) total += *project.budget;
  }
  return total;
}

}  // namespace gongkai
