// The parts of a disclosure, found by their headings (outline_headings.h),
// the same way in every text format:
//
//   cover                      department name, title (2024 年部门预算绩效文本)
//   目录                       table of contents: skipped
//   budget tables              部门预算收支总表 …: reported, not imported
//   narrative parts            部门职责, 总体情况, 三公 … 名词解释: sections
//   部门整体绩效目标
//     一、总体绩效目标           paragraphs
//     二、分项绩效目标           sub-goals: title, 绩效目标：…, 绩效指标：…
//     三、工作保障措施           paragraphs
//   预算项目绩效目标
//     1.<project>绩效目标表      one 绩效目标表 per project
//
// A 绩效文本 (001, 004) has only the 绩效 parts; a full disclosure (002,
// 003) has them all, under parts numbered 第五部分： or 五、.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"

namespace gongkai {

enum class BlockKind { kOverallGoals, kSubGoals, kMeasures, kProject, kNarrative, kBudgetTable };

struct OutlineBlock {
  BlockKind kind = BlockKind::kProject;
  SourceLine heading;            // with any Word field code already removed; numbering kept
  std::string title;             // the heading without numbering: 部门职责及机构设置情况
  std::string section_id;        // kNarrative: "duties"; "" for a part of unknown title
  std::vector<SourceLine> body;  // the lines up to the next heading, blank ones included
};

struct DocumentOutline {
  std::vector<SourceLine> cover;  // non-blank lines before the contents and the first part
  std::vector<OutlineBlock> blocks;
};

// Notes the table of contents, budget tables, stray lines in `report`.
DocumentOutline OutlineDocument(const std::vector<SourceLine>& lines, ImportReport& report);

}  // namespace gongkai
