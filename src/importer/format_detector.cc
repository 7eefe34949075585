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
  const std::string tally = std::to_string(counts.cell_lines) + " 行是以制表符缩进的单格，" +
                            std::to_string(counts.row_lines) + " 行是制表符分隔的表格行，" +
                            std::to_string(counts.field_codes) + " 行有 Word 域代码，" +
                            std::to_string(counts.markdown_lines) + " 行像 markdown 或 HTML";
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
    case DocumentFormat::kWordText: return "Word 文本（每格一行）";
    case DocumentFormat::kPdfText: return "PDF 文本（制表符分隔）";
    case DocumentFormat::kOcrMarkdown: return "OCR 识别的 markdown";
    case DocumentFormat::kDocx: return "Word 文件（.docx）";
    case DocumentFormat::kHtml: return "网页（HTML）";
    case DocumentFormat::kSpreadsheet: return "Excel 工作簿（.xlsx/.xls）";
    case DocumentFormat::kUnknown: break;
  }
  return "无法判断";
}

}  // namespace gongkai
