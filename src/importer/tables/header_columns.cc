#include "importer/tables/header_columns.h"

#include <algorithm>
#include <cmath>

#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/tables/table_vocabulary.h"

namespace gongkai {
namespace {

struct HeaderWord {
  std::string text;  // compact
  double x0, x1, top, height;
  int line;
  bool group = false;
  double region_from = 0, region_to = 0;  // the stretch a group heads
  bool used = false;
};

size_t CodePoints(const std::string& text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    DecodeCodePoint(text, i, &length);
    i += length;
    ++count;
  }
  return count;
}

// Words of one header line, letter-spaced pieces joined: two short words
// closer than three of their characters' widths are one label ("金 额").
std::vector<HeaderWord> LineWords(const LaidOutLine& line, int index) {
  std::vector<HeaderWord> words;
  for (const PlacedWord& word : line.words) {
    const std::string compact = Compact(word.text);
    if (compact.empty() || IsTableMetaWord(compact)) continue;
    const double height = std::max(1.0, word.y1 - word.y0);
    if (!words.empty()) {
      HeaderWord& last = words.back();
      const bool short_pair = CodePoints(last.text) <= 2 && CodePoints(compact) <= 2;
      const double char_width = (last.x1 - last.x0) / std::max<size_t>(1, CodePoints(last.text));
      if (short_pair && word.x0 - last.x1 < 3 * std::max(char_width, 0.6 * height)) {
        last.text += compact;
        last.x1 = word.x1;
        continue;
      }
    }
    words.push_back({compact, word.x0, word.x1, word.y0, height, index});
  }
  return words;
}

double Centre(const HeaderWord& word) { return (word.x0 + word.x1) / 2; }

// Two words on one header row: their tops within a quarter of a line.
bool SameRow(const HeaderWord& a, const HeaderWord& b) {
  return std::abs(a.top - b.top) < 0.25 * std::min(a.height, b.height);
}

bool Overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0) > 0; }

}  // namespace

std::vector<HeaderColumn> ReadHeaderColumns(const std::vector<const LaidOutLine*>& header) {
  std::vector<HeaderWord> words;
  for (size_t i = 0; i < header.size(); ++i) {
    for (HeaderWord& word : LineWords(*header[i], static_cast<int>(i))) words.push_back(std::move(word));
  }
  // Group headers: a word with two or more separate words below it, in the
  // stretch of the header that is its own: up to the midpoints to its
  // neighbours on its row (or on, where a side has none) or, when it stands
  // alone there, half its width beyond each end (a centred group label is
  // narrower than the columns it heads: 公务用车购置及运行费 over 小计,
  // 购置费, 运行费).
  for (HeaderWord& word : words) {
    const double half = (word.x1 - word.x0) / 2;
    double from = word.x0 - half, to = word.x1 + half;
    bool neighbours = false;
    double left = -1e18, right = 1e18;
    for (const HeaderWord& other : words) {
      if (&other == &word || !SameRow(other, word)) continue;
      neighbours = true;
      if (Centre(other) < Centre(word)) left = std::max(left, (other.x1 + word.x0) / 2);
      if (Centre(other) > Centre(word)) right = std::min(right, (word.x1 + other.x0) / 2);
    }
    if (neighbours) from = left, to = right;
    std::vector<const HeaderWord*> below;
    for (const HeaderWord& other : words) {
      if (other.top < word.top + 0.5 * word.height) continue;
      const double centre = Centre(other);
      if (centre < from || centre > to) continue;
      bool separate = true;
      for (const HeaderWord* seen : below) separate = separate && !Overlap(seen->x0, seen->x1, other.x0, other.x1);
      if (separate) below.push_back(&other);
    }
    // A group heads columns on both sides of its middle; a label whose
    // neighbours' columns happen to reach under it (公务接待费 beside 公务用车…)
    // has words below on one side only.
    bool left_side = false, right_side = false;
    for (const HeaderWord* child : below) {
      left_side = left_side || child->x0 <= Centre(word);
      right_side = right_side || child->x1 >= Centre(word);
    }
    word.group = below.size() >= 2 && left_side && right_side;
    word.region_from = from;
    word.region_to = to;
  }
  // Column labels: stacks of overlapping non-group words, top to bottom.
  std::vector<HeaderColumn> columns;
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].group || words[i].used) continue;
    HeaderColumn column{words[i].x0, words[i].x1, {}};
    std::vector<HeaderWord*> stack = {&words[i]};
    words[i].used = true;
    for (bool grew = true; grew;) {
      grew = false;
      for (HeaderWord& other : words) {
        if (other.group || other.used || !Overlap(column.x0, column.x1, other.x0, other.x1)) continue;
        other.used = true;
        stack.push_back(&other);
        column.x0 = std::min(column.x0, other.x0);
        column.x1 = std::max(column.x1, other.x1);
        grew = true;
      }
    }
    std::stable_sort(stack.begin(), stack.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->line < b->line; });
    std::string label;
    for (const HeaderWord* word : stack) label += word->text;
    // Groups above the column, top first.
    std::vector<const HeaderWord*> groups;
    for (const HeaderWord& word : words) {
      if (word.group && word.top < stack.front()->top && word.region_from <= (column.x0 + column.x1) / 2 &&
          (column.x0 + column.x1) / 2 <= word.region_to) {
        groups.push_back(&word);
      }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->line < b->line; });
    for (const HeaderWord* group : groups) column.path.push_back(group->text);
    column.path.push_back(label);
    columns.push_back(std::move(column));
  }
  std::stable_sort(columns.begin(), columns.end(),
                   [](const HeaderColumn& a, const HeaderColumn& b) { return a.x0 + a.x1 < b.x0 + b.x1; });
  return columns;
}

}  // namespace gongkai
