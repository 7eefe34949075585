#include "importer/document_input.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "importer/cjk_text.h"
#include "importer/docx_reader.h"
#include "importer/html_reader.h"
#include "importer/import_messages.h"
#include "importer/read/text_encoding.h"
#include "importer/read/pdf_reader.h"
#include "importer/read/xls_reader.h"
#include "importer/read/xlsx_reader.h"

namespace gongkai {
namespace {

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return text;
}

bool HasExtension(const std::string& path, const char* extension) { return EndsWith(Lowercase(path), extension); }

bool LooksLikeHtml(const std::string& path, const std::string& bytes) {
  if (HasExtension(path, ".html") || HasExtension(path, ".htm") || HasExtension(path, ".jsp")) return true;
  size_t start = StartsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0;
  while (start < bytes.size() && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r' || bytes[start] == '\t')) ++start;
  const std::string head = Lowercase(bytes.substr(start, 64));
  // A JSP page saved as it is served from: its directives come first.
  return StartsWith(head, "<!doctype html") || StartsWith(head, "<html") || StartsWith(head, "<%@");
}

// Control bytes other than tab, line feed, carriage return and form feed
// do not occur in extracted text; a few dozen of them mean a binary file.
bool LooksBinary(const std::string& bytes) {
  const size_t checked = std::min<size_t>(bytes.size(), 65536);
  size_t controls = 0;
  for (size_t i = 0; i < checked; ++i) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return controls > 8;
}

// A PDF as lines: each printed line, its words between tabs (as the PDF
// text of seeds 003 and 004 has them), numbered in reading order.
std::optional<SourceDocument> PdfSourceDocument(const std::string& path, const std::string& bytes,
                                                Diagnostics& diagnostics) {
  auto layout = ReadPdf(path, bytes, diagnostics);
  if (!layout) return std::nullopt;
  SourceDocument document;
  document.path = path;
  document.kind = SourceKind::kPdf;
  document.lines_are = "PDF 的印刷行（按页从上到下编号）";
  for (const LaidOutLine& line : layout->lines) {
    std::string text;
    for (size_t i = 0; i < line.words.size(); ++i) text += (i ? "\t" : "") + line.words[i].text;
    document.lines.push_back({line.source_line, std::move(text)});
  }
  document.layout = std::make_shared<const LaidOutText>(std::move(*layout));
  return document;
}

std::optional<SourceDocument> DocumentOfBytes(const std::string& path, const std::string& bytes,
                                              Diagnostics& diagnostics) {
  const SourceLocation where = FileLocation(path);
  if (TrimAscii(bytes).empty() || (StartsWith(bytes, "\xEF\xBB\xBF") && TrimAscii(bytes.substr(3)).empty())) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kEmptyFile));
    return std::nullopt;
  }
  // An OLE container holding a "Workbook" stream (its name in UTF-16) is an .xls.
  const bool ole = StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  if (HasExtension(path, ".xls") ||
      (ole && bytes.find(std::string("W\0o\0r\0k\0b\0o\0o\0k\0", 16)) != std::string::npos)) {
    return ReadXls(path, bytes, diagnostics);
  }
  // A zip of an Excel workbook names xl/workbook.xml in its headers.
  if (HasExtension(path, ".xlsx") ||
      (StartsWith(bytes, "PK\x03\x04") && !HasExtension(path, ".docx") && bytes.find("xl/workbook.xml") != std::string::npos)) {
    return ReadXlsx(path, bytes, diagnostics);
  }
  if (ole) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kOleContainer));
    return std::nullopt;
  }
  if (StartsWith(bytes, "PK\x03\x04") || HasExtension(path, ".docx")) return ReadDocx(path, bytes, diagnostics);
  if (StartsWith(bytes, "%PDF-") || HasExtension(path, ".pdf")) return PdfSourceDocument(path, bytes, diagnostics);
  // UTF-16 (Notepad's "Unicode") is text although half its bytes are 0:
  // told by its byte order mark or its zero bytes, decoded before anything
  // looks at it.
  if (IsUtf16Text(bytes)) {
    DecodeFailure failure;
    const auto decoded = DecodeText(bytes, failure);
    if (decoded && LooksLikeHtml(path, decoded->text)) return ReadHtml(path, bytes, diagnostics);
    return TextSourceDocument(path, bytes, diagnostics);
  }
  if (LooksLikeHtml(path, bytes)) return ReadHtml(path, bytes, diagnostics);
  if (LooksBinary(bytes)) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kBinaryFile));
    return std::nullopt;
  }
  return TextSourceDocument(path, bytes, diagnostics);
}

}  // namespace

std::optional<SourceDocument> ReadDocumentBytes(const std::string& path, const std::string& bytes,
                                                Diagnostics& diagnostics) {
  auto document = DocumentOfBytes(path, bytes, diagnostics);
  // The archive records which document the content was read from.
  if (document) document->sha256 = Sha256Hex(bytes);
  return document;
}

std::optional<SourceDocument> ReadDocumentFile(const std::string& path, Diagnostics& diagnostics) {
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
  return ReadDocumentBytes(path, bytes.str(), diagnostics);
}

}  // namespace gongkai
