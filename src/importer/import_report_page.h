// The import report as one web page a clerk checks against the printed
// document (gongkai import --report FILE.html).
//
// For each document: what it was read as (format, encoding, department,
// year), then each budget table as it was read, every row beside its
// place in the original (第 P 页第 R 行 for a PDF, 第 N 行 for text), rows
// and cells the importer guessed or repaired highlighted, and the text it
// could not place in any cell shown where it stood; then every guess,
// repair, skipped part and problem with its place.
//
// Self-contained: its style is inline, it loads nothing, it runs no script,
// so it can be mailed or opened from a USB stick. Pure: the bytes depend on
// the imports only.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_importer.h"

namespace gongkai {

std::string ImportReportPage(const std::vector<ImportedDocument>& imports, const Diagnostics& diagnostics);

}  // namespace gongkai
