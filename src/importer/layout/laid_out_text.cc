#include "importer/layout/laid_out_text.h"

#include "importer/cjk_text.h"

namespace gongkai {

std::string LaidOutLine::Text() const {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += words[i - 1].space_after ? " " : "  ";
    text += words[i].text;
  }
  return text;
}

SourceLocation LaidOutText::At(size_t index) const {
  SourceLocation where;
  where.file = path;
  where.line = lines[index].source_line;
  where.source_line = lines[index].Text();
  if (unit == "pt") {  // a PDF: its page and row, not a running number
    where.page = lines[index].page;
    where.row_on_page = lines[index].row;
  }
  return where;
}

bool IsPageFurniture(const LaidOutText& text, size_t index) {
  const LaidOutLine& line = text.lines[index];
  const bool last_on_page = index + 1 == text.lines.size() || text.lines[index + 1].page != line.page;
  if (!last_on_page || line.words.size() > 3) return false;
  std::string digits;
  for (const PlacedWord& word : line.words) digits += WithoutSpaces(word.text);
  for (const char* mark : {"-", "—", "第", "页", "共"}) {
    for (size_t at = digits.find(mark); at != std::string::npos; at = digits.find(mark)) digits.erase(at, std::string(mark).size());
  }
  return !digits.empty() && digits.size() <= 4 && digits.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace gongkai
