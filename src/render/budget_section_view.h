// The budget part of a department page (partials/budget_section.mustache):
// the published tables with their downloads, the charts, and the public
// consistency panel (validate/budget_consistency.h), which lists what was
// checked and what did not add up without changing a published figure.
#pragma once

#include <string>

#include "model/site.h"
#include "render/charts_svg.h"
#include "render/view.h"

namespace gongkai {

// `page_path` is where the department page is written (routes.h).
View BudgetSectionView(const DepartmentYear& department, const std::string& page_path);

// One chart as partials show it: id, title, its text alternative, the SVG.
View ChartView(const Chart& chart);

}  // namespace gongkai
