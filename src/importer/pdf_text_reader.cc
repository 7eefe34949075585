#include "importer/pdf_text_reader.h"

#include "importer/cell_repair.h"
#include "importer/cjk_text.h"

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
    if (mended) report.Repair(line.number, "cells split by a space rejoined");
    rows.push_back(std::move(row));
  }
  return rows;
}

RecoveredDocument ReadPdfText(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  return ReadPerformanceDocument(document, document.lines, PdfTableRows, report, diagnostics);
}

}  // namespace gongkai
