#include "importer/pdf_text_reader.h"

#include "importer/cell_repair.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {

std::vector<TableRow> PdfTableRows(const std::vector<SourceLine>& body, ImportReport& report) {
  std::vector<TableRow> rows;
  for (const SourceLine& line : body) {
    if (TrimAscii(line.text).empty()) continue;
    TableRow row{line.number, {}};
    bool mended = false;
    size_t start = 0;
    while (true) {
      const size_t tab = line.text.find('\t', start);
      const std::string cell = TrimAscii(line.text.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      const std::string whole = MendSplitCell(cell);
      mended = mended || whole != cell;
      row.cells.push_back({whole, line.number});
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (mended) report.Repair(line.number, ImportWord(ImportWordId::kNoteCellsSplitBySpace));
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

std::string WithoutMarkdownMarks(const std::string& text) {
  std::string out = text;
  for (size_t at = out.find("**"); at != std::string::npos; at = out.find("**", at)) out.erase(at, 2);
  // "- 1、…": a numbered paragraph the converter made a list item.
  const std::string trimmed = TrimAscii(out);
  if (StartsWith(trimmed, "- ") && trimmed.size() > 2) {
    const std::string rest = TrimAscii(trimmed.substr(2));
    if ((rest[0] >= '0' && rest[0] <= '9') || StartsWith(rest, "（") || StartsWith(rest, "(")) return rest;
  }
  return out;
}

}  // namespace

RecoveredDocument ReadPdfText(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  std::vector<SourceLine> lines;
  lines.reserve(document.lines.size());
  for (const SourceLine& line : document.lines) {
    std::string text = WithoutMarkdownMarks(line.text);
    if (text != line.text) report.Repair(line.number, ImportWord(ImportWordId::kNoteExtractionMarks));
    lines.push_back({line.number, std::move(text)});
  }
  TextFormat format;
  format.table_rows = PdfTableRows;
  format.narrative.rejoin_paragraphs = true;
  format.narrative.table_rows = PdfTableRows;
  return ReadPerformanceDocument(document, lines, format, report, diagnostics);
}

}  // namespace gongkai
