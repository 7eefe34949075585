// The search tokenizer: what the index stores for a text and what a query
// looks up. search.js implements the same rules for queries; the two must
// agree (tests/unit/search_tokenizer_test.cc and the browser tests hold
// them to it).
//
// Folding first (FoldForSearch): full-width ASCII (Ｐ２０２４，％) becomes
// ASCII, the ideographic space a space, A-Z lower case. Exactly one code
// point in, one out, so an offset into folded text is an offset into the
// original: search.js highlights matches in the original text that way.
//
// Then spaces between Han characters and words go (JoinHanAndWords): the
// documents print "2024 年度党刊征订费", "12345 便民热线", "巨好办 APP" with
// spaces readers do not type, and type "2024年度党刊" for. The index and
// search.js's check of the text both read the text joined, so the space
// never blocks a match either way.
//
// Then terms (IndexTerms):
//   - a run of Han characters gives each character (for one-character
//     queries: 党) and each pair of adjacent characters (培训 in 干部培训);
//   - a run of ASCII letters and digits gives one word (12345,
//     13052924p005840120862); a query word matches every word it is a
//     prefix of;
//   - where a word touches a Han character, the two together (2021年 in
//     2021年度, 线12345 in 热线12345): mixed queries such as 2021年度
//     then look up a term far rarer than 2021 or 年度 alone;
//   - anything else separates terms.
// A query matches a document when the document holds all of the query's
// terms; search.js then keeps only documents holding the query as written
// (its characters adjacent), so 信息化 does not match 信息 … 化.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

std::string FoldForSearch(std::string_view text);

// `folded` without the spaces and tabs that have a Han character on one
// side and a letter or digit on the other.
std::string JoinHanAndWords(std::string_view folded);

// True for the Han ideographs the tokenizer pairs up: CJK Unified
// Ideographs, Extension A and B-F, Compatibility Ideographs, and 〇.
bool IsSearchHan(char32_t code_point);

// Terms of already folded text, in order of appearance, with repeats.
// Every term is a run of `folded`, so the views point into it. Invalid
// UTF-8 bytes separate terms.
std::vector<std::string_view> IndexTerms(std::string_view folded);

}  // namespace gongkai
