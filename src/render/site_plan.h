// PlanSite: every page of the site before any is rendered — its path, its
// layout and how to make its view — in one pass over the model.
//
// The plan is small (a few strings a page); views are made only when a
// page is rendered (PlannedPage::view), so that a build holds the views
// and HTML of one batch of pages at a time, not of the whole site (issue
// 16). The plan's paths are also what the self-check is told to expect,
// so links are checked as pages stream past. Pure: the same model gives
// the same plan, in the same order.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "model/department_history.h"
#include "model/site.h"
#include "model/year_over_year.h"
#include "render/downloads.h"
#include "render/view.h"

namespace gongkai {

struct PlannedPage {
  std::string path;    // relative to the output folder: 2021/130322/203/index.html
  std::string layout;  // the theme's layout, layouts/<layout>.mustache
  std::function<View()> view;  // REQUIRES: the Site and the SitePlan outlive it
  // The one department (all its years) the page shows, or null for a page
  // of the whole site (home, year, search, downloads…). A page with a
  // scope depends on the config and that department's years alone, so
  // `--incremental` re-renders it only when one of them changed.
  const DepartmentHistory* scope = nullptr;
};

// Not copyable: the pages' views point into the histories it holds.
struct SitePlan {
  std::vector<PlannedPage> pages;
  std::vector<DepartmentHistory> histories;
  std::vector<std::vector<TableComparison>> comparisons;  // per history

  SitePlan() = default;
  SitePlan(SitePlan&&) = default;
  SitePlan& operator=(SitePlan&&) = default;
  SitePlan(const SitePlan&) = delete;
  SitePlan& operator=(const SitePlan&) = delete;

  std::vector<std::string> Paths() const;
};

// REQUIRES: `site` and `downloads` outlive the plan.
SitePlan PlanSite(const Site& site, const DownloadListing& downloads);

// The departments (histories) whose pages a change of these department-year
// folders ("2021/130322-203", as content/ names them) touches: each history
// holding one of them, and each history of the same codes (a year removed
// from it, or added). Pages scoped to any other history are the same bytes
// as before the change.
std::set<const DepartmentHistory*> HistoriesTouchedBy(const SitePlan& plan, const std::vector<std::string>& folders);

}  // namespace gongkai
