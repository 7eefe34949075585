#include "render/site_renderer.h"

#include <algorithm>
#include <atomic>
#include <set>

#include "base/parallel.h"
#include "render/routes.h"

namespace gongkai {
namespace {

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
  View view = page.view();
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

bool RenderPlannedPages(const Site& site, const SitePlan& plan, const TemplateEngine& engine, OutputSink& sink,
                        Diagnostics& diagnostics, const AssetNames& assets, const PagesRendered& pages_rendered,
                        unsigned jobs, const PageFilter& wanted) {
  std::vector<const PlannedPage*> pages;
  pages.reserve(plan.pages.size());
  for (const PlannedPage& page : plan.pages) {
    if (!wanted || wanted(page)) pages.push_back(&page);
  }
  std::vector<TemplateEngine::Worker> workers;
  for (unsigned w = 0; w < WorkerCount(jobs); ++w) workers.emplace_back(engine);
  // Enough pages a batch to keep every worker busy, few enough that a
  // batch's HTML is a few megabytes whatever the size of the site.
  const size_t batch_size = 64 * workers.size();
  std::set<std::pair<std::string, std::string>> reported;
  size_t done = 0;
  for (size_t first = 0; first < pages.size(); first += batch_size) {
    const size_t count = std::min(batch_size, pages.size() - first);
    std::vector<RenderedPage> rendered(count);
    std::atomic<size_t> finished{done};
    ForEachIndexOnWorkers(count, jobs, [&](size_t worker, size_t i) {
      rendered[i] = RenderPage(site, workers[worker], assets, *pages[first + i]);
      const size_t now = finished.fetch_add(1) + 1;
      if (pages_rendered) pages_rendered(now, pages.size());
    });
    done += count;
    OutputFiles files;
    files.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      const PlannedPage& page = *pages[first + i];
      for (const std::string& name : rendered[i].missing) {
        if (!reported.insert({page.layout, name}).second) continue;
        diagnostics.Error(SourceLocation{engine.LayoutFile(page.layout)},
                          "the template (or base.mustache, or a partial it includes) uses {{" + name + "}}, which the " +
                              page.layout + " page does not provide");
      }
      files.push_back({page.path, std::move(rendered[i].html)});
    }
    if (!sink.Put(std::move(files))) return false;
  }
  return true;
}

OutputFiles RenderSite(const Site& site, const TemplateEngine& engine, Diagnostics& diagnostics,
                       const AssetNames& assets, const DownloadListing& downloads,
                       const PagesRendered& pages_rendered, unsigned jobs) {
  const SitePlan plan = PlanSite(site, downloads);
  CollectingSink sink;
  RenderPlannedPages(site, plan, engine, sink, diagnostics, assets, pages_rendered, jobs);
  return std::move(sink.files());
}

}  // namespace gongkai
