#include "model/site.h"

namespace gongkai {

SourceLocation Project::RowLocation(size_t row) const {
  SourceLocation where = indicators.at(row).origin;
  if (where.file.empty()) where.file = origin.file;
  if (where.pointer.empty() && !origin.pointer.empty()) where.pointer = origin.pointer + "/indicators/" + std::to_string(row);
  return where;
}

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
