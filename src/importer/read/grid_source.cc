#include "importer/read/grid_source.h"

#include "importer/cjk_text.h"
#include "importer/layout/grid_layout.h"
#include "importer/word_text_lines.h"

namespace gongkai {
namespace {

bool EndsWithCjk(const std::string& text) {
  if (text.empty()) return false;
  size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t length = 0;
  return IsCjkCodePoint(DecodeCodePoint(text, start, &length));
}

bool StartsWithCjk(const std::string& text) {
  size_t length = 0;
  return !text.empty() && IsCjkCodePoint(DecodeCodePoint(text, 0, &length));
}

std::vector<GridCell> GridCells(const SourceBlock& block) {
  std::vector<GridCell> cells;
  for (const SourceCell& cell : block.cells) {
    if (cell.covered) continue;
    cells.push_back({CellLine(cell.paragraphs), cell.column, cell.columns});
  }
  return cells;
}

// .docx and HTML: the Word text lines, and the grid lines numbered by them.
void AsWordText(const GridSource& source, GridDocument& grid, SourceDocument& document) {
  WordTextLines lines;
  for (const SourceBlock& block : source.blocks) {
    if (block.kind == SourceBlock::Kind::kParagraph) {
      const int first = lines.next_line();
      lines.Paragraph(block.text);
      const std::vector<std::string> pieces = SplitTextLines(block.text);
      for (size_t i = 0; i < pieces.size(); ++i) {
        GridLine line;
        line.cells = {{pieces[i], 0, 1}};
        line.centred = block.centred;
        line.source_line = first + static_cast<int>(i);
        grid.lines.push_back(std::move(line));
      }
      continue;
    }
    GridLine line;
    line.kind = GridLine::Kind::kTableRow;
    line.cells = GridCells(block);
    line.source_line = lines.next_line();
    std::vector<std::vector<std::string>> cells;
    for (const SourceCell& cell : block.cells) cells.push_back(cell.covered ? std::vector<std::string>{} : cell.paragraphs);
    lines.Row(cells);
    grid.lines.push_back(std::move(line));
  }
  document.lines = lines.Take();
}

// Spreadsheets: a line per sheet row, numbered on through the sheets.
void AsSheetRows(const GridSource& source, GridDocument& grid, SourceDocument& document) {
  for (const SourceBlock& block : source.blocks) {
    GridLine line;
    line.kind = block.kind == SourceBlock::Kind::kTableRow ? GridLine::Kind::kTableRow : GridLine::Kind::kParagraph;
    line.cells = block.kind == SourceBlock::Kind::kTableRow ? GridCells(block) : std::vector<GridCell>{{block.text, 0, 1}};
    line.centred = block.centred;
    line.page = block.page;
    line.row = block.row;
    line.source_line = static_cast<int>(document.lines.size()) + 1;
    std::string text;
    for (size_t i = 0; i < line.cells.size(); ++i) text += (i ? "\t" : "") + line.cells[i].text;
    document.lines.push_back({line.source_line, text});
    grid.lines.push_back(std::move(line));
  }
}

}  // namespace

std::string CellLine(const std::vector<std::string>& paragraphs) {
  std::string line;
  for (const std::string& paragraph : paragraphs) {
    for (const std::string& piece : SplitTextLines(paragraph)) {
      if (!line.empty() && !(EndsWithCjk(line) && StartsWithCjk(piece))) line += ' ';
      line += piece;
    }
  }
  return line;
}

SourceDocument GridSourceDocument(const std::string& path, SourceKind kind, const GridSource& source,
                                  GridLineForm form, const std::string& lines_are) {
  SourceDocument document;
  document.path = path;
  document.kind = kind;
  document.lines_are = lines_are;
  document.reader_notes = source.notes;
  GridDocument grid;
  grid.path = path;
  if (form == GridLineForm::kWordText) {
    AsWordText(source, grid, document);
  } else {
    AsSheetRows(source, grid, document);
  }
  document.layout = std::make_shared<const LaidOutText>(GridToLaidOutText(grid));
  return document;
}

}  // namespace gongkai
