#include "search/tokenizer.h"

namespace gongkai {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one UTF-8 code point at text[i], advancing i; kInvalid (and one
// byte) for a malformed sequence.
char32_t NextCodePoint(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return kInvalid;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t Fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFF01 - 0x21;  // full-width ASCII
  if (cp == 0x3000) cp = ' ';                              // ideographic space
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  return cp;
}

bool IsWordCharacter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'); }

}  // namespace

bool IsSearchHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2FA1F) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

std::string FoldForSearch(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp == kInvalid) {
      folded.append(text.substr(start, i - start));  // kept as is; it separates terms
    } else {
      AppendUtf8(Fold(cp), folded);
    }
  }
  return folded;
}

std::string JoinHanAndWords(std::string_view folded) {
  std::string joined;
  joined.reserve(folded.size());
  // What kind the last code point kept was: 0 other, 1 Han, 2 word.
  int before = 0;
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    if ((cp == ' ' || cp == '\t') && before != 0) {
      size_t next = i;
      while (next < folded.size() && (folded[next] == ' ' || folded[next] == '\t')) ++next;
      size_t after_end = next;
      const char32_t after = next < folded.size() ? NextCodePoint(folded, after_end) : kInvalid;
      const int after_kind = after == kInvalid ? 0 : IsSearchHan(after) ? 1 : IsWordCharacter(after) ? 2 : 0;
      if (after_kind != 0 && after_kind != before) {  // Han on one side, a word on the other
        i = next;
        continue;
      }
    }
    joined.append(folded.substr(start, i - start));
    before = cp == kInvalid ? 0 : IsSearchHan(cp) ? 1 : IsWordCharacter(cp) ? 2 : 0;
  }
  return joined;
}

std::vector<std::string_view> IndexTerms(std::string_view folded) {
  std::vector<std::string_view> terms;
  // Every term is folded.substr(from, to - from).
  const auto term = [&](size_t from, size_t to) { terms.push_back(folded.substr(from, to - from)); };
  size_t word_start = std::string_view::npos;
  size_t han_start = std::string_view::npos;         // the Han character just before, if any
  size_t han_before_word = std::string_view::npos;   // the Han character before the current word
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    if (cp != kInvalid && IsWordCharacter(cp)) {
      if (word_start == std::string_view::npos) {
        word_start = start;
        han_before_word = han_start;
      }
      han_start = std::string_view::npos;
      continue;
    }
    const bool han = cp != kInvalid && IsSearchHan(cp);
    if (word_start != std::string_view::npos) {  // a word ends here
      term(word_start, start);
      if (han_before_word != std::string_view::npos) term(han_before_word, start);
      if (han) term(word_start, i);
      word_start = han_before_word = std::string_view::npos;
    }
    if (!han) {
      han_start = std::string_view::npos;
      continue;
    }
    term(start, i);
    if (han_start != std::string_view::npos) term(han_start, i);
    han_start = start;
  }
  if (word_start != std::string_view::npos) {
    term(word_start, folded.size());
    if (han_before_word != std::string_view::npos) term(han_before_word, folded.size());
  }
  return terms;
}

}  // namespace gongkai
