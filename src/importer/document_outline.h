// The parts of a 预算绩效文本 (budget performance text), found by their
// headings, the same way in every text format:
//
//   cover                      department name, title (2024 年部门预算绩效文本)
//   目录                       table of contents: skipped
//   第一部分 部门整体绩效目标
//     一、总体绩效目标           paragraphs
//     二、分项绩效目标           sub-goals: title, 绩效目标：…, 绩效指标：…
//     三、工作保障措施           paragraphs
//   第二部分 预算项目绩效目标
//     1.<project>绩效目标表      one 绩效目标表 per project
//
// Full disclosures put the same blocks under a part such as 第五部分：预算绩效
// 信息; parts whose title has nothing to do with 绩效 (部门职责, 政府采购 …)
// are skipped and reported, so a later reader can pick them up.
#pragma once

#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"

namespace gongkai {

enum class BlockKind { kOverallGoals, kSubGoals, kMeasures, kProject };

struct OutlineBlock {
  BlockKind kind = BlockKind::kProject;
  SourceLine heading;            // with any Word field code already removed
  std::vector<SourceLine> body;  // the lines up to the next heading, blank ones included
};

struct DocumentOutline {
  std::vector<SourceLine> cover;  // non-blank lines before the contents and the first part
  std::vector<OutlineBlock> blocks;
};

// Notes the table of contents, skipped parts and stray lines in `report`.
DocumentOutline OutlineDocument(const std::vector<SourceLine>& lines, ImportReport& report);

}  // namespace gongkai
