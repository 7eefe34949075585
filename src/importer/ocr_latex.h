// OCR's LaTeX, undone: OCR engines that write markdown set a comparison in
// running text as inline math ("不低于 $\geq 90\%$ 。"), which the department
// printed as "≥90%". The dollars, commands and the spaces OCR put around the
// formula are extraction damage; each one undone is listed in the report.
//
// Only a formula of numbers and the symbols of the table in ocr_latex.cc is
// rewritten; any other text between dollars is left as it is.
#pragma once

#include "importer/document_lines.h"
#include "importer/import_report.h"

namespace gongkai {

// `document` with every such formula written as the characters it stands for.
void RepairOcrLatex(SourceDocument& document, ImportReport& report);

}  // namespace gongkai
