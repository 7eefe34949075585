#include "importer/tables/row_cells.h"

#include <algorithm>
#include <limits>

#include "importer/budget_tables/line_cells.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"

namespace gongkai {
namespace {

bool AllDigits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

// Cost of `word` in `column`: the gap between their x-ranges, in widths of
// the word's line, plus a penalty when the kinds do not fit.
double Cost(const PlacedWord& word, WordKind kind, const HeaderColumn& column, ColumnRole role) {
  const double height = std::max(1.0, word.y1 - word.y0);
  const double gap = std::max(0.0, std::max(column.x0 - word.x1, word.x0 - column.x1));
  // Amounts are set flush right: the nearer their right edge to the
  // column's, the better, which tells apart two narrow neighbours.
  const double edge = kind == WordKind::kAmount ? std::abs(word.x1 - column.x1) * 0.1 : 0;
  double penalty = 0;
  if (role == ColumnRole::kRowNumber) {
    // A row's running number (序号) is digits: it takes nothing else.
    penalty = kind == WordKind::kCode ? 0 : 1e4;
  } else {
    switch (kind) {
      case WordKind::kAmount: penalty = role == ColumnRole::kAmount ? 0 : 1e4; break;
      case WordKind::kCode: penalty = role == ColumnRole::kCode ? 0 : role == ColumnRole::kAmount ? 5 : 1e4; break;
      case WordKind::kText: penalty = role == ColumnRole::kText ? 0 : role == ColumnRole::kCode ? 1e3 : 1e3; break;
    }
  }
  return gap / height + edge / height + penalty;
}

}  // namespace

std::string LineCompact(const LaidOutLine& line) {
  std::string text;
  for (const PlacedWord& word : line.words) text += Compact(word.text);
  return text;
}

WordKind KindOfWord(const std::string& text) {
  const std::string t = TrimAscii(text);
  if (AllDigits(t) && t.size() <= 7) return WordKind::kCode;
  if (ParsePrintedAmount(t) || IsDashPlaceholder(t)) return WordKind::kAmount;
  return WordKind::kText;
}

std::vector<size_t> PlaceWords(const std::vector<PlacedWord>& words, const std::vector<HeaderColumn>& columns,
                               const std::vector<ColumnRole>& roles) {
  const size_t n = words.size(), m = columns.size();
  std::vector<size_t> placed(n, 0);
  if (n == 0 || m == 0) return placed;
  const double kInf = std::numeric_limits<double>::infinity();
  // best[i][j]: least cost of words 0..i with word i in column j.
  std::vector<std::vector<double>> best(n, std::vector<double>(m, kInf));
  std::vector<std::vector<size_t>> from(n, std::vector<size_t>(m, 0));
  std::vector<WordKind> kinds;
  for (const PlacedWord& word : words) kinds.push_back(KindOfWord(word.text));
  for (size_t j = 0; j < m; ++j) best[0][j] = Cost(words[0], kinds[0], columns[j], roles[j]);
  for (size_t i = 1; i < n; ++i) {
    for (size_t j = 0; j < m; ++j) {
      const double cost = Cost(words[i], kinds[i], columns[j], roles[j]);
      // The previous word sits left of this column, or in it when the
      // column takes several words (text, codes).
      const bool shared = roles[j] != ColumnRole::kAmount;
      for (size_t k = 0; k < m && (k < j || (shared && k == j)); ++k) {
        if (best[i - 1][k] + cost < best[i][j]) {
          best[i][j] = best[i - 1][k] + cost;
          from[i][j] = k;
        }
      }
    }
  }
  size_t j = static_cast<size_t>(std::min_element(best[n - 1].begin(), best[n - 1].end()) - best[n - 1].begin());
  if (best[n - 1][j] == kInf) {
    // More amounts than amount columns: nearest column each, in order.
    for (size_t i = 0; i < n; ++i) {
      double least = kInf;
      for (size_t c = 0; c < m; ++c) {
        const double cost = Cost(words[i], kinds[i], columns[c], roles[c]);
        if (cost < least) least = cost, placed[i] = c;
      }
    }
    return placed;
  }
  for (size_t i = n; i-- > 0;) {
    placed[i] = j;
    j = from[i][j];
  }
  return placed;
}

std::vector<PlacedWord> SplitFusedCode(const PlacedWord& word) {
  const std::string& text = word.text;
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits < 2 || digits > 7 || digits == text.size()) return {word};
  const std::string rest = text.substr(digits);
  // A name starts with a Han character ("行政单位医疗"), not with a decimal
  // point, a separator or a unit ("12.5", "2021年").
  size_t length = 1;
  const char32_t first = DecodeCodePoint(rest, 0, &length);
  if (first < 0x4E00 || first > 0x9FFF || StartsWith(rest, "年") || StartsWith(rest, "月") || StartsWith(rest, "个")) return {word};
  size_t characters = 0;
  for (size_t i = 0; i < rest.size(); i += length, ++characters) DecodeCodePoint(rest, i, &length);
  const double share = static_cast<double>(digits) / static_cast<double>(digits + characters * 2);
  const double cut = word.x0 + (word.x1 - word.x0) * share;
  PlacedWord code = word, name = word;
  code.text = text.substr(0, digits);
  code.x1 = cut;
  code.space_after = true;
  name.text = rest;
  name.x0 = cut;
  return {code, name};
}

}  // namespace gongkai
