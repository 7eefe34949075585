// The SitePlan: every page planned once, before any is rendered; and which
// pages a change of department-year folders touches (--incremental).
#include <catch2/catch.hpp>

#include <algorithm>

#include "render/routes.h"
#include "render/site_plan.h"

using namespace gongkai;

namespace {

DepartmentYear Year(int year, const std::string& jurisdiction, const std::string& code, int projects) {
  DepartmentYear department;
  department.year = year;
  department.jurisdiction = {jurisdiction, "县"};
  department.department = {code, "部门" + code};
  department.folder = std::to_string(year) + "/" + jurisdiction + "-" + code;
  for (int p = 0; p < projects; ++p) {
    Project project;
    project.code = department.folder + "-" + std::to_string(p);
    project.slug = "p" + std::to_string(year) + code + std::to_string(p);
    project.name = "项目" + std::to_string(p);
    department.projects.push_back(project);
  }
  return department;
}

Site TwoDepartments() {
  Site site;
  site.departments = {Year(2023, "130529", "203", 2), Year(2024, "130529", "203", 1), Year(2024, "130529", "204", 3)};
  return site;
}

// The paths of the pages scoped to a touched history, or to none.
std::vector<std::string> RenderedPaths(const SitePlan& plan, const std::set<const DepartmentHistory*>& touched) {
  std::vector<std::string> paths;
  for (const PlannedPage& page : plan.pages) {
    if (!page.scope || touched.count(page.scope)) paths.push_back(page.path);
  }
  return paths;
}

bool Has(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

}  // namespace

TEST_CASE("plan: every page once, each department's pages scoped to its history, site pages to none", "[render][plan]") {
  const Site site = TwoDepartments();
  const SitePlan plan = PlanSite(site, {});
  std::vector<std::string> paths = plan.Paths();
  const size_t count = paths.size();
  std::sort(paths.begin(), paths.end());
  CHECK(std::unique(paths.begin(), paths.end()) == paths.end());
  // home, two years, 3 department-years + 6 projects, 2 pages across years
  // (203 has two years), search, glossary, downloads, 404, and the
  // comparisons of 203's tables (none: it has no tables).
  CHECK(count == 1 + 2 + 3 + 6 + 2 + 4);
  REQUIRE(plan.histories.size() == 2);
  for (const PlannedPage& page : plan.pages) {
    INFO(page.path);
    const bool site_level = page.layout == "home" || page.layout == "year" || page.layout == "search" ||
                            page.layout == "glossary" || page.layout == "downloads" || page.layout == "not_found";
    CHECK(site_level == (page.scope == nullptr));
  }
  // Views are made only when asked for.
  const View home = plan.pages.front().view();
  CHECK(plan.pages.front().path == HomePath());
}

TEST_CASE("plan: a changed folder touches its department across years, and a removed or added year its codes' history",
          "[render][plan]") {
  const Site site = TwoDepartments();
  const SitePlan plan = PlanSite(site, {});
  const DepartmentYear& d203_2023 = site.departments[0];
  const DepartmentYear& d204_2024 = site.departments[2];

  const std::vector<std::string> edit = RenderedPaths(plan, HistoriesTouchedBy(plan, {"2024/130529-204"}));
  CHECK(Has(edit, DepartmentPath(d204_2024)));
  CHECK(Has(edit, HomePath()));
  CHECK_FALSE(Has(edit, DepartmentPath(d203_2023)));

  // 203's 2023 edited: its 2024 pages link 2023 (其他年度), so they are touched too.
  const std::vector<std::string> other_year = RenderedPaths(plan, HistoriesTouchedBy(plan, {"2023/130529-203"}));
  CHECK(Has(other_year, DepartmentPath(site.departments[1])));
  CHECK(Has(other_year, ProjectPath(site.departments[1], site.departments[1].projects[0])));
  CHECK_FALSE(Has(other_year, DepartmentPath(d204_2024)));

  // A folder gone from content/ (no department-year holds it any more):
  // found by the codes it is named by.
  CHECK(HistoriesTouchedBy(plan, {"2022/130529-203"}).size() == 1);
  CHECK(HistoriesTouchedBy(plan, {"2022/130529-999"}).empty());
}
