// Space-aligned text (pdftotext -layout, the form most tools give) as laid
// out lines: words are runs of text between two or more spaces, x counts
// character columns, pages end at form feeds. The column finder then reads
// it exactly as it reads a PDF's word boxes.
#pragma once

#include "importer/document_lines.h"
#include "importer/layout/laid_out_text.h"

namespace gongkai {

LaidOutText LayOutText(const SourceDocument& document);

// True when the text is space-aligned: many lines hold runs of three or
// more spaces between words (tab rows and Word text do not).
bool LooksSpaceAligned(const SourceDocument& document);

}  // namespace gongkai
