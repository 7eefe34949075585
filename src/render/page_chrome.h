// What every page shares: the site's name, links back up the hierarchy
// (breadcrumbs), the page title and the relative way to the site's root.
// Layouts read these as {{site_title}}, {{root}}, {{#breadcrumbs}} …
#pragma once

#include <string>
#include <vector>

#include "model/site.h"
#include "render/view.h"

namespace gongkai {

struct Breadcrumb {
  std::string label;
  std::string path;  // site-relative target; "" for the current page
};

// `page_path` is where the page will be written (routes.h).
View PageChrome(const SiteConfig& config, const std::string& page_path, const std::string& page_title,
                const std::vector<Breadcrumb>& breadcrumbs);

// Breadcrumbs home › year › department, for pages under a department.
std::vector<Breadcrumb> DepartmentBreadcrumbs(const DepartmentYear& department);

// "2024年" and "中共巨鹿县委组织部" read as one label: "2024年 中共巨鹿县委组织部".
std::string DepartmentYearLabel(const DepartmentYear& department);

}  // namespace gongkai
