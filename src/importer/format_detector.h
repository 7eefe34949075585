// Which kind of text a published document was extracted as, told from the
// text itself: the user never has to say.
//
// The kinds differ in how a table reaches the text, which decides the reader:
//   Word text    saved from Word: one table cell per line, indented by a
//                tab, rows separated by blank lines; Word field codes.
//   PDF text     extracted from a PDF: one table row per line, cells
//                separated by tabs; cells wrapped inside the PDF come out
//                split by spaces.
//   OCR markdown a scanned PDF read by OCR into markdown: "#" headings,
//                HTML tags in cells (ocr_markdown.h).
// .docx files and HTML pages are told from their bytes (document_input.h)
// and named here only for the report.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"

namespace gongkai {

enum class DocumentFormat { kUnknown, kWordText, kPdfText, kOcrMarkdown, kDocx, kHtml, kSpreadsheet };

struct DetectedFormat {
  DocumentFormat format = DocumentFormat::kUnknown;
  std::string evidence;  // what the decision rests on, for the report
};

DetectedFormat DetectDocumentFormat(const std::vector<SourceLine>& lines);

// "Word text", "PDF text", "OCR markdown", "Word .docx", "HTML", "unknown".
const char* DocumentFormatName(DocumentFormat format);

}  // namespace gongkai
