#include "importer/format_detector.h"

#include <algorithm>

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

struct LineCounts {
  int cell_lines = 0;      // "\t<one cell>": Word's one cell per line
  int row_lines = 0;       // two or more tabs: a PDF table row
  int markdown_lines = 0;  // "# heading", "<td>", "<b>"
  int field_codes = 0;     // "TC … \l 1"
};

bool IsMarkdownLine(const std::string& text) {
  if (StartsWith(text, "# ") || StartsWith(text, "##")) return true;
  for (const char* tag : {"<table", "<td", "<tr", "<b>", "</b>", "<del>"}) {
    if (text.find(tag) != std::string::npos) return true;
  }
  return false;
}

LineCounts CountLines(const std::vector<SourceLine>& lines) {
  LineCounts counts;
  for (const SourceLine& line : lines) {
    const std::string& text = line.text;
    const auto tabs = std::count(text.begin(), text.end(), '\t');
    if (tabs == 1 && text[0] == '\t') ++counts.cell_lines;
    if (tabs >= 2) ++counts.row_lines;
    if (IsMarkdownLine(text)) ++counts.markdown_lines;
    if (text.find("TC ") != std::string::npos && text.find("\\l ") != std::string::npos) ++counts.field_codes;
  }
  return counts;
}

}  // namespace

DetectedFormat DetectDocumentFormat(const std::vector<SourceLine>& lines) {
  const LineCounts counts = CountLines(lines);
  const std::string tally = std::to_string(counts.cell_lines) + " lines hold one tab-indented cell, " +
                            std::to_string(counts.row_lines) + " lines hold tab-separated rows, " +
                            std::to_string(counts.field_codes) + " lines carry Word field codes, " +
                            std::to_string(counts.markdown_lines) + " lines look like markdown or HTML";
  // Markdown first: OCR output also has tab-separated rows.
  if (counts.markdown_lines >= 3) return {DocumentFormat::kOcrMarkdown, tally};
  // A few tab rows can occur in Word text (a table of contents); a Word
  // table, cell by cell, gives many more single-cell lines than that.
  if (counts.cell_lines >= 20 && counts.cell_lines > 2 * counts.row_lines) {
    return {DocumentFormat::kWordText, tally};
  }
  if (counts.row_lines >= 10) return {DocumentFormat::kPdfText, tally};
  return {DocumentFormat::kUnknown, tally};
}

const char* DocumentFormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kWordText: return "Word text";
    case DocumentFormat::kPdfText: return "PDF text";
    case DocumentFormat::kOcrMarkdown: return "OCR markdown";
    case DocumentFormat::kDocx: return "Word .docx";
    case DocumentFormat::kHtml: return "HTML";
    case DocumentFormat::kSpreadsheet: return "Excel 工作簿";
    case DocumentFormat::kUnknown: break;
  }
  return "unknown";
}

}  // namespace gongkai
