// Any file given to gongkai import, read into numbered lines: the kind is
// told from the bytes (and the name, for HTML), never from a flag.
//
//   PK\3\4 … (a zip)           .docx        docx_reader.h
//   <!DOCTYPE html>, <html>,   HTML         html_reader.h
//     or a .htm/.html name
//   %PDF- …                    PDF          read/pdf_reader.h
//   text in UTF-8, GBK,        text         (Word text, PDF text, OCR markdown,
//     GB18030 or UTF-16 (BOM)                 layout text; read/text_encoding.h)
//
// Refused with a message (import_messages.h) that says what to do: an empty
// file, an OLE container (an old .doc, or a .docx Word encrypted with a
// password), other binary files, text in none of those encodings or with
// damaged UTF-8 (a surrogate, an overlong form: as strict as the loader).
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

std::optional<SourceDocument> ReadDocumentFile(const std::string& path, Diagnostics& diagnostics);

// The same, for bytes already read (tests).
std::optional<SourceDocument> ReadDocumentBytes(const std::string& path, const std::string& bytes,
                                                Diagnostics& diagnostics);

}  // namespace gongkai
