#include "render/cross_year_nav.h"

#include "model/project_history.h"
#include "render/downloads_page_view.h"  // FileSizeText: one way to say a size
#include "render/page_chrome.h"
#include "render/project_view.h"
#include "render/routes.h"

namespace gongkai {
namespace {

// What each change of a target is called on the page.
const char* TargetChangeText(TargetChange change) {
  switch (change) {
    case TargetChange::kRaised: return "提高";
    case TargetChange::kLowered: return "降低";
    case TargetChange::kChanged: return "改变";
    case TargetChange::kUnchanged: return "未变";
    case TargetChange::kDropped: return "不再列出";
    case TargetChange::kAdded: return "新增";
  }
  return "";
}

std::string FileKind(const std::string& name) {
  const size_t dot = name.find_last_of('.');
  std::string extension = dot == std::string::npos ? "" : name.substr(dot + 1);
  for (char& c : extension) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return extension.empty() ? "文件" : extension;
}

}  // namespace

View DepartmentCrossYearView(const DepartmentHistory& history, const DepartmentYear& department,
                             const std::string& page_path) {
  View view;
  View years = View::List();
  for (const DepartmentYear* year : history.years) {
    View link;
    link.Set("year", std::to_string(year->year));
    link.Set("url", RelativeUrl(page_path, DepartmentPath(*year)));
    link.Set("is_current", year == &department);
    years.Push(link);
  }
  view.Set("years", years);
  view.Set("year_count", std::to_string(history.years.size()));
  view.Set("has_other_years", history.years.size() > 1);
  view.Set("years_url", RelativeUrl(page_path, DepartmentYearsPath(history.jurisdiction, history.department)));
  return view;
}

View ProjectCrossYearView(const DepartmentHistory& history, const DepartmentYear& department, const Project& project,
                          const std::string& page_path) {
  View view;
  const std::vector<ProjectYear> years = ProjectAcrossYears(history, department, project);
  View list = View::List();
  View comparisons = View::List();
  for (size_t i = 0; i < years.size(); ++i) {
    const ProjectYear& year = years[i];
    View item;
    item.Set("year", std::to_string(year.department->year));
    item.Set("url", RelativeUrl(page_path, ProjectPath(*year.department, *year.project)));
    item.Set("is_current", year.project == &project);
    item.Set("budget", year.project->budget ? AmountText(year.project->budget) + " " + year.project->money_unit
                                            : "未列预算数");
    list.Push(item);
    if (i == 0) continue;
    View comparison;
    comparison.Set("from_year", std::to_string(years[i - 1].department->year));
    comparison.Set("to_year", std::to_string(year.department->year));
    View rows = View::List();
    size_t unchanged = 0;
    for (const IndicatorChange& change : CompareIndicators(*years[i - 1].project, *year.project)) {
      if (change.change == TargetChange::kUnchanged) {
        ++unchanged;
        continue;
      }
      View row;
      row.Set("indicator", change.level2 + " · " + change.name);
      row.Set("before", change.before.empty() ? "—" : change.before);
      row.Set("after", change.after.empty() ? "—" : change.after);
      row.Set("change", TargetChangeText(change.change));
      rows.Push(row);
    }
    comparison.Set("rows", rows);
    comparison.Set("has_rows", !rows.empty());
    comparison.Set("unchanged_count", std::to_string(unchanged));
    comparisons.Push(comparison);
  }
  view.Set("years", list);
  view.Set("has_other_years", years.size() > 1);
  view.Set("department_has_other_years", history.years.size() > 1);
  view.Set("comparisons", comparisons);
  view.Set("years_url", RelativeUrl(page_path, DepartmentYearsPath(history.jurisdiction, history.department)));
  view.Set("department", history.department.name);
  return view;
}

View OriginalDocumentView(const DepartmentYear& department, const std::string& page_path) {
  View view;
  view.Set("has_original", department.original != nullptr);
  if (!department.original) return view;
  view.Set("url", RelativeUrl(page_path, OriginalPath(department)));
  view.Set("file", department.source);
  view.Set("kind", FileKind(department.source));
  view.Set("size", FileSizeText(department.original->size()));
  view.Set("sha256", department.source_sha256);
  view.Set("published", department.source_published);
  view.Set("has_published", !department.source_published.empty());
  return view;
}

}  // namespace gongkai
