#include "importer/tables/header_columns.h"

#include <algorithm>
#include <cmath>

#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/tables/row_cells.h"
#include "importer/tables/table_vocabulary.h"

namespace gongkai {
namespace {

struct HeaderWord {
  std::string text;  // compact
  double x0, x1, top, height;
  int line;
  bool whole_cell = false;  // a grid's cell entire (layout/laid_out_text.h)
  bool group = false;
  double region_from = 0, region_to = 0;  // the stretch a group heads
  bool bounded = false;                   // set by neighbours on its row, not guessed
  bool used = false;
};

// Words of one header line, letter-spaced pieces joined: two short words
// closer than three of their characters' widths are one label ("金 额"),
// and two characters of a known header word further apart.
//
// Two labels a single space apart are two labels where both are words of
// three characters or more: character columns leave one space between
// cells whose labels nearly touch (政府性基金预算 国有资本经营预算); a
// label of its own never holds a space, a letter-spaced one only between
// single characters.
std::vector<PlacedWord> SpaceSeparatedLabels(const PlacedWord& word) {
  std::vector<std::string> pieces;
  size_t start = 0;
  while (start <= word.text.size()) {
    const size_t space = word.text.find(' ', start);
    pieces.push_back(word.text.substr(start, space == std::string::npos ? std::string::npos : space - start));
    if (space == std::string::npos) break;
    start = space + 1;
  }
  size_t total = 0;
  for (const std::string& piece : pieces) {
    if (CodePointCount(Compact(piece)) < 3 || KindOfWord(Compact(piece)) != WordKind::kText) return {word};
    total += CodePointCount(piece);
  }
  if (pieces.size() < 2) return {word};
  std::vector<PlacedWord> labels;
  size_t before = 0;
  const double per_point = (word.x1 - word.x0) / static_cast<double>(total + pieces.size() - 1);
  for (const std::string& piece : pieces) {
    PlacedWord label = word;
    label.text = piece;
    label.x0 = word.x0 + per_point * static_cast<double>(before);
    label.x1 = label.x0 + per_point * static_cast<double>(CodePointCount(piece));
    before += CodePointCount(piece) + 1;
    labels.push_back(std::move(label));
  }
  return labels;
}

std::vector<HeaderWord> LineWords(const LaidOutLine& line, int index) {
  std::vector<PlacedWord> labels;
  for (const PlacedWord& word : line.words) {
    for (PlacedWord& label : SpaceSeparatedLabels(word)) labels.push_back(std::move(label));
  }
  std::vector<HeaderWord> words;
  for (const PlacedWord& word : labels) {
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
      // Two cells of a grid are two labels, however short (序号 beside 收入).
      const bool two_cells = word.whole_cell && last.whole_cell;
      if (short_pair && !two_cells && (gap <= 3 * width || spaced_word)) {
        last.text += compact;
        last.x1 = word.x1;
        continue;
      }
    }
    // A header cut by a page break goes on at the top of the next page.
    const double top = word.y0 + 1e5 * line.page;
    words.push_back({compact, word.x0, word.x1, top, height, index, word.whole_cell});
  }
  return words;
}

double Centre(const HeaderWord& word) { return (word.x0 + word.x1) / 2; }

// Two words on one header row: their tops within a quarter of a line.
bool SameRow(const HeaderWord& a, const HeaderWord& b) {
  return std::abs(a.top - b.top) < 0.25 * std::min(a.height, b.height);
}

bool Overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0) > 0; }

// `lower` is the next line of `upper`'s wrapped cell: centred under it,
// within a wrapped cell's line pitch below, and not wider than `upper` by
// more than a character. A cell's text breaks where its first line is
// full, so later lines are no longer (one character more where a bracket
// may not end a line: 因公出 / 国（境）); a wider line under a label is a
// label it heads (“三公”经费 over 公务用车购置及运行维护费).
//
// …and nothing else on its row stands under `upper` or within the reach of
// a label alone on its row (公务用车 and 公务用车运 under 公务用车购置及运行
// 维护费 are two columns it heads; in character columns 公务用车运 starts
// past the label's end).
bool IsWrappedLine(const HeaderWord& lower, const HeaderWord& upper, const std::vector<HeaderWord>& words,
                   const HeaderGeometry& geometry) {
  // Two cells of a grid are two cells, one above the other or not.
  if (lower.whole_cell && upper.whole_cell) return false;
  const double wrapped_line_pitch = geometry.wrapped_line_pitch;
  const double wider = std::max(upper.x1 - upper.x0, lower.x1 - lower.x0);
  const double char_width = (upper.x1 - upper.x0) / std::max<size_t>(1, CodePointCount(upper.text));
  if (std::abs(Centre(lower) - Centre(upper)) > 0.2 * wider + 1 || lower.top <= upper.top ||
      lower.top > upper.top + wrapped_line_pitch * upper.height ||
      lower.x1 - lower.x0 > upper.x1 - upper.x0 + 1.2 * char_width) {
    return false;
  }
  const double reach = geometry.lone_label_reach * (upper.x1 - upper.x0);
  for (const HeaderWord& rival : words) {
    const double centre = Centre(rival);
    if (&rival != &lower && SameRow(rival, lower) && centre >= upper.x0 - reach && centre <= upper.x1 + reach) {
      return false;
    }
  }
  return true;
}

// Where one side of a two-sided table ends and the next begins: each side
// opens with its item column (项目, 项目名称) and goes on with its amounts
// (预算数, 金额), so a wall stands halfway between the last label of a side
// and the next side's item label, on the labels' own rows. Empty unless the
// pair repeats. The labels above (收入, 支出 and their sub-headers) are not
// used: in character columns they are set off the middle of their side.
std::vector<double> SideWalls(const std::vector<HeaderWord>& words) {
  std::vector<const HeaderWord*> items;
  for (const HeaderWord& word : words) {
    if (IsSideItemLabel(word.text)) items.push_back(&word);
  }
  std::stable_sort(items.begin(), items.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->x0 < b->x0; });
  std::vector<const HeaderWord*> apart;
  for (const HeaderWord* item : items) {
    if (apart.empty() || item->x0 >= apart.back()->x1) apart.push_back(item);
  }
  if (apart.size() < 2) return {};
  double label_top = 1e300;
  for (const HeaderWord* item : apart) label_top = std::min(label_top, item->top - 0.25 * item->height);
  std::vector<double> walls;
  for (size_t k = 1; k < apart.size(); ++k) {
    double side_end = -1e300;
    for (const HeaderWord& word : words) {
      if (word.top < label_top || IsSideItemLabel(word.text)) continue;
      if (word.x0 >= apart[k - 1]->x1 && word.x1 <= apart[k]->x0) side_end = std::max(side_end, word.x1);
    }
    if (side_end < -1e299) return {};  // an item label without amounts: no pair
    walls.push_back((side_end + apart[k]->x0) / 2);
  }
  return walls;
}

size_t SideOf(const HeaderWord& word, const std::vector<double>& walls) {
  size_t side = 0;
  while (side < walls.size() && Centre(word) > walls[side]) ++side;
  return side;
}

}  // namespace

HeaderGeometry HeaderGeometryOf(const std::string& unit) {
  if (unit == "字符") return {2.0, 1.0, 1.0};
  return {};
}

std::vector<HeaderColumn> ReadHeaderColumns(const std::vector<const LaidOutLine*>& header, const HeaderGeometry& geometry,
                                            TableSides sides) {
  std::vector<HeaderWord> words;
  for (size_t i = 0; i < header.size(); ++i) {
    for (HeaderWord& word : LineWords(*header[i], static_cast<int>(i))) words.push_back(std::move(word));
  }
  // A two-sided table is split into its sides before anything is assigned:
  // no group's stretch, and no stack of labels, crosses a wall.
  const std::vector<double> walls = sides == TableSides::kTwo ? SideWalls(words) : std::vector<double>{};
  const auto side_from = [&](size_t side) { return side == 0 ? -1e18 : walls[side - 1]; };
  const auto side_to = [&](size_t side) { return side == walls.size() ? 1e18 : walls[side]; };
  // The label over a side: the one word of its side on the side's top row
  // (a running number's 序号 beside it aside). It heads the whole side,
  // wherever over it it is set (支出 over the right end of its columns in
  // character columns).
  const auto heads_side = [&](const HeaderWord& word) {
    if (walls.empty() || IsRowNumberLabel(word.text)) return false;
    const size_t side = SideOf(word, walls);
    size_t below = 0;
    for (const HeaderWord& other : words) {
      if (&other == &word || SideOf(other, walls) != side || IsRowNumberLabel(other.text)) continue;
      if (SameRow(other, word) || other.top < word.top) return false;
      ++below;
    }
    return below >= 2;
  };
  // Group headers: a word with two or more separate words below it, in the
  // stretch of the header that is its own: up to the midpoints to its
  // neighbours on its row (or on, where a side has none) or, when it stands
  // alone there, geometry.lone_label_reach of its width beyond each end (a centred group label is
  // narrower than the columns it heads: 公务用车购置及运行费 over 小计,
  // 购置费, 运行费).
  // Top rows first, so that a group's own stretch is known before the
  // groups under it are bounded by it.
  std::vector<HeaderWord*> by_top;
  for (HeaderWord& word : words) by_top.push_back(&word);
  std::stable_sort(by_top.begin(), by_top.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->top < b->top; });
  for (HeaderWord* pointer : by_top) {
    HeaderWord& word = *pointer;
    if (heads_side(word)) {
      const size_t side = SideOf(word, walls);
      word.group = word.bounded = true;
      word.region_from = side_from(side);
      word.region_to = side_to(side);
      continue;
    }
    const double reach = geometry.lone_label_reach * (word.x1 - word.x0);
    double from = word.x0 - reach, to = word.x1 + reach;
    bool neighbours = false;
    double left = -1e18, right = 1e18;
    for (const HeaderWord& other : words) {
      if (&other == &word || !SameRow(other, word)) continue;
      neighbours = true;
      if (Centre(other) < Centre(word)) left = std::max(left, (other.x1 + word.x0) / 2);
      if (Centre(other) > Centre(word)) right = std::min(right, (word.x1 + other.x0) / 2);
    }
    if (neighbours) from = left, to = right;
    if (!walls.empty()) {
      const size_t side = SideOf(word, walls);
      from = std::max(from, side_from(side));
      to = std::min(to, side_to(side));
    }
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
    // The words it could head start a stack: the wrapped end of a label
    // beside it (费 under 国（境）, 置费 under 公务用车购) belongs to that
    // label, and a label with only such words below heads nothing.
    std::vector<const HeaderWord*> heads;
    for (const HeaderWord* other : candidates) {
      bool continues_another = false;
      for (const HeaderWord& above : words) {
        if (&above == &word || above.top >= other->top) continue;
        continues_another = continues_another || IsWrappedLine(*other, above, words, geometry);
      }
      if (!continues_another) heads.push_back(other);
    }
    std::stable_sort(heads.begin(), heads.end(), [](const HeaderWord* a, const HeaderWord* b) { return a->x1 < b->x1; });
    std::vector<const HeaderWord*> below;
    for (const HeaderWord* other : heads) {
      if (below.empty() || other->x0 >= below.back()->x1) below.push_back(other);
    }
    // A label wrapped in its cell goes on right under itself, centred
    // ("国（境）" over "费"): such a word is a label, not a group.
    bool continued = false;
    for (const HeaderWord* other : candidates) {
      // Not a label that heads a side (支出用途 under 支出).
      continued = continued || (IsWrappedLine(*other, word, words, geometry) && !IsSideGroupLabel(other->text));
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
        if (!walls.empty() && SideOf(other, walls) != SideOf(words[i], walls)) continue;
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
      // Touching counts (公务用车购置及运行维护费 from column 35, its 小计 at
      // 33–35), and in character columns a column short (geometry).
      const bool reaches = std::min(word.x1, stacks[c].column.x1) - std::max(word.x0, stacks[c].column.x0) >=
                           -geometry.lone_label_slack;
      if (word.bounded || reaches) covered.push_back(c);
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
