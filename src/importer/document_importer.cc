#include "importer/document_importer.h"

#include "importer/budget_tables/budget_tables_reader.h"
#include "importer/format_detector.h"
#include "importer/ocr_markdown.h"
#include "importer/pdf_text_reader.h"
#include "importer/word_text_reader.h"

namespace gongkai {
namespace {

// The file's name without its folders: where the document came from, the
// same whichever folder the import ran from.
std::string FileName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

DetectedFormat FormatOf(const SourceDocument& document) {
  switch (document.kind) {
    case SourceKind::kDocx: return {DocumentFormat::kDocx, "a Word .docx archive"};
    case SourceKind::kHtml: return {DocumentFormat::kHtml, "an HTML page"};
    case SourceKind::kText: break;
  }
  return DetectDocumentFormat(document.lines);
}

}  // namespace

ImportedDocument ImportDocument(const SourceDocument& source, const ImportOptions& options,
                                Diagnostics& diagnostics) {
  ImportedDocument imported;
  ImportReport& report = imported.report;
  report.file = source.path;
  report.lines_are = source.lines_are;
  SourceDocument patched = source;
  if (options.patches) {
    const int errors = diagnostics.error_count();
    ApplyPatches(*options.patches, patched, report, diagnostics);
    if (diagnostics.error_count() != errors) return imported;
  }
  const SourceDocument& document = patched;
  const DetectedFormat detected = FormatOf(document);
  report.format = DocumentFormatName(detected.format);
  report.evidence = detected.evidence;

  RecoveredDocument recovered;
  switch (detected.format) {
    case DocumentFormat::kWordText:
    case DocumentFormat::kDocx:
    case DocumentFormat::kHtml:
      recovered = ReadWordText(document, report, diagnostics);
      break;
    case DocumentFormat::kPdfText:
      recovered = ReadPdfText(document, report, diagnostics);
      break;
    case DocumentFormat::kOcrMarkdown:
      recovered = ReadOcrMarkdown(document, report, diagnostics);
      break;
    case DocumentFormat::kUnknown:
      diagnostics.Error(FileLocation(document.path),
                        "cannot tell how this text was extracted (" + detected.evidence +
                            "); the importer reads Word text (one cell per line), PDF text (tab-separated rows), "
                            "OCR markdown, .docx and HTML");
      return imported;
  }
  ResolveIdentity(recovered, options.overrides, document, report, diagnostics);
  imported.department = std::move(recovered.department);
  imported.department.source = FileName(document.path);
  // The budget tables (部门预算公开表), when the document publishes them.
  imported.department.tables = ReadBudgetTables(document, report);
  return imported;
}

}  // namespace gongkai
