#include "importer/cjk_text.h"

namespace gongkai {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

char32_t DecodeCodePoint(std::string_view text, size_t offset, size_t* length) {
  const unsigned char lead = static_cast<unsigned char>(text[offset]);
  size_t size = 1;
  char32_t c = lead;
  if (lead >= 0xF0 && lead < 0xF8) {
    size = 4;
    c = lead & 0x07;
  } else if (lead >= 0xE0) {
    size = 3;
    c = lead & 0x0F;
  } else if (lead >= 0xC0) {
    size = 2;
    c = lead & 0x1F;
  }
  if (size == 1 || offset + size > text.size()) {
    *length = 1;
    return lead;
  }
  for (size_t i = 1; i < size; ++i) {
    const unsigned char next = static_cast<unsigned char>(text[offset + i]);
    if ((next & 0xC0) != 0x80) {
      *length = 1;
      return lead;
    }
    c = (c << 6) | (next & 0x3F);
  }
  *length = size;
  return c;
}

bool IsCjkCodePoint(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) ||    // CJK unified ideographs
         (c >= 0x3400 && c <= 0x4DBF) ||    // extension A
         (c >= 0xF900 && c <= 0xFAFF) ||    // compatibility ideographs
         (c >= 0x3001 && c <= 0x303F) ||    // CJK punctuation, without U+3000 (a space)
         (c >= 0xFF01 && c <= 0xFF60) ||    // full-width forms: ，：（）％
         (c >= 0x2018 && c <= 0x201D) ||    // “” ‘’, full-width in Chinese fonts
         (c >= 0x20000 && c <= 0x2FA1F);    // extensions B and later
}

std::string TrimAscii(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && IsAsciiSpace(text[begin])) ++begin;
  while (end > begin && IsAsciiSpace(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (!IsAsciiSpace(c)) out += c;
  }
  return out;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::optional<int> ReadListNumber(std::string_view text, std::string_view* rest) {
  size_t i = 0;
  int number = 0;
  while (i < text.size() && IsAsciiDigit(text[i]) && i < 6) number = number * 10 + (text[i++] - '0');
  if (i == 0) return std::nullopt;
  std::string_view after = text.substr(i);
  while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
  bool has_separator = false;
  for (std::string_view separator : {std::string_view("."), std::string_view("．"), std::string_view("、")}) {
    if (StartsWith(after, separator)) {
      after.remove_prefix(separator.size());
      has_separator = true;
      break;
    }
  }
  if (!has_separator) return std::nullopt;
  while (!after.empty() && after[0] == ' ') after.remove_prefix(1);
  if (rest) *rest = after;
  return number;
}

std::string Abbreviate(std::string_view text, size_t max_characters) {
  size_t offset = 0;
  for (size_t characters = 0; offset < text.size(); ++characters) {
    if (characters == max_characters) return std::string(text.substr(0, offset)) + "…";
    size_t length = 0;
    DecodeCodePoint(text, offset, &length);
    offset += length;
  }
  return std::string(text);
}

std::string_view WithoutChineseNumbering(std::string_view text) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  size_t i = 0;
  bool found = true;
  while (found) {
    found = false;
    for (std::string_view numeral : kNumerals) {
      if (text.substr(i, numeral.size()) == numeral) {
        i += numeral.size();
        found = true;
        break;
      }
    }
  }
  if (i == 0 || text.substr(i, 3) != "、") return text;
  return text.substr(i + 3);
}

size_t CodePointCount(std::string_view text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    size_t length = 1;
    DecodeCodePoint(text, i, &length);
    i += length;
  }
  return count;
}

}  // namespace gongkai
