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
  view.Set("favicon_url", RelativeUrl(page_path, AssetPath("favicon.svg")));
  view.Set("glossary_url", RelativeUrl(page_path, GlossaryPath()));
  view.Set("downloads_url", RelativeUrl(page_path, DownloadsPath()));
  view.Set("meta_description", config.description.empty() ? config.title : config.description);
  // The page's own address for a printout and for sharing: whole when the
  // base URL names the host, the path from the server's root otherwise.
  std::string base = config.base_url.empty() ? "/" : config.base_url;
  if (base.back() != '/') base += '/';
  std::string url_path = page_path;
  if (url_path == HomePath()) url_path = "";
  const std::string index = "/" + HomePath();
  if (url_path.size() > index.size() && url_path.compare(url_path.size() - index.size(), index.size(), index) == 0) {
    url_path.resize(url_path.size() - HomePath().size());
  }
  const bool absolute = base.compare(0, 7, "http://") == 0 || base.compare(0, 8, "https://") == 0;
  view.Set("print_address", base + url_path);
  view.Set("page_address", absolute ? base + url_path : "");
  view.Set("has_page_address", absolute);
  view.Set("print_context", View::List());
  view.Set("print_source", "");
  view.Set("has_print_source", false);
  view.Set("site_code", config.site_code);
  view.Set("icp_record", config.icp_record);
  view.Set("police_record", config.police_record);
  view.Set("has_registration", !config.site_code.empty() || !config.icp_record.empty() || !config.police_record.empty());
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

void SetPrintedSource(const DepartmentYear& department, View& view) {
  View context = View::List();
  context.Push(View(std::to_string(department.year) + "年"));
  context.Push(View(department.jurisdiction.name + " " + department.department.name));
  view.Set("print_context", context);
  std::string source = department.title;
  if (!department.source.empty()) source += source.empty() ? department.source : "（" + department.source + "）";
  view.Set("print_source", source);
  view.Set("has_print_source", !source.empty());
}

std::string GroupedAmount(const Decimal& amount) {
  const std::string text = amount.ToString();
  const size_t sign = !text.empty() && text[0] == '-' ? 1 : 0;
  size_t end = text.find('.');
  if (end == std::string::npos) end = text.size();
  std::string out = text.substr(0, sign);
  for (size_t i = sign; i < end; ++i) {
    if (i > sign && (end - i) % 3 == 0) out += ',';
    out += text[i];
  }
  return out + text.substr(end);
}

std::string DepartmentYearLabel(const DepartmentYear& department) {
  return std::to_string(department.year) + "年 " + department.department.name;
}

}  // namespace gongkai
