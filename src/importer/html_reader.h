// HTML input: many 预算公开 columns publish the disclosure as a web page.
// The page is parsed with libxml2's HTML parser (which recovers from the
// malformed markup such pages often have) and turned into the lines Word
// would save as text (word_text_lines.h):
//
//   p, div, h1–h6, li, … and <br>   paragraphs
//   table / tr / td, th             rows of cells; colspan gives one cell,
//                                   a cell covered by a rowspan from above
//                                   an empty cell, as Word prints merges
//   script, style, head …           left out
//
// Whitespace is collapsed as a browser does, and a space between two Chinese
// characters (a line break in the page's source) is dropped, since a browser
// shows it and Chinese text has none. The page is decoded by what its bytes
// are (UTF-8, GBK/GB18030, UTF-16: read/text_encoding.h); a declared charset
// that says otherwise is reported (SourceDocument::encoding_warning).
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

std::optional<SourceDocument> ReadHtml(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
