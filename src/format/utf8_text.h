// Checks on the characters of content text, shared by every reader of
// content/ (JSON, section files, theme templates).
//
// Invalid UTF-8 is an error naming the file and byte offset: shown on a page
// it would be mojibake. Invisible control characters are removed with a
// warning: C0 controls but tab, LF and CR; DEL; C1 controls; the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which
// make text read differently from what it says ("Trojan Source"); and the
// noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their like in every
// plane), which HTML does not allow in text. None of them can be seen in a
// published document, so removing them changes no text a reader could see.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// Byte offset of the first byte that does not belong to well-formed UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included), or
// std::string_view::npos when all of `text` is UTF-8.
size_t FindInvalidUtf8(std::string_view text);

// Byte offset of the first invisible control character at or after `from`,
// or npos. REQUIRES: `text` is valid UTF-8.
size_t FindInvisibleControl(std::string_view text, size_t from = 0);

// `text` without its invisible control characters, and without any byte
// that is not part of well-formed UTF-8.
std::string RemoveInvisibleControls(std::string_view text);

// `text` with each CRLF turned into LF: Windows editors save section files
// so, and every line count and column stays the same.
std::string WithUnixLineEndings(std::string_view text);

// "U+202E" for the character starting at `offset`; "byte 0xFF" when that is
// not valid UTF-8.
std::string DescribeCharacterAt(std::string_view text, size_t offset);

}  // namespace gongkai
