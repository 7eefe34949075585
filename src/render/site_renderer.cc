#include "render/site_renderer.h"

#include <algorithm>
#include <atomic>
#include <set>

#include "base/parallel.h"
#include "model/department_history.h"
#include "model/year_over_year.h"
#include "render/cross_year_nav.h"
#include "render/department_years_view.h"
#include "render/downloads_page_view.h"
#include "render/pages.h"
#include "render/routes.h"

namespace gongkai {
namespace {

struct PlannedPage {
  std::string path;
  std::string layout;
  View view;
};

std::vector<PlannedPage> PlanPages(const Site& site, const DownloadListing& downloads) {
  std::vector<PlannedPage> pages;
  pages.push_back({HomePath(), "home", HomePageView(site)});
  std::set<int> years;
  for (const DepartmentYear& department : site.departments) years.insert(department.year);
  for (int year : years) pages.push_back({YearPath(year), "year", YearPageView(site, year)});
  // Each department-year and project page links its other years
  // ("cross_year", the one part that changes when a year is added).
  const std::vector<DepartmentHistory> histories = DepartmentHistories(site);
  for (const DepartmentYear& department : site.departments) {
    const DepartmentHistory& history = *FindHistory(histories, department);
    PlannedPage page{DepartmentPath(department), "department", DepartmentPageView(site, department)};
    page.view.Set("cross_year", DepartmentCrossYearView(history, department, page.path));
    page.view.Set("original", OriginalDocumentView(department, page.path));
    pages.push_back(std::move(page));
    for (const Project& project : department.projects) {
      PlannedPage project_page{ProjectPath(department, project), "project", ProjectPageView(site, department, project)};
      project_page.view.Set("cross_year", ProjectCrossYearView(history, department, project, project_page.path));
      pages.push_back(std::move(project_page));
    }
  }
  for (const DepartmentHistory& history : histories) {
    const std::vector<TableComparison> comparisons = CompareYears(history);
    pages.push_back({DepartmentYearsPath(history.jurisdiction, history.department), "department_years",
                     DepartmentYearsPageView(site, history, comparisons)});
    for (const TableComparison& comparison : comparisons) {
      // A table that is not compared gets no page: the page across years
      // says why beside its name.
      if (comparison.basis == ComparisonBasis::kNotCompared) continue;
      pages.push_back({YearComparisonPath(history.jurisdiction, history.department, comparison.kind), "year_comparison",
                       YearComparisonPageView(site, history, comparison)});
    }
  }
  pages.push_back({SearchPath(), "search", SearchPageView(site)});
  pages.push_back({GlossaryPath(), "glossary", GlossaryPageView(site)});
  pages.push_back({DownloadsPath(), "downloads", DownloadsPageView(site, downloads)});
  pages.push_back({NotFoundPath(), "not_found", NotFoundPageView(site)});
  return pages;
}

struct RenderedPage {
  std::string html;
  std::set<std::string> missing;
};

// The links to the theme's assets: relative, except from the 404 page,
// which is served at any missing URL and so starts from the base URL.
void SetAssetUrls(const Site& site, const AssetNames& assets, const PlannedPage& page, View& view) {
  std::string base = site.config.base_url;
  if (base.empty() || base.back() != '/') base += '/';
  const auto url = [&](const std::string& name) {
    return page.layout == "not_found" ? base + assets.Path(name) : RelativeUrl(page.path, assets.Path(name));
  };
  view.Set("stylesheet_url", url("gongkai.css"));
  view.Set("script_url", url("gongkai.js"));
  view.Set("favicon_url", url("favicon.svg"));
  view.Set("search_script_url", url("search.js"));
}

RenderedPage RenderPage(const Site& site, TemplateEngine::Worker& engine, const AssetNames& assets,
                        const PlannedPage& page) {
  RenderedPage rendered;
  View view = page.view;
  SetAssetUrls(site, assets, page, view);
  view.Set("body", engine.Render(page.layout, view, rendered.missing));
  view.Set("layout", page.layout);
  rendered.html = engine.Render("base", view, rendered.missing);
  return rendered;
}

}  // namespace

const std::vector<std::string>& RequiredLayouts() {
  static const std::vector<std::string> layouts = {"base",      "home",   "year",    "department",
                                                    "project",   "not_found", "search", "glossary",
                                                    "downloads", "department_years", "year_comparison"};
  return layouts;
}

OutputFiles RenderSite(const Site& site, const TemplateEngine& engine, Diagnostics& diagnostics,
                       const AssetNames& assets, const DownloadListing& downloads,
                       const PagesRendered& pages_rendered, unsigned jobs) {
  const std::vector<PlannedPage> pages = PlanPages(site, downloads);
  std::vector<RenderedPage> rendered(pages.size());
  std::atomic<size_t> done{0};
  std::vector<TemplateEngine::Worker> workers;
  for (unsigned w = 0; w < WorkerCount(jobs); ++w) workers.emplace_back(engine);
  ForEachIndexOnWorkers(pages.size(), jobs, [&](size_t worker, size_t i) {
    rendered[i] = RenderPage(site, workers[worker], assets, pages[i]);
    const size_t finished = done.fetch_add(1) + 1;
    if (pages_rendered) pages_rendered(finished, pages.size());
  });

  OutputFiles files;
  std::set<std::pair<std::string, std::string>> reported;
  for (size_t i = 0; i < pages.size(); ++i) {
    for (const std::string& name : rendered[i].missing) {
      if (!reported.insert({pages[i].layout, name}).second) continue;
      diagnostics.Error(SourceLocation{engine.LayoutFile(pages[i].layout)},
                        "the template (or base.mustache, or a partial it includes) uses {{" + name +
                            "}}, which the " + pages[i].layout + " page does not provide");
    }
    files.push_back({pages[i].path, std::move(rendered[i].html)});
  }
  return files;
}

}  // namespace gongkai
