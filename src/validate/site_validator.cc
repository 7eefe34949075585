#include "validate/site_validator.h"

#include <algorithm>
#include <map>
#include <set>

#include "validate/amount_range.h"

namespace gongkai {
namespace {

struct IndicatorLevel {
  const char* level1;
  std::vector<std::string> level2;
};

// The fixed first two levels of every 绩效目标表 (domain.md).
const std::vector<IndicatorLevel>& IndicatorLevels() {
  static const std::vector<IndicatorLevel> levels = {
      {"产出指标", {"数量指标", "质量指标", "时效指标", "成本指标"}},
      {"效益指标", {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}},
      {"满意度指标", {"服务对象满意度指标"}},
  };
  return levels;
}

void ValidateIndicator(const Project& project, size_t row, Diagnostics& diagnostics) {
  const Indicator& indicator = project.indicators[row];
  const auto& levels = IndicatorLevels();
  const auto level = std::find_if(levels.begin(), levels.end(),
                                  [&](const IndicatorLevel& l) { return indicator.level1 == l.level1; });
  if (level == levels.end()) {
    diagnostics.Warning(project.RowLocation(row), "一级指标 \"" + indicator.level1 +
                                              "\" is not one of 产出指标, 效益指标, 满意度指标 (published as written)");
    return;
  }
  if (std::find(level->level2.begin(), level->level2.end(), indicator.level2) == level->level2.end()) {
    std::string known;
    for (const std::string& name : level->level2) known += (known.empty() ? "" : ", ") + name;
    diagnostics.Warning(project.RowLocation(row), "二级指标 \"" + indicator.level2 + "\" is not one of " + known +
                                              " under " + indicator.level1 + " (published as written)");
  }
}

void ValidateProjects(const DepartmentYear& department, Diagnostics& diagnostics) {
  std::map<std::string, const Project*> by_slug;
  for (const Project& project : department.projects) {
    SourceLocation where = project.origin;
    if (!project.unit_code.empty() && !department.FindUnit(project.unit_code)) {
      diagnostics.Error(where, "unit \"" + project.unit_code + "\" is not in this department's units");
    }
    if (!project.code.empty() && !IsSafePathSegment(project.code)) {
      diagnostics.Error(where, "项目编码 \"" + project.code +
                                   "\" may hold only ASCII letters, digits, '-' and '_' (it names the project's page)");
      continue;
    }
    if (!IsSafePathSegment(project.slug)) {
      diagnostics.Error(where, "slug \"" + project.slug + "\" may hold only ASCII letters, digits, '-' and '_'");
      continue;
    }
    const auto [it, inserted] = by_slug.emplace(project.slug, &project);
    if (!inserted) {
      const std::string what = project.code.empty() ? "unit and name (give each a \"slug\")" : "项目编码 " + project.code;
      diagnostics.Error(where, "another project has the same " + what + ": " + it->second->origin.pointer);
    }
    for (size_t row = 0; row < project.indicators.size(); ++row) ValidateIndicator(project, row, diagnostics);
  }
}

void ValidateSections(const DepartmentYear& department, Diagnostics& diagnostics) {
  std::set<std::string> ids;
  for (const Section& section : department.sections) {
    if (!section.id.empty() && !ids.insert(section.id).second) {
      diagnostics.Error(section.origin, "another section of this department has the id \"" + section.id + "\"");
    }
  }
}

}  // namespace

bool IsSafePathSegment(const std::string& name) {
  if (name.empty() || name.size() > 64 || name[0] == '-') return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  // Windows device names cannot be files, whatever the extension.
  static const std::set<std::string> kDeviceNames = {"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
                                                     "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
                                                     "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
  std::string upper = name;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
  return kDeviceNames.count(upper) == 0;
}

void ValidateSite(const Site& site, Diagnostics& diagnostics) {
  CheckAmountsCanBeAdded(site, diagnostics);
  for (const DepartmentYear& department : site.departments) {
    ValidateProjects(department, diagnostics);
    ValidateSections(department, diagnostics);
  }
}

}  // namespace gongkai
