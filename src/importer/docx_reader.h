// .docx input, what most departments author: the archive opened with libzip,
// word/document.xml (and word/numbering.xml for automatic numbers) parsed
// with libxml2, and the body turned into the lines Word would save as text
// (word_text_lines.h), tables and merged cells included.
//
// Read: paragraphs (runs, tabs, line breaks, hyperlinks, tracked insertions,
// content controls), automatic numbering, tables (w:gridSpan as one cell,
// w:vMerge continuations as empty cells, a nested table as one line per
// row). Left out, as Word's own text export leaves them: field codes,
// deleted text, drawings and text boxes, headers and footers, footnotes.
//
// A file that is not a zip archive, lacks word/document.xml, is encrypted
// (Word stores password-protected documents as an OLE container, see
// document_input.h) or holds malformed XML is an error naming what is wrong.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

// `bytes` is the whole file.
std::optional<SourceDocument> ReadDocx(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
