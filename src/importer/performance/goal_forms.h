// Project performance forms laid out as a page of labels and values, as
// Shanghai prints them (财政项目支出绩效目标填报表, 09_… 2023): read from the
// positioned words of a PDF or of layout text.
//
//   key and value   项目名称 新建…中心 | 项目资金总额 4,100,000.00 | 其中：财政资金 …
//                   the value is the word right of its label (labels: data,
//                   kGoalFormFields in goal_forms.cc); money in the unit the
//                   form prints beside 项目资金 (（元）)
//   goal            the text under 年度总体目标 (the right column of the goal box)
//   indicators      the table under 一级指标 二级指标 三级指标 指标值: a row per
//                   三级指标; an 一级 or 二级 label is printed once for its
//                   group, centred on it (often on its middle row, or between
//                   two rows), so each row takes the label nearest it
//                   vertically, and label pieces wrapped above and below a row
//                   ("服务对象满意度" / "指标") are joined
#pragma once

#include <string>
#include <vector>

#include "importer/import_report.h"
#include "importer/layout/laid_out_text.h"
#include "model/site.h"

namespace gongkai {

struct GoalForms {
  std::vector<Project> projects;  // in printed order, numbered from 1
  std::vector<LineRange> claimed;  // the lines of each form, title to last row
};

// True when `compact` (a line without spaces) is the title of such a form.
bool IsGoalFormTitle(const std::string& compact);

GoalForms ReadGoalForms(const LaidOutText& text, ImportReport& report);

}  // namespace gongkai
