#include "importer/layout/line_grouping.h"

#include <algorithm>

namespace gongkai {
namespace {

// Against the line's first word, not the union of its words: a header of
// cells set at slightly different heights would otherwise chain into one
// line ("小计" at 227.9, "费" at 240.9, "置费" at 243.2).
bool ShareBaseline(const PlacedWord& first, const PlacedWord& word) {
  const double overlap = std::min(first.y1, word.y1) - std::max(first.y0, word.y0);
  const double smaller = std::min(first.y1 - first.y0, word.y1 - word.y0);
  return smaller > 0 && overlap > 0.5 * smaller;
}

}  // namespace

std::vector<LaidOutLine> GroupIntoLines(std::vector<PlacedWord> words, int page) {
  // Top to bottom, then left to right; stable so equal boxes keep file order.
  std::stable_sort(words.begin(), words.end(), [](const PlacedWord& a, const PlacedWord& b) {
    const double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
    return ca < cb;
  });
  std::vector<LaidOutLine> lines;
  for (PlacedWord& word : words) {
    // Only the few latest lines can still take a word of this height.
    LaidOutLine* home = nullptr;
    for (size_t i = lines.size(); i-- > 0 && i + 4 > lines.size();) {
      if (ShareBaseline(lines[i].words.front(), word)) {
        home = &lines[i];
        break;
      }
    }
    if (!home) {
      lines.push_back(LaidOutLine{});
      home = &lines.back();
      home->page = page;
      home->top = word.y0;
      home->bottom = word.y1;
    }
    home->top = std::min(home->top, word.y0);
    home->bottom = std::max(home->bottom, word.y1);
    home->words.push_back(std::move(word));
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const LaidOutLine& a, const LaidOutLine& b) { return a.top + a.bottom < b.top + b.bottom; });
  int row = 0;
  for (LaidOutLine& line : lines) {
    line.row = ++row;
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const PlacedWord& a, const PlacedWord& b) { return a.x0 < b.x0; });
  }
  return lines;
}

}  // namespace gongkai
