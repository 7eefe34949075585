// The 绩效指标 table of one project, laid out like the printed one: a
// 一级指标 cell spans all its rows, a 二级指标 cell all of its own.
#pragma once

#include "model/site.h"
#include "render/view.h"

namespace gongkai {

// rows[]: {level1, level1_rowspan, starts_level1, level2, level2_rowspan,
// starts_level2, name, description, value, value_kind, basis}. A cell
// spans consecutive rows with the same text (the document's merged cells).
View IndicatorTableView(const Project& project);

}  // namespace gongkai
