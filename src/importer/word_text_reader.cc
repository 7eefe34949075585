#include "importer/word_text_reader.h"

#include "importer/cjk_text.h"
#include "importer/word_field_codes.h"
#include "importer/import_messages.h"

namespace gongkai {

std::vector<TableRow> WordTableRows(const std::vector<SourceLine>& body, ImportReport& report) {
  (void)report;  // Word keeps cells whole: nothing to repair
  std::vector<TableRow> rows;
  bool row_open = false;
  for (const SourceLine& line : body) {
    const std::string text = TrimAscii(line.text);
    // A lone tab is an empty cell; a line with nothing ends the row.
    const bool cell = !line.text.empty() && line.text[0] == '\t';
    if (!cell && text.empty()) {
      row_open = false;
      continue;
    }
    if (cell) {
      if (!row_open) rows.push_back({line.number, {}});
      row_open = true;
      rows.back().cells.push_back({text, line.number});
      continue;
    }
    // Without the tab: another paragraph of the cell above.
    if (rows.empty() || rows.back().cells.empty()) {
      rows.push_back({line.number, {{text, line.number}}});
    } else {
      std::string& cell = rows.back().cells.back().text;
      cell += (cell.empty() ? "" : "\n") + text;
    }
  }
  return rows;
}

RecoveredDocument ReadWordText(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  std::vector<SourceLine> lines;
  lines.reserve(document.lines.size());
  for (const SourceLine& line : document.lines) {
    std::string text = StripWordFieldCodes(line.text);
    if (text != line.text) report.Repair(line.number, ImportWord(ImportWordId::kNoteFieldCode));
    lines.push_back({line.number, std::move(text)});
  }
  TextFormat format;
  format.table_rows = WordTableRows;
  format.narrative.cells_on_lines = true;
  format.narrative.table_rows = WordTableRows;
  return ReadPerformanceDocument(document, lines, format, report, diagnostics);
}

}  // namespace gongkai
