#include "render/pages.h"

#include <algorithm>
#include <map>
#include <set>

#include "render/budget_section_view.h"
#include "render/markdown.h"
#include "render/page_chrome.h"
#include "render/project_view.h"
#include "render/routes.h"

namespace gongkai {
namespace {

// Newest year first; within a year by jurisdiction, then department code.
std::vector<const DepartmentYear*> SortedDepartments(const Site& site) {
  std::vector<const DepartmentYear*> sorted;
  for (const DepartmentYear& department : site.departments) sorted.push_back(&department);
  std::sort(sorted.begin(), sorted.end(), [](const DepartmentYear* a, const DepartmentYear* b) {
    if (a->year != b->year) return a->year > b->year;
    if (a->jurisdiction.code != b->jurisdiction.code) return a->jurisdiction.code < b->jurisdiction.code;
    return a->department.code < b->department.code;
  });
  return sorted;
}

std::set<int, std::greater<int>> Years(const Site& site) {
  std::set<int, std::greater<int>> years;
  for (const DepartmentYear& department : site.departments) years.insert(department.year);
  return years;
}

// One line of a listing: a department-year with its total and project count.
// Σ 预算数 of the projects, or 未公开 when the document prints none.
std::string ProjectTotalText(const DepartmentYear& department) {
  const auto total = department.ProjectBudgetTotal();
  return total ? total->ToString() : "未公开";
}

View DepartmentSummary(const DepartmentYear& department, const std::string& page_path) {
  View view;
  view.Set("name", department.department.name);
  view.Set("code", department.department.code);
  view.Set("year", std::to_string(department.year));
  view.Set("jurisdiction", department.jurisdiction.name);
  view.Set("url", RelativeUrl(page_path, DepartmentPath(department)));
  view.Set("project_count", std::to_string(department.projects.size()));
  view.Set("project_total", ProjectTotalText(department));
  view.Set("project_money_unit", department.ProjectMoneyUnit());
  view.Set("unit_count", std::to_string(department.units.size()));
  // The department's budget as its tables state it, in 万元 as the column
  // says (another unit is named beside the figure: nothing is converted);
  // without tables, what its projects add up to.
  const auto stated = StatedBudgetTotal(department.tables);
  view.Set("budget_total", !stated                   ? ProjectTotalText(department)
                           : stated->unit == "万元" ? stated->amount.ToString()
                                                     : stated->amount.ToString() + " " + stated->unit);
  view.Set("budget_total_is_projects", !stated);
  return view;
}

View YearLinks(const Site& site, const std::string& page_path, int current_year) {
  View links = View::List();
  for (int year : Years(site)) {
    View link;
    link.Set("year", std::to_string(year));
    link.Set("url", RelativeUrl(page_path, YearPath(year)));
    link.Set("is_current", year == current_year);
    links.Push(link);
  }
  return links;
}

// Departments of the given year (0 = all years) grouped by jurisdiction.
View JurisdictionGroups(const Site& site, const std::string& page_path, int year) {
  std::map<std::string, std::vector<const DepartmentYear*>> by_jurisdiction;
  for (const DepartmentYear* department : SortedDepartments(site)) {
    if (year == 0 || department->year == year) by_jurisdiction[department->jurisdiction.code].push_back(department);
  }
  View groups = View::List();
  for (const auto& [code, departments] : by_jurisdiction) {
    View group;
    group.Set("code", code);
    group.Set("name", departments.front()->jurisdiction.name);
    View items = View::List();
    for (const DepartmentYear* department : departments) items.Push(DepartmentSummary(*department, page_path));
    group.Set("departments", items);
    groups.Push(group);
  }
  return groups;
}

}  // namespace

View HomePageView(const Site& site) {
  const std::string path = HomePath();
  View view = PageChrome(site.config, path, site.config.title, {});
  view.Set("description", site.config.description);
  view.Set("has_description", !site.config.description.empty());
  view.Set("years", YearLinks(site, path, 0));
  view.Set("jurisdictions", JurisdictionGroups(site, path, 0));
  size_t project_count = 0;
  for (const DepartmentYear& department : site.departments) project_count += department.projects.size();
  view.Set("department_count", std::to_string(site.departments.size()));
  view.Set("project_count", std::to_string(project_count));
  return view;
}

View YearPageView(const Site& site, int year) {
  const std::string path = YearPath(year);
  const std::string label = std::to_string(year) + "年";
  View view = PageChrome(site.config, path, label + "部门预算", {{"首页", HomePath()}, {label, ""}});
  view.Set("year", std::to_string(year));
  view.Set("years", YearLinks(site, path, year));
  view.Set("jurisdictions", JurisdictionGroups(site, path, year));
  return view;
}

View DepartmentPageView(const Site& site, const DepartmentYear& department) {
  const std::string path = DepartmentPath(department);
  auto crumbs = DepartmentBreadcrumbs(department);
  crumbs.back().path = "";
  View view = PageChrome(site.config, path, DepartmentYearLabel(department), crumbs);
  view.Set("year", std::to_string(department.year));
  view.Set("department", department.department.name);
  view.Set("department_code", department.department.code);
  view.Set("jurisdiction", department.jurisdiction.name);
  view.Set("jurisdiction_code", department.jurisdiction.code);
  view.Set("title", department.title);
  view.Set("has_title", !department.title.empty());
  view.Set("source", department.source);
  view.Set("has_source", !department.source.empty());
  view.Set("project_count", std::to_string(department.projects.size()));
  view.Set("project_total", ProjectTotalText(department));
  view.Set("project_money_unit", department.ProjectMoneyUnit());
  view.Set("has_project_total", department.ProjectBudgetTotal().has_value());

  // Columns the document left empty for every unit are not shown: a row of
  // blank cells reads as missing data.
  bool has_nature = false, has_rank = false, has_funding = false;
  for (const Unit& unit : department.units) {
    has_nature = has_nature || !unit.nature.empty();
    has_rank = has_rank || !unit.rank.empty();
    has_funding = has_funding || !unit.funding.empty();
  }
  view.Set("units_have_nature", has_nature);
  view.Set("units_have_rank", has_rank);
  view.Set("units_have_funding", has_funding);
  View units = View::List();
  for (const Unit& unit : department.units) {
    View item;
    item.Set("code", unit.code);
    item.Set("name", unit.name);
    item.Set("nature", unit.nature);
    item.Set("rank", unit.rank);
    item.Set("funding", unit.funding);
    units.Push(item);
  }
  view.Set("units", units);

  View overall = View::List();
  for (const std::string& paragraph : department.goals.overall) overall.Push(View(paragraph));
  view.Set("overall_goals", overall);
  View items = View::List();
  for (const SubGoal& goal : department.goals.items) {
    View item;
    item.Set("title", goal.title);
    item.Set("goal", goal.goal);
    item.Set("has_goal", !goal.goal.empty());
    item.Set("indicators", goal.indicators);
    item.Set("has_indicators", !goal.indicators.empty());
    items.Push(item);
  }
  view.Set("goal_items", items);
  view.Set("has_overall_goals", !department.goals.overall.empty());
  view.Set("has_goal_items", !department.goals.items.empty());
  view.Set("has_goals", !department.goals.overall.empty() || !department.goals.items.empty());

  View sections = View::List();
  for (const Section& section : department.sections) {
    View item;
    item.Set("id", "section-" + section.id);
    item.Set("title", section.title);
    item.Set("html", RenderMarkdown(section.markdown));
    sections.Push(item);
  }
  view.Set("sections", sections);

  View projects = View::List();
  for (const Project& project : department.projects) projects.Push(ProjectView(department, project, path));
  view.Set("projects", projects);
  view.Set("has_projects", !department.projects.empty());
  view.Set("budget", BudgetSectionView(department, path));
  return view;
}

View ProjectPageView(const Site& site, const DepartmentYear& department, const Project& project) {
  const std::string path = ProjectPath(department, project);
  auto crumbs = DepartmentBreadcrumbs(department);
  crumbs.push_back({project.name, ""});
  View view = PageChrome(site.config, path, project.name + " - " + DepartmentYearLabel(department), crumbs);
  view.Set("year", std::to_string(department.year));
  view.Set("department", department.department.name);
  view.Set("department_url", RelativeUrl(path, DepartmentPath(department)));
  view.Set("jurisdiction", department.jurisdiction.name);
  view.Set("project", ProjectView(department, project, path));
  return view;
}

View SearchPageView(const Site& site) {
  const std::string path = SearchPath();
  View view = PageChrome(site.config, path, "搜索", {{"首页", HomePath()}, {"搜索", ""}});
  view.Set("index_url", RelativeUrl(path, "search/data/"));
  view.Set("search_script_url", RelativeUrl(path, AssetPath("search.js")));
  return view;
}

View NotFoundPageView(const Site& site) {
  View view = PageChrome(site.config, NotFoundPath(), "页面未找到", {});
  // A 404 page is served at whatever URL was missing, at any depth, so its
  // links start from the configured base URL instead of being relative.
  std::string base = site.config.base_url;
  if (base.empty() || base.back() != '/') base += '/';
  view.Set("root", base);
  view.Set("home_url", base + HomePath());
  view.Set("search_url", base + SearchPath());
  view.Set("stylesheet_url", base + AssetPath("gongkai.css"));
  view.Set("script_url", base + AssetPath("gongkai.js"));
  return view;
}

}  // namespace gongkai
