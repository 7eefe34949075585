// Corrections for damage the importer cannot repair (OCR garbage such as
// 贝亚用还 for 资金用途), kept as a small file a reviewer can read beside the
// content, content/patches/<document file name>.patch.json:
//
//   {
//     "format": 1,
//     "document": "000_f79a4c65a83f20f0.txt",
//     "patches": [
//       { "line": 59, "published": "贝亚用还", "corrected": "资金用途",
//         "why": "OCR misread the label of the purpose row" }
//     ]
//   }
//
// Each patch names a line of the source file, the text as it stands there,
// the text that replaces it and why. The published text must occur on that
// line exactly once, so a patch written for another version of the document
// fails loudly instead of changing the wrong words. Patches change the
// document's text before any reader sees it, and the report lists each one:
// generated content is never edited by hand.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"

namespace gongkai {

struct SourcePatch {
  int line = 0;
  std::string published;  // must occur on `line` exactly once
  std::string corrected;  // may be empty: the published text is removed
  std::string why;        // required: what a reviewer checks
  SourceLocation origin;  // where the patch is written, for messages
};

struct PatchFile {
  std::string path;
  std::string document;  // the file name of the document it corrects
  std::vector<SourcePatch> patches;
};

// "<folder>/<file name of document_path>.patch.json".
std::string PatchFilePath(const std::string& folder, const std::string& document_path);

// nullopt when the file has errors (reported with file:line:col).
std::optional<PatchFile> ParsePatchFile(const std::string& path, const std::string& text, Diagnostics& diagnostics);

// Applies every patch in order; an error for each that does not fit the
// document (wrong document, line past the end, text not found or found
// twice), and then nothing of the file is applied.
void ApplyPatches(const PatchFile& patches, SourceDocument& document, ImportReport& report,
                  Diagnostics& diagnostics);

}  // namespace gongkai
