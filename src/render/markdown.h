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

std::string RenderMarkdown(const std::string& markdown);

// True for URLs a page may link to: http:, https:, mailto:, or relative
// (no scheme). Shared with the output checker.
bool IsAllowedLinkUrl(const std::string& url);

}  // namespace gongkai
