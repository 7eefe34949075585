#include "importer/document_lines.h"

#include <fstream>
#include <sstream>

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// Offset of the first byte that does not start a well-formed UTF-8
// sequence, or npos. Text extracted with a wrong code page (GBK) would
// otherwise turn into nonsense without a word of warning.
size_t FirstMalformedUtf8(const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    DecodeCodePoint(text, i, &length);
    if (length == 1) return i;
    i += length;
  }
  return std::string::npos;
}

}  // namespace

SourceLocation SourceDocument::At(int line_number) const {
  SourceLocation where;
  where.file = path;
  where.line = line_number;
  if (line_number >= 1 && line_number <= static_cast<int>(lines.size())) {
    const std::string& text = lines[line_number - 1].text;
    // Very long lines (a whole paragraph) would bury the message.
    constexpr size_t kMaxShownLine = 160;
    if (text.size() <= kMaxShownLine) where.source_line = text;
  }
  return where;
}

SourceLocation FileLocation(const std::string& path) {
  SourceLocation where;
  where.file = path;
  return where;
}

SourceDocument MakeSourceDocument(const std::string& path, const std::string& text) {
  SourceDocument document;
  document.path = path;
  size_t start = StartsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
  int number = 1;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    const bool last = end == std::string::npos;
    if (last) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // A final newline ends the last line; it does not start an empty one.
    if (!(last && line.empty() && number > 1)) document.lines.push_back({number, line});
    ++number;
    start = end + 1;
  }
  return document;
}

std::optional<SourceDocument> ReadSourceDocument(const std::string& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.Error(FileLocation(path), "cannot open the file");
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    diagnostics.Error(FileLocation(path), "cannot read the file");
    return std::nullopt;
  }
  return TextSourceDocument(path, bytes.str(), diagnostics);
}

std::optional<SourceDocument> TextSourceDocument(const std::string& path, const std::string& text,
                                                 Diagnostics& diagnostics) {
  const size_t malformed = FirstMalformedUtf8(text);
  if (malformed != std::string::npos) {
    diagnostics.Error(LocateOffset(path, text, malformed),
                      "the file is not UTF-8; convert it first (for example: iconv -f GBK -t UTF-8)");
    return std::nullopt;
  }
  return MakeSourceDocument(path, text);
}

std::vector<SourceLine> NonBlankLines(const std::vector<SourceLine>& lines) {
  std::vector<SourceLine> out;
  for (const SourceLine& line : lines) {
    if (!TrimAscii(line.text).empty()) out.push_back(line);
  }
  return out;
}

}  // namespace gongkai
