// PDF text: text extracted from a PDF (seeds 003, 004).
//
// Each table row is one line, its cells separated by tabs; merged and empty
// cells are empty between two tabs. The PDF wraps long cells over several
// visual lines, which the extraction joins with a space: "社会效益指 标",
// "13052924P0058401208 62". Cells are mended (cell_repair.h); the spacing
// of everything else is kept as printed. Some extractions mark bold text
// with ** and numbered paragraphs with "- " (003's cover and 名词解释); the
// marks are not the department's text and are removed.
#pragma once

#include <vector>

#include "importer/performance_document.h"

namespace gongkai {

RecoveredDocument ReadPdfText(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics);

// The rows of one table, from the lines below its heading; cells mended.
std::vector<TableRow> PdfTableRows(const std::vector<SourceLine>& body, ImportReport& report);

}  // namespace gongkai
