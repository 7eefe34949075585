// 部门整体绩效目标, the department-wide goals, from the blocks the outline
// found:
//
//   总体绩效目标   paragraphs                     → goals.overall
//   分项绩效目标   a title paragraph, then        → goals.items
//                  绩效目标：… and 绩效指标：…
//   工作保障措施   paragraphs                     → the section "measures"
//
// A 分项绩效目标 block without any 绩效目标：/绩效指标： label is in a layout
// this reader does not know (002 lists each unit's budget instead); it is
// skipped and reported rather than imported as titles without goals.
//
// A paragraph is a line of text: both Word and PDF text put each published
// paragraph on one line. Text is kept as published; only the 绩效目标： and
// 绩效指标： labels are taken off (the format has a field for each).
#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/document_outline.h"
#include "importer/import_report.h"
#include "model/site.h"

namespace gongkai {

// Reads the goal blocks of `blocks` (project blocks are left alone) into
// department.goals and department.sections.
void ReadDepartmentGoals(const std::vector<OutlineBlock>& blocks, const SourceDocument& document,
                         DepartmentYear& department, ImportReport& report, Diagnostics& diagnostics);

}  // namespace gongkai
