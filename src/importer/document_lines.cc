#include "importer/document_lines.h"

#include <fstream>
#include <sstream>

#include "importer/cjk_text.h"
#include "importer/import_messages.h"
#include "importer/read/text_encoding.h"

namespace gongkai {
namespace {

// The damaged bytes for the message: "0xED 0xA0 0x80".
std::string BytesAt(const std::string& bytes, size_t offset) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = offset; i < bytes.size() && i < offset + 3; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (i > offset && (c < 0x80 || c >= 0xC0)) break;  // the next character starts
    if (!out.empty()) out += " ";
    out += std::string("0x") + kHex[c >> 4] + kHex[c & 15];
  }
  return out;
}

ImportMessageId MessageOf(DecodeFailureKind kind) {
  switch (kind) {
    case DecodeFailureKind::kDamagedUtf8: return ImportMessageId::kDamagedUtf8;
    case DecodeFailureKind::kUtf8Surrogate: return ImportMessageId::kUtf8Surrogate;
    case DecodeFailureKind::kUtf8Overlong: return ImportMessageId::kUtf8Overlong;
    case DecodeFailureKind::kBadUtf16: return ImportMessageId::kBadUtf16;
    case DecodeFailureKind::kUnknownEncoding: break;
  }
  return ImportMessageId::kUnknownEncoding;
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
    diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kCannotOpen));
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kCannotRead));
    return std::nullopt;
  }
  return TextSourceDocument(path, bytes.str(), diagnostics);
}

std::optional<SourceDocument> TextSourceDocument(const std::string& path, const std::string& text,
                                                 Diagnostics& diagnostics) {
  DecodeFailure failure;
  auto decoded = DecodeText(text, failure);
  if (!decoded) {
    // A UTF-16 file's lines cannot be counted in its bytes; the byte is named instead.
    SourceLocation where = failure.offset_in_utf8 ? LocateOffset(path, text, failure.offset) : FileLocation(path);
    if (!failure.offset_in_utf8) where.source_line.clear();
    const std::string bytes = BytesAt(text, failure.offset);
    diagnostics.Error(where, ImportMessage(MessageOf(failure.kind), {bytes}) +
                                 (failure.offset_in_utf8 ? "" : "（第 " + std::to_string(failure.offset + 1) + " 字节）"));
    return std::nullopt;
  }
  SourceDocument document = MakeSourceDocument(path, decoded->text);
  document.encoding = decoded->encoding;
  return document;
}

std::vector<SourceLine> NonBlankLines(const std::vector<SourceLine>& lines) {
  std::vector<SourceLine> out;
  for (const SourceLine& line : lines) {
    if (!TrimAscii(line.text).empty()) out.push_back(line);
  }
  return out;
}

}  // namespace gongkai
