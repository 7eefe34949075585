// What every page shares: the site's name, links back up the hierarchy
// (breadcrumbs), the page title and the relative way to the site's root.
// Layouts read these as {{site_title}}, {{root}}, {{#breadcrumbs}} …
#pragma once

#include <string>
#include <vector>

#include "base/decimal.h"
#include "model/site.h"
#include "render/view.h"

namespace gongkai {

struct Breadcrumb {
  std::string label;
  std::string path;  // site-relative target; "" for the current page
};

// `page_path` is where the page will be written (routes.h). The page's
// meta description starts as the site's; page builders replace it
// ("meta_description") and add what a printout names besides the address
// ("print_context": the department-year; "print_source": the document).
View PageChrome(const SiteConfig& config, const std::string& page_path, const std::string& page_title,
                const std::vector<Breadcrumb>& breadcrumbs);

// Breadcrumbs home › year › department, for pages under a department.
std::vector<Breadcrumb> DepartmentBreadcrumbs(const DepartmentYear& department);

// "2024年" and "中共巨鹿县委组织部" read as one label: "2024年 中共巨鹿县委组织部".
std::string DepartmentYearLabel(const DepartmentYear& department);

// What a printed copy of a department's page (or of one of its projects)
// names: the department-year, and the published document it comes from.
void SetPrintedSource(const DepartmentYear& department, View& view);

// 1241.14 → "1,241.14": headline amounts with thousands separators (the
// tables keep the digits exactly as published).
std::string GroupedAmount(const Decimal& amount);

}  // namespace gongkai
