// What a line of a disclosure is, when it is a heading: the vocabulary of
// document_outline. Headings are told by their words, because documents
// number them every way (第五部分：, 五、, none) and nest the same blocks at
// different depths (a 绩效文本 is a whole document; a full disclosure puts
// it under 五、预算绩效信息).
//
//   goal blocks      总体绩效目标, 分项绩效目标, 工作保障措施 (numbered or not)
//   containers       预算绩效信息, 部门整体绩效目标, 预算项目绩效目标: hold
//                    other blocks, have no text of their own
//   narrative        部门职责…, 部门预算安排的总体情况, 机关运行经费, “三公”经费,
//                    专项资金绩效目标, 政府采购, 国有资产, 名词解释, 其他…事项:
//                    each becomes a section with a fixed id (docs/format.md:
//                    ids are lowercase ASCII)
//   budget tables    部门预算收支总表 … (the nine mandated tables): found and
//                    reported; importing them is the budget-tables issue's
//   explanation      “… 部门预算信息公开情况说明”, the title over the narrative
//                    of a full disclosure
//   project tables   “1.门卫安保经费绩效目标表”
#pragma once

#include <optional>
#include <string>

#include "importer/document_lines.h"

namespace gongkai {

enum class HeadingKind {
  kOverallGoals,
  kSubGoals,
  kMeasures,
  kContainer,
  kNarrative,
  kBudgetTable,
  kExplanationTitle,
  kProject,
};

struct Heading {
  HeadingKind kind = HeadingKind::kContainer;
  std::string title;  // as printed, without its numbering and colon
  std::string id;     // kNarrative: the section id ("" for a part of unknown title)
};

// "第二部分 预算项目绩效目标" → "预算项目绩效目标"; "第一部分" → ""; nullopt
// when the line is not a part heading.
std::optional<std::string> PartTitle(const std::string& text);

// The section id the vocabulary gives a narrative part's title
// ("上海市普陀区司法局主要职能" → "duties"), "" when it knows none.
std::string NarrativeSectionId(const std::string& title);

// The heading `line` is, or nullopt. A part (第X部分) whose title is on the
// next line is a heading with an empty title; the outline reads the title.
// A part of unknown title is narrative with an empty id.
std::optional<Heading> ClassifyHeading(const SourceLine& line);

// The heading a part title names (“第X部分” + title): as ClassifyHeading,
// but every title is a heading.
Heading ClassifyPartTitle(const std::string& title);

}  // namespace gongkai
