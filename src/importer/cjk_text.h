// Character-level facts about published Chinese text that the importer's
// readers share: which characters are Chinese (CJK), trimming, and reading
// small numbers out of headings.
//
// Everything works on UTF-8 bytes and never changes a character; the callers
// decide what to keep.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

// The code point that starts at text[offset] (REQUIRES: offset < size) and
// its length in bytes. Malformed bytes read as themselves, one byte long, so
// scanning always makes progress.
char32_t DecodeCodePoint(std::string_view text, size_t offset, size_t* length);

// The number of code points (characters) in `text`.
size_t CodePointCount(std::string_view text);

// Han ideographs, CJK and full-width punctuation (，。、：（）〔〕【】《》) and
// the curly quotes “”‘’ that Chinese documents set full-width. A space
// between two of these never belongs to the text: Chinese does not separate
// words (see MendSplitCell).
bool IsCjkCodePoint(char32_t c);

// Without leading and trailing ASCII whitespace (spaces, tabs, \r).
std::string TrimAscii(std::string_view text);

// Without any ASCII whitespace: for comparing labels such as "其中：财政 资金"
// with what a table should say, never for text that is kept.
std::string WithoutSpaces(std::string_view text);

bool StartsWith(std::string_view text, std::string_view prefix);
bool EndsWith(std::string_view text, std::string_view suffix);

// "12.三干会…" → 12 with *rest = "三干会…": ASCII digits, then one of . ．
// 、 (and spaces around it). nullopt when the text does not start that way.
std::optional<int> ReadListNumber(std::string_view text, std::string_view* rest);

// At most `max_characters` characters of `text`, with "…" when cut: for
// quoting source text in reports.
std::string Abbreviate(std::string_view text, size_t max_characters);

// A heading numbered with Chinese numerals: "三、工作保障措施" → "工作保障措施".
// Returns the text unchanged when it has no such number.
std::string_view WithoutChineseNumbering(std::string_view text);

}  // namespace gongkai
