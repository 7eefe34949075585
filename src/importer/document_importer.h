// The importer's pipeline for one published document:
//
//   apply the document's patch file → detect the text format → read it
//   with that format's reader → work out department, jurisdiction and year
//   → one DepartmentYear
//
// Pure: the document is already read (document_input.h) and nothing is
// written (content_folder_writer.h does that, for a whole import at once).
// To support another format, add a reader and a case in ImportDocument.
#pragma once

#include "base/diagnostic.h"
#include "importer/department_identity.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/source_patches.h"
#include "model/site.h"

namespace gongkai {

struct ImportedDocument {
  DepartmentYear department;  // complete when `diagnostics` got no error
  ImportReport report;
};

struct ImportOptions {
  IdentityOverrides overrides;
  const PatchFile* patches = nullptr;  // corrections for this document, if it has any
};

ImportedDocument ImportDocument(const SourceDocument& document, const ImportOptions& options,
                                Diagnostics& diagnostics);

inline ImportedDocument ImportDocument(const SourceDocument& document, const IdentityOverrides& overrides,
                                       Diagnostics& diagnostics) {
  ImportOptions options;
  options.overrides = overrides;
  return ImportDocument(document, options, diagnostics);
}

}  // namespace gongkai
