#include "render/routes.h"

namespace gongkai {

std::string HomePath() { return "index.html"; }

std::string YearPath(int year) { return std::to_string(year) + "/index.html"; }

namespace {
std::string DepartmentFolder(const DepartmentYear& department) {
  return std::to_string(department.year) + "/" + department.jurisdiction.code + "/" +
         department.department.code + "/";
}
}  // namespace

std::string DepartmentPath(const DepartmentYear& department) {
  return DepartmentFolder(department) + "index.html";
}

std::string ProjectPath(const DepartmentYear& department, const Project& project) {
  return DepartmentFolder(department) + "projects/" + project.slug + ".html";
}

std::string DepartmentYearsPath(const Jurisdiction& jurisdiction, const Department& department) {
  return jurisdiction.code + "/" + department.code + "/index.html";
}

std::string YearComparisonPath(const Jurisdiction& jurisdiction, const Department& department, BudgetTableKind kind) {
  return jurisdiction.code + "/" + department.code + "/compare/" + BudgetTableKindId(kind) + ".html";
}

std::string OriginalPath(const DepartmentYear& department) {
  // The file keeps its published name where that is plain ASCII; any other
  // name would need escaping in every link, so it becomes original.<ext>.
  const std::string& name = department.source;
  const bool plain = !name.empty() && name[0] != '.' &&
                     name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") ==
                         std::string::npos;
  std::string file = name;
  if (!plain) {
    const size_t dot = name.find_last_of('.');
    std::string extension = dot == std::string::npos ? "" : name.substr(dot);
    if (extension.find_first_not_of(".abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != std::string::npos) {
      extension = "";
    }
    file = "original" + extension;
  }
  return DepartmentFolder(department) + "original/" + file;
}

std::string SearchPath() { return "search/index.html"; }

std::string NotFoundPath() { return "404.html"; }

std::string GlossaryPath() { return "glossary/index.html"; }

std::string DownloadsPath() { return "data/index.html"; }

std::string AssetPath(const std::string& name) { return "assets/" + name; }

std::string RelativeUrl(const std::string& from, const std::string& to) {
  // Depth of `from` = number of '/' in it; each one is one "../".
  std::string prefix;
  for (char c : from) {
    if (c == '/') prefix += "../";
  }
  return prefix + to;
}

std::string ProjectAnchor(const Project& project) { return "project-" + project.slug; }

std::string UnitAnchor(const Unit& unit) { return "unit-" + unit.code; }

std::string IndicatorAnchor(const Project& project, size_t index) {
  return ProjectAnchor(project) + "-i" + std::to_string(index + 1);
}

}  // namespace gongkai
