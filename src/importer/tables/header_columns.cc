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
  bool bounded = false;                   // set by neighbours on its row, not guessed
  bool used = false;
};

// Words of one header line, letter-spaced pieces joined: two short words
// closer than three of their characters' widths are one label ("金 额"),
// and two characters of a known header word further apart.
std::vector<HeaderWord> LineWords(const LaidOutLine& line, int index) {
  std::vector<HeaderWord> words;
  for (const PlacedWord& word : line.words) {
    const std::string compact = Compact(word.text);
    if (compact.empty() || IsTableMetaWord(compact)) continue;
    const double height = std::max(1.0, word.y1 - word.y0);
    if (!words.empty()) {
      HeaderWord& last = words.back();
      const bool short_pair = CodePointCount(last.text) <= 2 && CodePointCount(compact) <= 2;
      const double char_width = (last.x1 - last.x0) / std::max<size_t>(1, CodePointCount(last.text));
      const double gap = word.x0 - last.x1;
      const double width = std::max(char_width, 0.6 * height);
      // Wider apart only where the two characters make a header word the
      // vocabulary knows ("金        额" across its cell in layout text).
      const bool spaced_word = CodePointCount(last.text) == 1 && CodePointCount(compact) == 1 &&
                               IsLetterSpacedHeaderWord(last.text + compact) && gap <= 12 * width;
      if (short_pair && (gap <= 3 * width || spaced_word)) {
        last.text += compact;
        last.x1 = word.x1;
        continue;
      }
    }
    // A header cut by a page break goes on at the top of the next page.
    const double top = word.y0 + 1e5 * line.page;
    words.push_back({compact, word.x0, word.x1, top, height, index});
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
  // Top rows first, so that a group's own stretch is known before the
  // groups under it are bounded by it.
  std::vector<HeaderWord*> by_top;
  for (HeaderWord& word : words) by_top.push_back(&word);
  std::stable_sort(by_top.begin(), by_top.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->top < b->top; });
  for (HeaderWord* pointer : by_top) {
    HeaderWord& word = *pointer;
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
    // Within the group above it (功能分类 under 支出 never reaches 收入's columns).
    // (Only a stretch its neighbours bound is sure enough to bound others.)
    for (const HeaderWord& parent : words) {
      if (!parent.group || !parent.bounded || parent.top + 0.5 * parent.height > word.top) continue;
      if (Centre(word) < parent.region_from || Centre(word) > parent.region_to) continue;
      from = std::max(from, parent.region_from);
      to = std::min(to, parent.region_to);
    }
    // The words below in that stretch; of them, the most that stand apart
    // (a nested group and the labels under it count once).
    std::vector<const HeaderWord*> candidates;
    for (const HeaderWord& other : words) {
      if (other.top < word.top + 0.5 * word.height) continue;
      const double centre = Centre(other);
      if (centre < from || centre > to) continue;
      candidates.push_back(&other);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const HeaderWord* a, const HeaderWord* b) { return a->x1 < b->x1; });
    std::vector<const HeaderWord*> below;
    for (const HeaderWord* other : candidates) {
      if (below.empty() || other->x0 >= below.back()->x1) below.push_back(other);
    }
    // A label wrapped in its cell goes on right under itself, centred
    // ("国（境）" over "费"): such a word is a label, not a group.
    bool continued = false;
    for (const HeaderWord* other : candidates) {
      const double wider = std::max(word.x1 - word.x0, other->x1 - other->x0);
      if (std::abs(Centre(*other) - Centre(word)) > 0.2 * wider + 1) continue;
      // One line pitch below (a wrapped cell's lines are 1.3 to 1.6 heights
      // apart; a label under a group sits further down: 支出用途 under 支出),
      // and not itself a label that heads a side.
      if (other->top > word.top + 1.7 * word.height || IsSideGroupLabel(other->text)) continue;
      // …and nothing beside it on its row under the word (公务用车购 and
      // 公务用车运 under 公务用车购置及运行维护费 are two columns).
      bool alone = true;
      for (const HeaderWord* rival : candidates) {
        const double centre = Centre(*rival);
        alone = alone && (rival == other || !SameRow(*rival, *other) || centre < word.x0 || centre > word.x1);
      }
      continued = continued || alone;
    }
    // A group heads columns on both sides of its middle; a label whose
    // neighbours' columns happen to reach under it (公务接待费 beside 公务用车…)
    // has words below on one side only.
    bool left_side = false, right_side = false;
    for (const HeaderWord* child : below) {
      left_side = left_side || child->x0 <= Centre(word);
      right_side = right_side || child->x1 >= Centre(word);
    }
    word.group = !continued && below.size() >= 2 && left_side && right_side;
    word.region_from = from;
    word.region_to = to;
    word.bounded = neighbours;
  }
  // Column labels: stacks of overlapping non-group words, top to bottom.
  struct Stack {
    HeaderColumn column;
    double top;
  };
  std::vector<Stack> stacks;
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
    column.path.push_back(label);
    stacks.push_back({std::move(column), stack.front()->top});
  }
  std::stable_sort(stacks.begin(), stacks.end(), [](const Stack& a, const Stack& b) {
    return a.column.x0 + a.column.x1 < b.column.x0 + b.column.x1;
  });
  const auto centre_of = [](const HeaderColumn& column) { return (column.x0 + column.x1) / 2; };
  // The columns each group heads. Bounded by its neighbours, its stretch is
  // sure. Alone on its row, it heads the columns reaching under its own
  // words (公务用车购置及运行维护费 over 小计 … 运行维护费), and, where that
  // is one column, the nearest on each side at the same distance: a label
  // narrower than the columns it is centred on (公务用车购置及运行费 over
  // 小计, 购置费, 运行费).
  std::vector<std::vector<const HeaderWord*>> groups_of(stacks.size());
  for (const HeaderWord& word : words) {
    if (!word.group) continue;
    std::vector<size_t> covered;
    for (size_t c = 0; c < stacks.size(); ++c) {
      if (stacks[c].top <= word.top) continue;
      const double centre = centre_of(stacks[c].column);
      if (centre < word.region_from || centre > word.region_to) continue;
      if (word.bounded || Overlap(word.x0, word.x1, stacks[c].column.x0, stacks[c].column.x1)) covered.push_back(c);
    }
    if (!word.bounded && covered.size() == 1) {
      const size_t only = covered[0];
      if (only > 0 && only + 1 < stacks.size()) {
        const double left = Centre(word) - centre_of(stacks[only - 1].column);
        const double right = centre_of(stacks[only + 1].column) - Centre(word);
        if (left > 0 && right > 0 && std::abs(left - right) < 0.25 * std::max(left, right)) {
          covered = {only - 1, only, only + 1};
        }
      }
    }
    for (size_t c : covered) groups_of[c].push_back(&word);
  }
  std::vector<HeaderColumn> columns;
  for (size_t c = 0; c < stacks.size(); ++c) {
    std::vector<const HeaderWord*>& groups = groups_of[c];
    std::stable_sort(groups.begin(), groups.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->top < b->top; });
    HeaderColumn column = stacks[c].column;
    std::vector<std::string> path;
    for (const HeaderWord* group : groups) path.push_back(group->text);
    path.push_back(column.path.back());
    column.path = path;
    columns.push_back(std::move(column));
  }
  return columns;
}

}  // namespace gongkai
