#include "format/utf8_text.h"

#include <cstdint>
#include <cstdio>

namespace gongkai {
namespace {

// Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table 3-7), or 0.
size_t SequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;   // overlong
    if (c == 0xED) high = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;   // overlong
    if (c == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

uint32_t CodePointAt(std::string_view text, size_t i, size_t length) {
  const auto byte = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(text[k])); };
  if (length == 1) return byte(i);
  uint32_t value = byte(i) & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) value = (value << 6) | (byte(i + k) & 0x3F);
  return value;
}

bool IsInvisibleControl(uint32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  const bool noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;  // not HTML text
  return c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         noncharacter;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t length = SequenceLength(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

size_t FindInvisibleControl(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size();) {
    const size_t length = SequenceLength(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    if (IsInvisibleControl(CodePointAt(text, i, length))) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::string RemoveInvisibleControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t length = SequenceLength(text, i);
    if (length == 0) {
      ++i;  // not UTF-8: dropped too
      continue;
    }
    if (!IsInvisibleControl(CodePointAt(text, i, length))) out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

std::string DescribeCharacterAt(std::string_view text, size_t offset) {
  char buffer[16];
  if (offset >= text.size()) return "end of text";
  const size_t length = SequenceLength(text, offset);
  if (length == 0) {
    std::snprintf(buffer, sizeof buffer, "byte 0x%02X", static_cast<unsigned char>(text[offset]));
  } else {
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(CodePointAt(text, offset, length)));
  }
  return buffer;
}

std::string WithUnixLineEndings(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

}  // namespace gongkai
