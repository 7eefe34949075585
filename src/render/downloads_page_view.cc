#include "render/downloads_page_view.h"

#include "render/page_chrome.h"
#include "render/routes.h"

namespace gongkai {
namespace {

// "12.5": `bytes` in units of `unit` bytes, to one decimal.
std::string OneDecimal(size_t bytes, size_t unit) {
  const size_t tenths = (bytes * 10 + unit / 2) / unit;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

// "1,234": row counts with thousands separators.
std::string Grouped(size_t number) {
  std::string digits = std::to_string(number), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string FileSizeText(size_t bytes) {
  constexpr size_t kKilobyte = 1024, kMegabyte = 1024 * 1024;
  if (bytes < kKilobyte) return std::to_string(bytes) + " 字节";
  if (bytes < kMegabyte) return OneDecimal(bytes, kKilobyte) + " KB";
  return OneDecimal(bytes, kMegabyte) + " MB";
}

View DownloadsPageView(const Site& site, const DownloadListing& downloads) {
  const std::string path = DownloadsPath();
  View view = PageChrome(site.config, path, "数据下载", {{"首页", HomePath()}, {"数据下载", ""}});
  view.Set("meta_description", "下载本站公开的全部表格：每个部门每年的预算表、机构设置、项目和绩效指标（CSV、Excel），"
                               "按年度汇总的全部项目、指标和预算表数字，以及全站 SQLite 数据库。");
  View groups = View::List();
  View group;
  View files = View::List();
  std::string current;
  size_t group_count = 0, file_count = 0, total_bytes = 0;
  const auto close_group = [&] {
    if (current.empty()) return;
    group.Set("files", files);
    groups.Push(group);
    group = View();
    files = View::List();
  };
  for (const DownloadEntry& entry : downloads) {
    if (entry.group != current) {
      close_group();
      current = entry.group;
      group.Set("title", entry.group);
      group.Set("id", "files-" + std::to_string(++group_count));
    }
    View file;
    file.Set("url", RelativeUrl(path, entry.path));
    file.Set("name", entry.path.substr(entry.path.rfind('/') + 1));
    file.Set("title", entry.title);
    file.Set("format", entry.format);
    file.Set("rows", entry.has_rows ? Grouped(entry.rows) : "—");
    file.Set("size", FileSizeText(entry.bytes));
    file.Set("bytes", std::to_string(entry.bytes));
    files.Push(file);
    ++file_count;
    total_bytes += entry.bytes;
  }
  close_group();
  view.Set("groups", groups);
  view.Set("has_files", file_count > 0);
  view.Set("file_count", std::to_string(file_count));
  view.Set("total_size", FileSizeText(total_bytes));
  // How to cite, shown with a real department-year where there is one.
  const bool has_example = !site.departments.empty();
  view.Set("has_cite_example", has_example);
  if (has_example) {
    const DepartmentYear& example = site.departments.front();
    std::string base = site.config.base_url.empty() ? "/" : site.config.base_url;
    if (base.back() != '/') base += '/';
    // The department's name alone: it names its jurisdiction already (昌黎县…组织部).
    view.Set("cite_example", example.department.name + "，《" +
                                 (example.title.empty() ? std::to_string(example.year) + "年部门预算" : example.title) +
                                 "》，" + site.config.title + "，" + base + DepartmentPath(example) + "，访问日期。");
  }
  return view;
}

}  // namespace gongkai
