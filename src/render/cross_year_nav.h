// The links from one year to a department's other years: the one part of a
// department-year page or a project page that changes when a year is added
// (partials/cross_year_nav.mustache marks it data-cross-year). Everything
// else on those pages depends on their own year only, so an archived page
// keeps its content byte for byte (tests/unit/archive_stable_urls_test.cc).
#pragma once

#include <string>

#include "model/department_history.h"
#include "render/view.h"

namespace gongkai {

// 其他年度 for a department-year page at `page_path`: each year it published
// (the current one marked) and the page across years.
View DepartmentCrossYearView(const DepartmentHistory& history, const DepartmentYear& department,
                             const std::string& page_path);

// 其他年度 for a project page: the project's other years with their 预算数,
// and how its indicator targets changed from each year to the next.
View ProjectCrossYearView(const DepartmentHistory& history, const DepartmentYear& department, const Project& project,
                          const std::string& page_path);

// 原文下载 on a department-year page: the original document published beside it.
View OriginalDocumentView(const DepartmentYear& department, const std::string& page_path);

}  // namespace gongkai
