#include "render/page_chrome.h"

#include "render/routes.h"

namespace gongkai {

View PageChrome(const SiteConfig& config, const std::string& page_path, const std::string& page_title,
                const std::vector<Breadcrumb>& breadcrumbs) {
  View view;
  view.Set("site_title", config.title);
  view.Set("publisher", config.publisher);
  view.Set("has_publisher", !config.publisher.empty());
  view.Set("page_title", page_title);
  view.Set("is_home", page_path == HomePath());
  view.Set("root", RelativeUrl(page_path, ""));
  view.Set("home_url", RelativeUrl(page_path, HomePath()));
  view.Set("search_url", RelativeUrl(page_path, SearchPath()));
  view.Set("stylesheet_url", RelativeUrl(page_path, AssetPath("gongkai.css")));
  view.Set("script_url", RelativeUrl(page_path, AssetPath("gongkai.js")));
  View crumbs = View::List();
  for (const Breadcrumb& crumb : breadcrumbs) {
    View item;
    item.Set("label", crumb.label);
    item.Set("url", crumb.path.empty() ? "" : RelativeUrl(page_path, crumb.path));
    item.Set("is_current", crumb.path.empty());
    crumbs.Push(item);
  }
  view.Set("has_breadcrumbs", !breadcrumbs.empty());
  view.Set("breadcrumbs", crumbs);
  return view;
}

std::vector<Breadcrumb> DepartmentBreadcrumbs(const DepartmentYear& department) {
  return {
      {"首页", HomePath()},
      {std::to_string(department.year) + "年", YearPath(department.year)},
      {department.jurisdiction.name + " " + department.department.name, DepartmentPath(department)},
  };
}

std::string DepartmentYearLabel(const DepartmentYear& department) {
  return std::to_string(department.year) + "年 " + department.department.name;
}

}  // namespace gongkai
