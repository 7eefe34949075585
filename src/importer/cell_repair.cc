#include "importer/cell_repair.h"

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// The code point that ends just before `end`, or 0 at the start.
char32_t CodePointBefore(const std::string& text, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  // Step back over UTF-8 continuation bytes (at most three).
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t length = 0;
  const char32_t c = DecodeCodePoint(text, start, &length);
  return start + length == end ? c : 0;
}

}  // namespace

std::string MendSplitCell(const std::string& cell) {
  std::string out;
  out.reserve(cell.size());
  size_t i = 0;
  while (i < cell.size()) {
    if (cell[i] != ' ') {
      out += cell[i++];
      continue;
    }
    size_t run_end = i;
    while (run_end < cell.size() && cell[run_end] == ' ') ++run_end;
    bool seam = false;
    if (run_end < cell.size()) {
      size_t length = 0;
      const char32_t after = DecodeCodePoint(cell, run_end, &length);
      seam = IsCjkCodePoint(CodePointBefore(out, out.size())) && IsCjkCodePoint(after);
    }
    if (!seam) out.append(cell, i, run_end - i);
    i = run_end;
  }
  return out;
}

std::string ReassembleCode(const std::string& cell) { return WithoutSpaces(cell); }

std::string ReassembleCodeParts(const std::vector<std::string>& parts) {
  if (parts.empty()) return "";
  const std::string first = TrimAscii(parts[0]);
  const size_t space = first.find(' ');
  std::string middle;
  for (size_t i = 1; i < parts.size(); ++i) middle += WithoutSpaces(parts[i]);
  if (space == std::string::npos || middle.empty()) return WithoutSpaces(first) + middle;
  return first.substr(0, space) + middle + WithoutSpaces(first.substr(space));
}

bool LooksLikeProjectCode(const std::string& code) {
  if (code.size() < 10) return false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    const bool digit = c >= '0' && c <= '9';
    const bool upper = c >= 'A' && c <= 'Z';
    if (i < 8 ? !digit : !(digit || upper)) return false;
  }
  return true;
}

}  // namespace gongkai
