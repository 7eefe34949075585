#include "importer/ocr_markdown.h"

#include "importer/cjk_text.h"
#include "importer/ocr_table_rows.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

bool IsStandInPunctuation(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '!' || c == '?' || c == '"';
}

char32_t CodePointEndingAt(const std::string& text, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t length = 0;
  const char32_t c = DecodeCodePoint(text, start, &length);
  return start + length == end ? c : 0;
}

// "<b>", "</b>", "<u>"… and "<del>…</del>" (with its text, into `removed`).
std::string WithoutTags(const std::string& line, std::string* removed) {
  static const char* const kInline[] = {"b", "i", "u", "s", "em", "strong", "sup", "sub", "span", "br", "strike"};
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    if (line.compare(i, 5, "<del>") == 0) {
      const size_t close = line.find("</del>", i);
      if (close != std::string::npos) {
        if (removed) *removed += line.substr(i + 5, close - i - 5);
        i = close + 6;
        continue;
      }
    }
    bool tag = false;
    if (line[i] == '<') {
      const size_t end = line.find('>', i);
      if (end != std::string::npos) {
        std::string name = line.substr(i + 1, end - i - 1);
        if (!name.empty() && name[0] == '/') name.erase(0, 1);
        for (const char* known : kInline) tag = tag || name == known;
        if (tag) i = end + 1;
      }
    }
    if (!tag) out += line[i++];
  }
  return out;
}

}  // namespace

std::string MendOcrSeams(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != ' ') {
      out += text[i++];
      continue;
    }
    size_t end = i;
    while (end < text.size() && text[end] == ' ') ++end;
    bool seam = false;
    if (end < text.size() && !out.empty()) {
      size_t length = 0;
      const char32_t after = DecodeCodePoint(text, end, &length);
      const char32_t before = CodePointEndingAt(out, out.size());
      const bool cjk_before = IsCjkCodePoint(before), cjk_after = IsCjkCodePoint(after);
      seam = (cjk_before && (cjk_after || IsStandInPunctuation(after))) ||
             (cjk_after && IsStandInPunctuation(before));
    }
    if (!seam) out.append(text, i, end - i);
    i = end;
  }
  return out;
}

std::string OcrLineToText(const std::string& line, std::string* removed) {
  std::string text = line;
  size_t hashes = 0;
  while (hashes < text.size() && text[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && hashes < text.size() && text[hashes] == ' ') text = text.substr(hashes + 1);
  // "- 1. 绩效目标…", "  - 3. …": list marks OCR put before paragraphs.
  const size_t indent = text.find_first_not_of(' ');
  if (indent != std::string::npos && text.compare(indent, 2, "- ") == 0 && text.find('\t') == std::string::npos) {
    text = text.substr(indent + 2);
  }
  text = WithoutTags(text, removed);
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t tab = text.find('\t', start);
    out += MendOcrSeams(text.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    out += '\t';
    start = tab + 1;
  }
  return out;
}

RecoveredDocument ReadOcrMarkdown(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  std::vector<SourceLine> lines;
  lines.reserve(document.lines.size());
  for (const SourceLine& line : document.lines) {
    std::string removed;
    std::string text = OcrLineToText(line.text, &removed);
    if (!removed.empty()) report.Repair(line.number, ImportWord(ImportWordId::kNoteOcrDel), "\"" + removed + "\"");
    if (text != line.text) report.Repair(line.number, ImportWord(ImportWordId::kNoteMarkdownMarks));
    lines.push_back({line.number, std::move(text)});
  }
  TextFormat format;
  format.table_rows = OcrTableRows;
  format.narrative.rejoin_paragraphs = true;
  format.narrative.table_rows = OcrTableRows;
  format.ocr = true;
  return ReadPerformanceDocument(document, lines, format, report, diagnostics);
}

}  // namespace gongkai
