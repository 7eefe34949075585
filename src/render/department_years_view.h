// The pages of a department across its years (routes.h): the page at a URL
// without a year (each year's totals, their change, a trend chart, links to
// each year and its original), and one page per table kind comparing the
// years row by row by classification code (model/year_over_year.h).
#pragma once

#include "model/department_history.h"
#include "model/site.h"
#include "model/year_over_year.h"
#include "render/view.h"

namespace gongkai {

View DepartmentYearsPageView(const Site& site, const DepartmentHistory& history,
                             const std::vector<TableComparison>& comparisons);

View YearComparisonPageView(const Site& site, const DepartmentHistory& history, const TableComparison& comparison);

}  // namespace gongkai
