// The importer's pipeline for one published document:
//
//   detect the text format → read it with that format's reader →
//   work out department, jurisdiction and year → one DepartmentYear
//
// Pure: the document is already read (document_lines.h) and nothing is
// written (content_folder_writer.h does that, for a whole import at once).
// To support another format, add a reader and a case in ImportDocument.
#pragma once

#include "base/diagnostic.h"
#include "importer/department_identity.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/site.h"

namespace gongkai {

struct ImportedDocument {
  DepartmentYear department;  // complete when `diagnostics` got no error
  ImportReport report;
};

ImportedDocument ImportDocument(const SourceDocument& document, const IdentityOverrides& overrides,
                                Diagnostics& diagnostics);

}  // namespace gongkai
