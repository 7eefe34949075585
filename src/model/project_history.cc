#include "model/project_history.h"

namespace gongkai {
namespace {

bool SameProject(const Project& a, const Project& b) {
  if (!a.code.empty() && a.code == b.code) return true;
  return a.name == b.name && a.unit_code == b.unit_code;
}

bool SameIndicator(const Indicator& a, const Indicator& b) {
  return a.level1 == b.level1 && a.level2 == b.level2 && a.name == b.name;
}

TargetChange ChangeOf(const TargetValue& before, const TargetValue& after) {
  if (before.text == after.text) return TargetChange::kUnchanged;
  if (before.kind == TargetKind::kComparison && after.kind == TargetKind::kComparison &&
      before.comparison == after.comparison && before.unit == after.unit && before.number && after.number) {
    if (*after.number > *before.number) return TargetChange::kRaised;
    if (*after.number < *before.number) return TargetChange::kLowered;
  }
  return TargetChange::kChanged;
}

}  // namespace

std::vector<ProjectYear> ProjectAcrossYears(const DepartmentHistory& history, const DepartmentYear& department,
                                            const Project& project) {
  std::vector<ProjectYear> years;
  for (const DepartmentYear* year : history.years) {
    if (year == &department) {
      years.push_back({year, &project});
      continue;
    }
    const Project* match = nullptr;
    int matches = 0;
    for (const Project& other : year->projects) {
      if (SameProject(project, other)) {
        match = &other;
        ++matches;
      }
    }
    if (matches == 1) years.push_back({year, match});  // two candidates: cannot know which
  }
  return years;
}

std::vector<IndicatorChange> CompareIndicators(const Project& before, const Project& after) {
  std::vector<IndicatorChange> changes;
  std::vector<bool> matched(before.indicators.size(), false);
  for (const Indicator& row : after.indicators) {
    IndicatorChange change{row.level1, row.level2, row.name, "", row.value.text, TargetChange::kAdded};
    for (size_t i = 0; i < before.indicators.size(); ++i) {
      if (matched[i] || !SameIndicator(before.indicators[i], row)) continue;
      matched[i] = true;
      change.before = before.indicators[i].value.text;
      change.change = ChangeOf(before.indicators[i].value, row.value);
      break;
    }
    changes.push_back(change);
  }
  for (size_t i = 0; i < before.indicators.size(); ++i) {
    if (matched[i]) continue;
    const Indicator& row = before.indicators[i];
    changes.push_back({row.level1, row.level2, row.name, row.value.text, "", TargetChange::kDropped});
  }
  return changes;
}

}  // namespace gongkai
