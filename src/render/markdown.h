// Markdown → HTML for narrative sections. The only file that touches
// cmark-gfm.
//
// CommonMark plus GitHub tables, strikethrough and autolinks. Content is
// untrusted: raw HTML in the markdown is shown as the text it is (not
// dropped, so nothing a department wrote silently disappears), and links
// keep only http, https, mailto and relative URLs; any other link becomes
// plain text.
#pragma once

#include <string>

namespace gongkai {

// Each table is wrapped in a labelled, focusable scroll region
// ("<table_label> 表1", "… 表2"): a table pasted from a document may be wider
// than a phone, and then it scrolls inside its box, not the whole page.
std::string RenderMarkdown(const std::string& markdown, const std::string& table_label = "表格");

// True for URLs a page may link to: http:, https:, mailto:, or relative
// (no scheme). Shared with the output checker.
bool IsAllowedLinkUrl(const std::string& url);

}  // namespace gongkai
