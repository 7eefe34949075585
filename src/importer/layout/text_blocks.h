// TextBlocks: a laid-out document (PDF or space-aligned text) as the blocks
// a reader sees, the one model the stages after reading work on:
//
//   kTaken      lines another reader took: a budget table, a 绩效目标填报表
//               (LineRange); each goes to that reader only, never also to
//               the narrative
//   kContents   the table of contents (目录 to the end of its page)
//   kTitle      a part's title: "第一部分 部门概况", or a short line set in the
//               middle of the page ("上海市普陀区司法局主要职能")
//   kHeading    a numbered heading inside a part: "一、主要职能"
//   kParagraph  a paragraph, its lines joined: a line that fills the line
//               width and is followed, without a paragraph gap, by one that
//               neither is indented nor starts an item (（一） 1、 注：)
//               goes on in it, across a page break too
//
// Page numbers are dropped; lines printed again at the top of a page
// (a spreadsheet's tall cell redrawn on the next page) are kept once. Both
// repairs and every join across a page are noted in the report.
#pragma once

#include <string>
#include <vector>

#include "importer/import_report.h"
#include "importer/layout/laid_out_text.h"

namespace gongkai {

enum class TextBlockKind { kTaken, kContents, kTitle, kHeading, kParagraph };

struct TextBlock {
  TextBlockKind kind = TextBlockKind::kParagraph;
  std::string text;  // kTitle, kHeading, kParagraph: as printed, lines joined
  LineRange lines;   // the document's lines [first, end) it holds
};

std::vector<TextBlock> ReadTextBlocks(const LaidOutText& text, std::vector<LineRange> taken, ImportReport& report);

}  // namespace gongkai
