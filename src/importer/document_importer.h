// The importer's pipeline for one published document:
//
//   apply the document's patch file → detect the text format → read it
//   with that format's reader → work out department, jurisdiction and year
//   → one DepartmentYear
//
// A PDF, or space-aligned text, is also laid out as positioned words; its
// budget tables are read from those by what they are (tables/), and a
// disclosure of budget tables without 绩效目标表 is a disclosure too.
//
// Pure: the document is already read (document_input.h) and nothing is
// written (content_folder_writer.h does that, for a whole import at once).
// To support another format, add a reader and a case in ImportDocument.
#pragma once

#include "base/diagnostic.h"
#include "importer/department_identity.h"
#include "importer/document_lines.h"
#include "importer/identity/department_registry.h"
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
  // Codes of departments that print none (content/departments.tsv); the
  // import adds the departments it meets first.
  DepartmentRegistry* registry = nullptr;
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
