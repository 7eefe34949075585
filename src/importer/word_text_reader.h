// Word text: a document saved from Word as plain text (seeds 001, 002), and
// the same lines built from a .docx or an HTML page (word_text_lines.h).
//
// Word writes a table one cell per line, each cell indented by a tab, and a
// blank line after each row. A cell holding several paragraphs continues on
// lines without the tab, after a blank line:
//
//   <tab>绩效目标
//   <tab>1.按时发放，及时将…发放到位
//
//   2.按标准发放，严格按照…
//
// Headings listed in Word's table of contents carry a field code, which is
// removed: "1.…绩效目标表{ TC 1、…绩效目标表 \f C \l 1 }".
#pragma once

#include <vector>

#include "importer/performance_document.h"

namespace gongkai {

RecoveredDocument ReadWordText(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics);

// The rows of one table, from the lines below its heading.
std::vector<TableRow> WordTableRows(const std::vector<SourceLine>& body, ImportReport& report);

}  // namespace gongkai
