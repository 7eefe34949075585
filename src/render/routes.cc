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
