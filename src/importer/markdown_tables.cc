#include "importer/markdown_tables.h"

#include <algorithm>

#include "importer/markdown_paragraphs.h"

namespace gongkai {
namespace {

std::string EscapeCell(const std::string& text) {
  std::string flat;
  for (char c : text) flat += c == '\n' || c == '\t' ? ' ' : c;
  // Leading spaces would be dropped by the table anyway; trailing ones too.
  const size_t begin = flat.find_first_not_of(' ');
  if (begin == std::string::npos) return "";
  flat = flat.substr(begin, flat.find_last_not_of(' ') + 1 - begin);
  std::string out;
  for (char c : EscapeMarkdownParagraph(flat)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string Row(const std::vector<std::string>& cells, size_t columns) {
  std::string out = "|";
  for (size_t i = 0; i < columns; ++i) {
    const std::string cell = i < cells.size() ? EscapeCell(cells[i]) : "";
    out += " " + cell + (cell.empty() ? "|" : " |");
  }
  return out;
}

}  // namespace

std::string TableToMarkdown(const std::vector<std::vector<std::string>>& rows) {
  size_t columns = 1;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  std::string out = Row(rows[0], columns) + "\n|";
  for (size_t i = 0; i < columns; ++i) out += " --- |";
  for (size_t r = 1; r < rows.size(); ++r) out += "\n" + Row(rows[r], columns);
  return out;
}

}  // namespace gongkai
