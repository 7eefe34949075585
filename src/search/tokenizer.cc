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

std::vector<std::string> IndexTerms(std::string_view folded) {
  std::vector<std::string> terms;
  std::string word;
  std::string_view previous_han;  // the Han character just before, if any
  for (size_t i = 0; i < folded.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(folded, i);
    const std::string_view character = folded.substr(start, i - start);
    if (cp != kInvalid && IsWordCharacter(cp)) {
      word += static_cast<char>(cp);
      previous_han = {};
      continue;
    }
    if (!word.empty()) terms.push_back(std::move(word)), word.clear();
    if (cp == kInvalid || !IsSearchHan(cp)) {
      previous_han = {};
      continue;
    }
    terms.emplace_back(character);
    if (!previous_han.empty()) {
      std::string pair(previous_han);
      pair += character;
      terms.push_back(std::move(pair));
    }
    previous_han = character;
  }
  if (!word.empty()) terms.push_back(std::move(word));
  return terms;
}

}  // namespace gongkai
