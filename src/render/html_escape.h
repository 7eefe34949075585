// HTML escaping for text and attribute values. Every string that comes from
// content passes through here (via the template engine) before it is HTML.
#pragma once

#include <string>

namespace gongkai {

// Escapes & < > " ' so the result is safe in text and in quoted attributes.
// Also drops characters that have no business in a page and can be used to
// disguise text: C0 controls (but tab and newline) and bidi overrides.
std::string EscapeHtml(const std::string& text);

}  // namespace gongkai
