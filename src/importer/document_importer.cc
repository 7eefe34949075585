#include "importer/document_importer.h"

#include "importer/format_detector.h"
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

}  // namespace

ImportedDocument ImportDocument(const SourceDocument& document, const IdentityOverrides& overrides,
                                Diagnostics& diagnostics) {
  ImportedDocument imported;
  ImportReport& report = imported.report;
  report.file = document.path;
  const DetectedFormat detected = DetectDocumentFormat(document.lines);
  report.format = DocumentFormatName(detected.format);
  report.evidence = detected.evidence;

  RecoveredDocument recovered;
  switch (detected.format) {
    case DocumentFormat::kWordText:
      recovered = ReadWordText(document, report, diagnostics);
      break;
    case DocumentFormat::kPdfText:
      recovered = ReadPdfText(document, report, diagnostics);
      break;
    case DocumentFormat::kOcrMarkdown:
      diagnostics.Error(FileLocation(document.path),
                        "this looks like OCR output in markdown (" + detected.evidence +
                            "); the importer has no reader for it yet");
      return imported;
    case DocumentFormat::kUnknown:
      diagnostics.Error(FileLocation(document.path),
                        "cannot tell how this text was extracted (" + detected.evidence +
                            "); the importer reads Word text (one cell per line) and PDF text (tab-separated rows)");
      return imported;
  }
  ResolveIdentity(recovered, overrides, document, report, diagnostics);
  imported.department = std::move(recovered.department);
  imported.department.source = FileName(document.path);
  return imported;
}

}  // namespace gongkai
