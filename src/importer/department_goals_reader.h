// 部门整体绩效目标, the department-wide goals, from the blocks the outline
// found:
//
//   总体绩效目标   paragraphs                     → goals.overall
//   分项绩效目标   sub-goals                      → goals.items
//   工作保障措施   paragraphs                     → the section "measures"
//
// 分项绩效目标 come in three layouts:
//   001, 004   a title, then 绩效目标：… and 绩效指标：…           one item each
//   003        (一)、title, then 1、绩效目标：… 绩效指标：… 2、…     one item per
//              title; its numbered goals and indicators one per line
//   000        1. 绩效目标:…, 2. 绩效目标:… without titles          one item per
//              number, titled by the number as printed
// Without any 绩效目标：/绩效指标： label (002 lists each unit's project
// budget instead) the block is kept whole as the section "sub-goals".
//
// A paragraph is a line of text: Word, PDF and OCR text put each published
// paragraph on one line. Text is kept as published; only the 绩效目标： and
// 绩效指标： labels are taken off (the format has a field for each).
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/document_outline.h"
#include "importer/import_report.h"
#include "model/site.h"

namespace gongkai {

// Reads one goal block (kOverallGoals, kSubGoals or kMeasures) into
// department.goals or department.sections. `paragraphs` are the block's
// paragraphs as the format's reader prepared them.
void ReadGoalBlock(const OutlineBlock& block, const std::vector<SourceLine>& paragraphs,
                   const SourceDocument& document, DepartmentYear& department, ImportReport& report,
                   Diagnostics& diagnostics);

}  // namespace gongkai
