// Text whose table rows keep their cells between tabs, empty cells
// included (PDF text of the Hebei template, seed 003; a spreadsheet saved
// as text) as laid-out lines of a grid: a line with tabs is a table row
// whose n-th cell stands in grid column n, a line without is a paragraph
// (layout/grid_layout.h). The readers after it then read these tables by
// position, as they read a PDF's or a .docx's.
#pragma once

#include "importer/document_lines.h"
#include "importer/layout/laid_out_text.h"

namespace gongkai {

LaidOutText LayOutTabRows(const SourceDocument& document);

}  // namespace gongkai
