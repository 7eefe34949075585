// The narrative of a laid-out document (PDF, space-aligned text) as
// sections, from its text blocks (layout/text_blocks.h):
//
//   a title        starts a section: its title as printed, its id from the
//                  vocabulary of part titles (outline_headings.h:
//                  "…主要职能" → duties), "section-N" when it names none
//   a heading      a "### " heading inside the section
//   a paragraph    a markdown paragraph, escaped so it renders as printed
//   taken blocks   the tables and forms: not narrative; a title over only
//                  those (第二部分 部门预算表) is no section
//
// The cover before the first title and the table of contents are skipped,
// and the report says so.
#pragma once

#include <vector>

#include "importer/import_report.h"
#include "importer/layout/laid_out_text.h"
#include "importer/layout/text_blocks.h"
#include "model/site.h"

namespace gongkai {

std::vector<Section> ReadLaidOutSections(const LaidOutText& text, const std::vector<TextBlock>& blocks,
                                         ImportReport& report);

}  // namespace gongkai
