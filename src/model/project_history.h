// A project across a department's years: the same project in other years,
// and how its indicator targets changed from one year to the next.
//
// A project continues when another year prints the same 项目编码, or the
// same name under the same unit. A project renamed cannot be known to be
// the same one, and is not guessed at: it has no other years. When a year
// prints two projects that would both match, neither is taken.
#pragma once

#include <string>
#include <vector>

#include "model/department_history.h"

namespace gongkai {

struct ProjectYear {
  const DepartmentYear* department = nullptr;
  const Project* project = nullptr;
};

// The project in every year of `history` that prints it, oldest first,
// `project` itself included (one entry when it has no other years).
std::vector<ProjectYear> ProjectAcrossYears(const DepartmentHistory& history, const DepartmentYear& department,
                                            const Project& project);

enum class TargetChange {
  kRaised,     // the same kind of target, a larger number (≥85% → ≥90%)
  kLowered,    // a smaller number
  kChanged,    // another target that is not a larger or smaller number of the same kind
  kUnchanged,
  kDropped,    // printed the year before, not this year
  kAdded,      // printed this year, not the year before
};

// One indicator, matched by its 一级, 二级 and 三级 names.
struct IndicatorChange {
  std::string level1, level2, name;
  std::string before;  // 指标值 as printed the year before ("" when added)
  std::string after;   // as printed this year ("" when dropped)
  TargetChange change = TargetChange::kUnchanged;
};

// How the indicator targets changed from `before` to `after`, in the order
// of `after`'s rows, then the rows `after` dropped.
std::vector<IndicatorChange> CompareIndicators(const Project& before, const Project& after);

}  // namespace gongkai
