#include "render/site_plan.h"

#include <set>

#include "render/cross_year_nav.h"
#include "render/department_years_view.h"
#include "render/downloads_page_view.h"
#include "render/pages.h"
#include "render/routes.h"

namespace gongkai {

std::vector<std::string> SitePlan::Paths() const {
  std::vector<std::string> paths;
  paths.reserve(pages.size());
  for (const PlannedPage& page : pages) paths.push_back(page.path);
  return paths;
}

std::set<const DepartmentHistory*> HistoriesTouchedBy(const SitePlan& plan, const std::vector<std::string>& folders) {
  const std::set<std::string> changed(folders.begin(), folders.end());
  // "2021/130322-203" → "130322-203": the codes a folder is named by.
  std::set<std::string> codes;
  for (const std::string& folder : folders) codes.insert(folder.substr(folder.find('/') + 1));
  std::set<const DepartmentHistory*> touched;
  for (const DepartmentHistory& history : plan.histories) {
    bool touches = codes.count(history.jurisdiction.code + "-" + history.department.code) > 0;
    for (const DepartmentYear* year : history.years) touches = touches || changed.count(year->folder);
    if (touches) touched.insert(&history);
  }
  return touched;
}

SitePlan PlanSite(const Site& site, const DownloadListing& downloads) {
  SitePlan plan;
  std::vector<PlannedPage>& pages = plan.pages;
  const Site* s = &site;
  pages.push_back({HomePath(), "home", [s] { return HomePageView(*s); }});
  std::set<int> years;
  for (const DepartmentYear& department : site.departments) years.insert(department.year);
  for (int year : years) pages.push_back({YearPath(year), "year", [s, year] { return YearPageView(*s, year); }});
  // Each department-year and project page links its other years
  // ("cross_year", the one part that changes when a year is added).
  plan.histories = DepartmentHistories(site);
  for (const DepartmentYear& department : site.departments) {
    const DepartmentHistory* history = FindHistory(plan.histories, department);
    const DepartmentYear* d = &department;
    const std::string path = DepartmentPath(department);
    pages.push_back({path, "department", [s, d, history, path] {
                       View view = DepartmentPageView(*s, *d);
                       view.Set("cross_year", DepartmentCrossYearView(*history, *d, path));
                       view.Set("original", OriginalDocumentView(*d, path));
                       return view;
                     },
                     history});
    for (const Project& project : department.projects) {
      const Project* p = &project;
      const std::string project_path = ProjectPath(department, project);
      pages.push_back({project_path, "project", [s, d, p, history, project_path] {
                         View view = ProjectPageView(*s, *d, *p);
                         view.Set("cross_year", ProjectCrossYearView(*history, *d, *p, project_path));
                         return view;
                       },
                       history});
    }
  }
  plan.comparisons.reserve(plan.histories.size());
  for (const DepartmentHistory& history : plan.histories) plan.comparisons.push_back(CompareYears(history));
  for (size_t h = 0; h < plan.histories.size(); ++h) {
    const DepartmentHistory* history = &plan.histories[h];
    const std::vector<TableComparison>* comparisons = &plan.comparisons[h];
    pages.push_back({DepartmentYearsPath(history->jurisdiction, history->department), "department_years",
                     [s, history, comparisons] { return DepartmentYearsPageView(*s, *history, *comparisons); }, history});
    for (const TableComparison& comparison : *comparisons) {
      // A table that is not compared gets no page: the page across years
      // says why beside its name.
      if (comparison.basis == ComparisonBasis::kNotCompared) continue;
      const TableComparison* c = &comparison;
      pages.push_back({YearComparisonPath(history->jurisdiction, history->department, comparison.kind), "year_comparison",
                       [s, history, c] { return YearComparisonPageView(*s, *history, *c); }, history});
    }
  }
  const DownloadListing* listing = &downloads;
  pages.push_back({SearchPath(), "search", [s] { return SearchPageView(*s); }});
  pages.push_back({GlossaryPath(), "glossary", [s] { return GlossaryPageView(*s); }});
  pages.push_back({DownloadsPath(), "downloads", [s, listing] { return DownloadsPageView(*s, *listing); }});
  pages.push_back({NotFoundPath(), "not_found", [s] { return NotFoundPageView(*s); }});
  return plan;
}

}  // namespace gongkai
