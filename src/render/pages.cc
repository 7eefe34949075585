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
  return total ? GroupedAmount(*total) : "未公开";
}

// 部门预算总额 as the tables state it, with its unit ("1,241.14", "万元");
// nothing is converted, another unit is named as printed.
struct StatedTotalText {
  bool known = false;
  std::string amount;
  std::string unit;
};

StatedTotalText BudgetTotalText(const DepartmentYear& department) {
  StatedTotalText text;
  if (const auto stated = StatedBudgetTotal(department.tables)) {
    text.known = true;
    text.amount = GroupedAmount(stated->amount);
    text.unit = stated->unit.empty() ? "万元" : stated->unit;
  }
  return text;
}

View DepartmentSummary(const DepartmentYear& department, const std::string& page_path) {
  View view;
  view.Set("name", department.department.name);
  view.Set("code", department.department.code);
  view.Set("year", std::to_string(department.year));
  view.Set("jurisdiction", department.jurisdiction.name);
  view.Set("url", RelativeUrl(page_path, DepartmentPath(department)));
  view.Set("years_url", RelativeUrl(page_path, DepartmentYearsPath(department.jurisdiction, department.department)));
  view.Set("project_count", std::to_string(department.projects.size()));
  // In the listing's 万元 column a total printed in 元 names its unit.
  const std::string project_unit = department.ProjectMoneyUnit();
  view.Set("project_total", ProjectTotalText(department) +
                                (department.ProjectBudgetTotal() && project_unit != "万元" ? " " + project_unit : ""));
  view.Set("unit_count", std::to_string(department.units.size()));
  // Two totals, each in its own column and never mixed: the budget as the
  // tables state it (in 万元 as the column says; another unit is named
  // beside the figure, nothing is converted), and what the projects add up to.
  const StatedTotalText stated = BudgetTotalText(department);
  view.Set("budget_total", !stated.known        ? "未公开"
                           : stated.unit == "万元" ? stated.amount
                                                   : stated.amount + " " + stated.unit);
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
  view.Set("meta_description", (site.config.description.empty() ? "" : site.config.description + " ") + "共 " +
                                   std::to_string(site.departments.size()) + " 份部门预算公开、" +
                                   std::to_string(project_count) + " 个项目的绩效目标。");
  return view;
}

View YearPageView(const Site& site, int year) {
  const std::string path = YearPath(year);
  const std::string label = std::to_string(year) + "年";
  View view = PageChrome(site.config, path, label + "部门预算", {{"首页", HomePath()}, {label, ""}});
  view.Set("year", std::to_string(year));
  view.Set("years", YearLinks(site, path, year));
  view.Set("jurisdictions", JurisdictionGroups(site, path, year));
  std::string names;
  for (const DepartmentYear* department : SortedDepartments(site)) {
    if (department->year == year) names += (names.empty() ? "" : "、") + department->jurisdiction.name + department->department.name;
  }
  view.Set("meta_description", label + "部门预算公开：" + names + "。");
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
  const StatedTotalText stated = BudgetTotalText(department);
  view.Set("has_budget_total", stated.known);
  view.Set("budget_total", stated.amount);
  view.Set("budget_total_unit", stated.unit);
  SetPrintedSource(department, view);
  view.Set("meta_description",
           std::to_string(department.year) + "年" + department.jurisdiction.name + department.department.name + "部门预算公开：" +
               (stated.known ? "部门预算总额 " + stated.amount + " " + stated.unit + "，" : "") +
               std::to_string(department.projects.size()) + " 个项目的绩效目标" +
               (department.ProjectBudgetTotal() ? "（项目预算合计 " + ProjectTotalText(department) + " " + department.ProjectMoneyUnit() + "）" : "") + "。");

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
    item.Set("anchor", UnitAnchor(unit));
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
    item.Set("html", RenderMarkdown(section.markdown, section.title));
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
  SetPrintedSource(department, view);
  std::string description = std::to_string(department.year) + "年" + department.department.name + "项目「" + project.name + "」";
  if (project.budget) description += "，预算数 " + GroupedAmount(*project.budget) + " " + project.money_unit;
  description += "，" + std::to_string(project.indicators.size()) + " 项绩效指标。";
  view.Set("meta_description", description);
  View project_view = ProjectView(department, project, path);
  project_view.Set("goals_heading", "h2");  // the page's h1 is the project
  view.Set("project", project_view);
  return view;
}

View SearchPageView(const Site& site) {
  const std::string path = SearchPath();
  View view = PageChrome(site.config, path, "搜索", {{"首页", HomePath()}, {"搜索", ""}});
  view.Set("index_url", RelativeUrl(path, "search/data/"));
  view.Set("search_script_url", RelativeUrl(path, AssetPath("search.js")));
  view.Set("meta_description", "搜索" + site.config.title + "的部门、项目、绩效指标和说明。");
  return view;
}

View GlossaryPageView(const Site& site) {
  View view = PageChrome(site.config, GlossaryPath(), "名词解释", {{"首页", HomePath()}, {"名词解释", ""}});
  view.Set("meta_description", "部门预算公开中常见名词的通俗解释：部门预算总额、项目预算合计、基本支出、项目支出、三公经费等。");
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
  view.Set("glossary_url", base + GlossaryPath());
  view.Set("downloads_url", base + DownloadsPath());
  View years = View::List();
  for (int year : Years(site)) {
    View link;
    link.Set("year", std::to_string(year));
    link.Set("url", base + YearPath(year));
    years.Push(link);
  }
  view.Set("years", years);
  view.Set("meta_description", "页面未找到。");
  return view;
}

}  // namespace gongkai
