#include "importer/read/layout_text_reader.h"

#include "importer/budget_tables/line_cells.h"

namespace gongkai {

LaidOutText LayOutText(const SourceDocument& document) {
  LaidOutText text;
  text.path = document.path;
  text.unit = "字符";
  int page = 1, row = 0;
  for (const SourceLine& line : document.lines) {
    // A form feed starts a page; it may open a line with text on it.
    for (char c : line.text) {
      if (c == '\f') ++page, row = 0;
    }
    ++row;
    LaidOutLine laid;
    laid.page = page;
    laid.row = row;
    laid.source_line = line.number;
    laid.top = line.number;
    laid.bottom = line.number + 1;
    // The form feed takes no place on the page: the line's columns count
    // from after it, as on the lines below.
    std::string clean;
    for (char c : line.text) {
      if (c != '\f') clean += c;
    }
    for (const PlacedCell& cell : SplitLayoutRow({line.number, clean})) {
      // Within a cell single spaces stay as the text has them.
      laid.words.push_back({cell.text, static_cast<double>(cell.x), static_cast<double>(cell.end),
                            static_cast<double>(line.number), static_cast<double>(line.number + 1), false});
    }
    text.lines.push_back(std::move(laid));
  }
  text.pages = page;
  return text;
}

bool LooksSpaceAligned(const SourceDocument& document) {
  size_t aligned = 0, tabbed = 0;
  for (const SourceLine& line : document.lines) {
    if (line.text.find('\t') != std::string::npos) ++tabbed;
    const size_t gap = line.text.find("   ");
    if (gap != std::string::npos && line.text.find_first_not_of(" \f") < gap &&
        line.text.find_first_not_of(' ', gap) != std::string::npos) {
      ++aligned;
    }
  }
  return aligned >= 20 && aligned > 4 * tabbed;
}

}  // namespace gongkai
