#include "importer/narrative_sections.h"

#include "importer/cjk_text.h"
#include "importer/markdown_paragraphs.h"
#include "importer/markdown_tables.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

bool IsTableLine(const SourceLine& line, const NarrativeLayout& layout) {
  if (layout.cells_on_lines) return !line.text.empty() && line.text[0] == '\t';
  return TrimAscii(line.text).find('\t') != std::string::npos;
}

bool EndsSentence(const std::string& text) {
  for (const char* end : {"。", "；", "！", "？", "：", "”", "）", "」", "】", ")", ".", ";", ":", "!", "?"}) {
    if (EndsWith(text, end)) return true;
  }
  return false;
}

// "1、", "（二）", "一、", "第…", "注：": the start of an item of its own.
bool StartsItem(const std::string& text) {
  if (text.empty()) return true;
  if ((text[0] >= '0' && text[0] <= '9') || text[0] == '(' || text[0] == '-') return true;
  for (const char* start : {"（", "第", "注", "其中"}) {
    if (StartsWith(text, start)) return true;
  }
  return WithoutChineseNumbering(text).size() != text.size();
}

struct Piece {
  bool table = false;
  std::vector<SourceLine> lines;
};

std::vector<Piece> SplitPieces(const std::vector<SourceLine>& body, const NarrativeLayout& layout) {
  std::vector<Piece> pieces;
  bool after_cell = false;  // the previous line was a table cell, with no blank line between
  for (size_t i = 0; i < body.size(); ++i) {
    const SourceLine& line = body[i];
    const bool blank = TrimAscii(line.text).empty();
    const bool in_table = !pieces.empty() && pieces.back().table;
    if (blank) {
      // A blank line inside a table when the table goes on after it.
      size_t next = i + 1;
      while (next < body.size() && TrimAscii(body[next].text).empty()) ++next;
      if (in_table && next < body.size() && IsTableLine(body[next], layout)) pieces.back().lines.push_back(line);
      after_cell = false;
      continue;
    }
    if (IsTableLine(line, layout) || (layout.cells_on_lines && in_table && after_cell)) {
      if (!in_table) pieces.push_back({true, {}});
      pieces.back().lines.push_back(line);
      after_cell = true;
      continue;
    }
    pieces.push_back({false, {{line.number, TrimAscii(line.text)}}});
    after_cell = false;
  }
  return pieces;
}

}  // namespace

NarrativeContents ReadNarrative(const OutlineBlock& block, const NarrativeLayout& layout,
                                const SourceDocument& document, ImportReport& report) {
  NarrativeContents contents;
  std::vector<std::string> markdown;
  std::string paragraph;  // a paragraph being joined over a page break
  int paragraph_line = 0;
  const auto flush = [&]() {
    if (!paragraph.empty()) markdown.push_back(EscapeMarkdownParagraph(paragraph));
    paragraph.clear();
  };
  for (const Piece& piece : SplitPieces(block.body, layout)) {
    if (!piece.table) {
      const std::string& text = piece.lines[0].text;
      constexpr size_t kFullLine = 30 * 3;  // a line the page broke is a long one
      if (layout.rejoin_paragraphs && !paragraph.empty() && paragraph.size() >= kFullLine &&
          !EndsSentence(paragraph) && !StartsItem(text)) {
        report.Repair(piece.lines[0].number, ImportWord(ImportWordId::kNoteParagraphRejoined),
                      ImportWord(ImportWordId::kNoteLinesAnd, {std::to_string(paragraph_line), std::to_string(piece.lines[0].number)}));
        paragraph += text;
        continue;
      }
      flush();
      paragraph = text;
      paragraph_line = piece.lines[0].number;
      continue;
    }
    flush();
    std::vector<std::vector<std::string>> cells;
    std::vector<int> lines;
    for (const TableRow& row : layout.table_rows(piece.lines, report)) {
      std::vector<std::string> texts;
      bool any = false;
      for (const TableCell& cell : row.cells) {
        texts.push_back(cell.text);
        any = any || !TrimAscii(cell.text).empty();
      }
      if (!any) continue;  // an empty row of the table (Word prints one under a header)
      cells.push_back(texts);
      lines.push_back(row.line);
    }
    if (cells.empty()) continue;
    const std::vector<UnitTableRow> units = ReadUnitTable(cells, lines);
    contents.unit_rows.insert(contents.unit_rows.end(), units.begin(), units.end());
    // Rows over the header that fill only a cell or two of a wider table
    // are its caption, unit and date lines ("截止时间：2020年12月31日"): text.
    size_t width = 0;
    for (const auto& row : cells) width = std::max(width, row.size());
    while (cells.size() > 1) {
      std::string caption;
      size_t filled = 0;
      for (const std::string& text : cells[0]) {
        if (TrimAscii(text).empty()) continue;
        ++filled;
        caption += (caption.empty() ? "" : " ") + TrimAscii(text);
      }
      if (width < 2 || filled * 2 >= width || filled > 2) break;
      markdown.push_back(EscapeMarkdownParagraph(caption));
      cells.erase(cells.begin());
    }
    markdown.push_back(TableToMarkdown(cells));
  }
  flush();
  Section& section = contents.section;
  section.id = block.section_id;
  section.title = block.title;
  for (const std::string& part : markdown) section.markdown += (section.markdown.empty() ? "" : "\n\n") + part;
  section.origin = document.At(block.heading.number);
  return contents;
}

}  // namespace gongkai
