// .docx input, what most departments author: the archive opened with
// read/zip_archive.h (libzip, bounded against zip bombs), word/document.xml
// (and word/numbering.xml for automatic numbers) parsed with
// base/markup_tree.h, and the body read into a GridSource
// (read/grid_source.h): paragraphs, and table rows whose cells keep their
// grid columns, so the budget tables, 绩效目标表 and narrative readers see
// the cells as Word lays them out, not flattened text.
//
// Read: paragraphs (runs, tabs, line breaks, hyperlinks, tracked insertions,
// content controls; centred ones marked), automatic numbering, tables
// (w:gridSpan as one cell over its columns, w:vMerge continuations as
// covered cells, a nested table as one line per row). Left out, as Word's
// own text export leaves them: field codes, deleted text, drawings and text
// boxes, headers and footers, footnotes.
//
// A file that is not a zip archive, lacks word/document.xml, is encrypted
// (Word stores password-protected documents as an OLE container, see
// document_input.h) or holds malformed XML is an error from the message
// table (import_messages.h) naming what is wrong and what to do.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

// `bytes` is the whole file.
std::optional<SourceDocument> ReadDocx(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
