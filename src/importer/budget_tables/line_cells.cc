#include "importer/budget_tables/line_cells.h"

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

std::vector<PlacedCell> SplitOnTabs(const SourceLine& line, bool keep_empty) {
  std::vector<PlacedCell> cells;
  size_t start = 0;
  int index = 0;
  while (true) {
    const size_t tab = line.text.find('\t', start);
    const std::string cell =
        TrimAscii(std::string_view(line.text).substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (keep_empty || !cell.empty()) {
      cells.push_back({cell, index, index + 1, line.number});
      ++index;
    }
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

struct Word {
  std::string text;
  int x = 0;
  int end = 0;
  int gap_before = 0;  // spaces before the word
};

// The line's space-separated words with their columns in characters.
std::vector<Word> Words(const std::string& text) {
  std::vector<Word> words;
  int column = 0;
  int spaces = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const char32_t c = DecodeCodePoint(text, i, &length);
    if (c == '\f') {  // a page break takes no room on the line
      i += length;
      continue;
    }
    if (c == ' ' || c == '\t' || c == U'\u3000') {
      ++spaces;
    } else {
      if (words.empty() || spaces > 0) words.push_back({"", column, column, spaces});
      words.back().text.append(text, i, length);
      words.back().end = column + 1;
      spaces = 0;
    }
    i += length;
    ++column;
  }
  return words;
}

}  // namespace

std::vector<PlacedCell> SplitTabRow(const SourceLine& line) { return SplitOnTabs(line, true); }

std::vector<PlacedCell> SplitParseRow(const SourceLine& line) { return SplitOnTabs(line, false); }

std::vector<PlacedCell> SplitLayoutRow(const SourceLine& line) {
  std::vector<PlacedCell> cells;
  bool previous_is_amount = false;
  for (const Word& word : Words(line.text)) {
    const bool amount = ParsePrintedAmount(word.text).has_value();
    const bool joins = !cells.empty() && word.gap_before == 1 && !amount && !previous_is_amount;
    if (joins) {
      cells.back().text += " " + word.text;
      cells.back().end = word.end;
    } else {
      cells.push_back({word.text, word.x, word.end, line.number});
    }
    previous_is_amount = amount;
  }
  return cells;
}

std::optional<Decimal> ParsePrintedAmount(std::string_view text) {
  std::string digits;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') digits += text[i++];
  size_t group = 0;      // digits since the last separator
  bool grouped = false;  // a separator was seen
  size_t integer_digits = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] == ',') {
      // "1,234" and "12,345,678": every group after the first has 3 digits.
      if (integer_digits == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    digits += text[i];
    ++group;
    ++integer_digits;
  }
  if (grouped && group != 3) return std::nullopt;
  digits.append(text.substr(i));
  return Decimal::Parse(digits);
}

bool IsDashPlaceholder(std::string_view text) {
  return text == "-" || text == "—" || text == "－" || text == "--" || text == "——" || text == "/";
}

}  // namespace gongkai
