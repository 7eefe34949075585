#include "render/html_escape.h"

namespace gongkai {
namespace {

// U+202A..U+202E and U+2066..U+2069: bidi embeddings, overrides, isolates.
bool IsBidiControlAt(const std::string& text, size_t i) {
  if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2) return false;
  const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
  const unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
  return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
}

}  // namespace

std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
        if (c == 0x7F) break;
        if (IsBidiControlAt(text, i)) {
          i += 2;
          break;
        }
        out += c;
    }
  }
  return out;
}

}  // namespace gongkai
