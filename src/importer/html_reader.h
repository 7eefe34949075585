// HTML input: many 预算公开 columns publish the disclosure as a web page.
// The page is decoded by what its bytes are (UTF-8, GBK/GB18030, UTF-16:
// read/text_encoding.h; a declared charset that says otherwise is reported
// as SourceDocument::encoding_warning), parsed with base/markup_tree.h
// (libxml2's recovering HTML parser, which copes with the malformed markup
// such pages often have), and read into a GridSource (read/grid_source.h):
//
//   p, div, h1–h6, li, … and <br>   paragraphs; centred ones (a title) marked
//   table / tr / td, th             rows of cells with their grid columns:
//                                   colspan one cell over its columns,
//                                   rowspan a cell covering those below
//   a layout table (one column, or  its cells' content, in order
//   holding a table)
//   script, style, head …           left out
//   template noise                  left out, each kind noted for the report
//                                   with the source line it starts on: JSP/
//                                   ASP/PHP code served raw (<%@ … %>),
//                                   unfilled ${…} placeholders, the site's
//                                   navigation, breadcrumb, share buttons
//                                   and footer (by class/id words and the
//                                   breadcrumb's 当前位置)
//
// So a narrative-only page (重庆市交通委员会's 情况说明) imports as sections,
// and a page of tables as budget tables, through the same readers as a PDF.
// Whitespace is collapsed as a browser does, and a space between two Chinese
// characters (a line break in the page's source) is dropped.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"

namespace gongkai {

std::optional<SourceDocument> ReadHtml(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
