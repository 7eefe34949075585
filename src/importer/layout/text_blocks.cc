#include "importer/layout/text_blocks.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

#include "importer/cjk_text.h"
#include "importer/outline_headings.h"

namespace gongkai {
namespace {

// Titles and headings are short and are not sentences.
constexpr size_t kMaxTitleCharacters = 40;
// Lines this long say where a page's text starts and ends.
constexpr size_t kMeasuringCharacters = 10;

// One line of prose: its words as one text, and where it sits.
struct ProseLine {
  size_t index = 0;
  std::string text;
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  int page = 1;
  bool whole_paragraph = false;  // the source ended the paragraph here
};

// The words joined: a space where the source spaced them or a gap parts them.
std::string ProseText(const LaidOutLine& line, double em) {
  std::string text;
  for (size_t w = 0; w < line.words.size(); ++w) {
    if (w > 0 && (line.words[w - 1].space_after || line.words[w].x0 - line.words[w - 1].x1 > 0.3 * em)) text += ' ';
    text += line.words[w].text;
  }
  return TrimAscii(text);
}

bool AllChinese(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    if (!IsCjkCodePoint(DecodeCodePoint(text, i, &length))) return false;
    i += length;
  }
  return !text.empty();
}

// The width of a Chinese character: the median over words of two or more
// of them (digits and Latin letters are narrower).
double CharacterWidth(const LaidOutText& text) {
  std::vector<double> widths;
  for (const LaidOutLine& line : text.lines) {
    for (const PlacedWord& word : line.words) {
      const size_t count = CodePointCount(word.text);
      if (count >= 2 && word.x1 > word.x0 && AllChinese(word.text)) {
        widths.push_back((word.x1 - word.x0) / static_cast<double>(count));
      }
    }
  }
  if (widths.empty()) return 1;
  std::nth_element(widths.begin(), widths.begin() + static_cast<long>(widths.size() / 2), widths.end());
  return widths[widths.size() / 2];
}

bool EndsWithAsciiWord(const std::string& text) {
  return !text.empty() && static_cast<unsigned char>(text.back()) < 0x80 && std::isalnum(static_cast<unsigned char>(text.back()));
}

bool StartsWithAsciiWord(const std::string& text) {
  return !text.empty() && static_cast<unsigned char>(text[0]) < 0x80 && std::isalnum(static_cast<unsigned char>(text[0]));
}

// "1、", "12.", "3）": one or two digits and a mark, not a number that
// goes on ("1690.69万元" starts a wrapped line, not an item).
bool StartsListNumber(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view rest = std::string_view(text).substr(digits);
  for (const char* mark : {"、", "．", "）", ")", "."}) {
    if (StartsWith(rest, mark)) {
      const std::string_view after = rest.substr(std::string_view(mark).size());
      return after.empty() || !std::isdigit(static_cast<unsigned char>(after[0]));
    }
  }
  return false;
}

// 、。，；：） and closing quotes never start a line of their own text.
bool StartsWithClosingMark(const std::string& text) {
  for (const char* mark : {"、", "。", "，", "；", "：", "）", ")", "”", "》", "％", "%"}) {
    if (StartsWith(text, mark)) return true;
  }
  return false;
}

// （ “ 《 and their kin: marks that open what follows them.
bool StartsWithOpeningMark(const std::string& text) {
  for (const char* mark : {"（", "“", "《", "【", "‘", "〔"}) {
    if (StartsWith(text, mark)) return true;
  }
  return false;
}

// A line that ends a sentence (or a clause a list goes on from).
bool EndsSentence(const std::string& text) {
  for (const char* end : {"。", "；", "！", "？", "：", "”", "」", ".", ";", ":", "!", "?"}) {
    if (EndsWith(text, end)) return true;
  }
  return false;
}

// "（一）", "(3)": a number in brackets.
bool StartsBracketedNumber(const std::string& text) {
  for (const auto& [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}}) {
    if (!StartsWith(text, open)) continue;
    std::string_view rest = std::string_view(text).substr(std::string_view(open).size());
    const size_t end = rest.find(close);
    if (end == std::string_view::npos || end == 0 || end > 3 * 3) return false;
    const std::string_view number = rest.substr(0, end);
    return number.find_first_not_of("0123456789") == std::string_view::npos ||
           WithoutChineseNumbering(std::string(number) + "、").size() == 0;
  }
  return false;
}

// "（一）", "1、", "1.", "一、", "注：", "其中：": the start of an item of its own.
// A line that starts with 、。，；） goes on with the one above whatever it is.
bool StartsItem(const std::string& text) {
  if (text.empty()) return true;
  if (StartsWithClosingMark(text)) return false;
  if (StartsListNumber(text) || StartsBracketedNumber(text) || WithoutChineseNumbering(text).size() != text.size()) {
    return true;
  }
  for (const char* start : {"注：", "注:", "其中：", "第", "•", "●", "-"}) {
    if (StartsWith(text, start)) return true;
  }
  return false;
}

bool IsSentence(const std::string& text) {
  return text.find("。") != std::string::npos || EndsWith(text, "；") || EndsWith(text, "，");
}

// "目录", "目 录", "2023年部门预算公开目录".
bool IsContentsTitle(const std::string& text) {
  const std::string key = WithoutSpaces(text);
  return key == "目录" || (EndsWith(key, "目录") && CodePointCount(key) <= 30 && !IsSentence(key));
}

// "一、部门主要职能 …………", "1. 2026年部门收入预算总表 …… 5".
bool IsContentsEntry(const std::string& text) {
  return text.find("……") != std::string::npos || text.find(".....") != std::string::npos ||
         text.find("···") != std::string::npos;
}

// Where the narrative's lines start and end.
struct Margins {
  double left = 0, right = 0;
};

class BlockReader {
 public:
  BlockReader(const LaidOutText& text, std::vector<LineRange> taken, ImportReport& report)
      : text_(text), taken_(std::move(taken)), report_(report), em_(CharacterWidth(text)) {
    std::sort(taken_.begin(), taken_.end(), [](const LineRange& a, const LineRange& b) { return a.first < b.first; });
  }

  std::vector<TextBlock> Run() {
    CollectProse();
    DropRepeatedPageTops();
    MeasureMargins();
    MeasureLineGap();
    for (const ProseLine& line : prose_) has_parts_ = has_parts_ || IsPart(line);
    size_t next_taken = 0;
    for (size_t p = 0; p < prose_.size(); ++p) {
      // The taken ranges that lie before this line, in order.
      while (next_taken < taken_.size() && taken_[next_taken].first <= prose_[p].index) {
        AddTaken(taken_[next_taken++]);
      }
      Line(p);
    }
    while (next_taken < taken_.size()) AddTaken(taken_[next_taken++]);
    return std::move(blocks_);
  }

 private:
  bool IsTaken(size_t index) const {
    for (const LineRange& range : taken_) {
      if (index >= range.first && index < range.end) return true;
    }
    return false;
  }

  void CollectProse() {
    for (size_t i = 0; i < text_.lines.size(); ++i) {
      const LaidOutLine& line = text_.lines[i];
      if (IsTaken(i) || line.words.empty() || IsPageFurniture(text_, i)) continue;
      ProseLine prose;
      prose.index = i;
      prose.text = ProseText(line, em_);
      if (prose.text.empty()) continue;
      prose.x0 = line.words.front().x0;
      prose.x1 = line.words.back().x1;
      prose.top = line.top;
      prose.bottom = line.bottom;
      prose.page = line.page;
      prose.whole_paragraph = line.whole_paragraph;
      prose_.push_back(std::move(prose));
    }
  }

  // A tall cell of a spreadsheet printed over a page break is drawn again at
  // the top of the next page: the lines that open a page as they closed the
  // page before are kept once. Two lines at least, or one long one, so a
  // short line that a document repeats on purpose stays.
  void DropRepeatedPageTops() {
    std::vector<ProseLine> kept;
    for (size_t p = 0; p < prose_.size(); ++p) {
      const bool opens_page = p > 0 && prose_[p].page != prose_[p - 1].page;
      if (!opens_page) {
        kept.push_back(prose_[p]);
        continue;
      }
      // The previous page's lines end at p; find the longest run that
      // the new page starts with.
      size_t start_of_previous = p - 1;
      while (start_of_previous > 0 && prose_[start_of_previous - 1].page == prose_[p - 1].page) --start_of_previous;
      size_t repeated = 0;
      for (size_t k = p - start_of_previous; k > 0; --k) {
        if (p + k > prose_.size()) continue;
        bool same = true;
        for (size_t j = 0; j < k && same; ++j) {
          same = prose_[p + j].page == prose_[p].page && prose_[p + j].text == prose_[p - k + j].text;
        }
        if (same) {
          repeated = k;
          break;
        }
      }
      const bool worth = repeated >= 2 || (repeated == 1 && CodePointCount(prose_[p].text) >= 20);
      if (!worth) {
        kept.push_back(prose_[p]);
        continue;
      }
      report_.Repair(text_.lines[prose_[p].index].source_line,
                     "页首重复印出上一页末尾的 " + std::to_string(repeated) + " 行，只保留一次",
                     Abbreviate(prose_[p].text, 30));
      p += repeated - 1;
    }
    prose_ = std::move(kept);
  }

  // Where the narrative's lines start and end, from its long lines: the
  // edge that most of them reach within two characters (a few lines run
  // wider, into a margin note or a table the readers left).
  void MeasureMargins() {
    std::vector<double> starts, ends;
    for (const ProseLine& line : prose_) {
      if (CodePointCount(line.text) < kMeasuringCharacters || IsContentsEntry(line.text)) continue;
      starts.push_back(line.x0);
      ends.push_back(line.x1);
    }
    const auto most_shared = [&](const std::vector<double>& edges, double direction) {
      double best = 0;
      size_t best_count = 0;
      for (const double edge : edges) {
        size_t count = 0;
        for (const double other : edges) count += (other - edge) * direction >= 0 && (other - edge) * direction <= 2 * em_;
        if (count > best_count || (count == best_count && (edge - best) * direction < 0)) best = edge, best_count = count;
      }
      return best;  // the outer edge of the lines it counts
    };
    margins_ = {most_shared(starts, 1), most_shared(ends, -1)};
  }

  static bool IsPart(const ProseLine& line) {
    return CodePointCount(line.text) <= kMaxTitleCharacters && !IsSentence(line.text) &&
           PartTitle(WithoutSpaces(line.text)).has_value();
  }

  // A title: a part (第一部分 …) where the document has parts, else a short
  // line that is not a sentence set around the middle of the text, well in
  // from its left edge (in a document of parts such a line is a chart's or
  // a table's caption inside one).
  bool IsTitle(const ProseLine& line) const {
    if (has_parts_) return IsPart(line);
    if (CodePointCount(line.text) > kMaxTitleCharacters || IsSentence(line.text)) return false;
    const Margins& margins = margins_;
    const double middle = (margins.left + margins.right) / 2;
    // Text by character columns sets a title's larger characters one column
    // wide each: its middle is only roughly where the page has it.
    const double share = text_.unit == "字符" ? 0.20 : 0.10;
    const double tolerance = std::max(3 * em_, (margins.right - margins.left) * share);
    return line.x0 - margins.left >= 4 * em_ && std::abs((line.x0 + line.x1) / 2 - middle) <= tolerance;
  }

  // "一、主要职能": Chinese-numbered, short, not a sentence, no term and its
  // meaning ("一、财政拨款：指…"), and not filling the line (a paragraph
  // that goes on below: a glossary entry, a heading too long for a line).
  bool IsHeading(const ProseLine& line) const {
    return IsHeadingText(line) && line.x1 < margins_.right - 3 * em_;
  }

  bool IsHeadingText(const ProseLine& line) const {
    return CodePointCount(line.text) <= kMaxTitleCharacters && !IsSentence(line.text) &&
           line.text.find("：") == std::string::npos && WithoutChineseNumbering(line.text).size() != line.text.size();
  }

  // A heading that reaches the line's end is one still when the line below
  // does not go on from it: layout text indents a heading by as many
  // columns as the page's spaces take (十一、…情况说明 ends a column short).
  bool IsHeadingAt(size_t p) const {
    const ProseLine& line = prose_[p];
    if (IsHeading(line)) return true;
    return text_.unit == "字符" && IsHeadingText(line) && p + 1 < prose_.size() &&
           prose_[p + 1].index == line.index + 1 && !Continues(line, prose_[p + 1]);
  }

  // pdftotext -layout sets what follows a full-width opening mark on a text
  // row of its own when the mark's glyph sits off the line, indented to
  // where it stands on the page ("…的批复》" over "（苏财预„2019‟7 号）填列。"
  // starting where the row above ends): that row is the rest of the printed
  // line above it. Only in text by character columns; a PDF's lines come
  // from their baselines.
  bool RestOfSplitLine(const ProseLine& last, const ProseLine& next) const {
    if (text_.unit != "字符" || next.page != last.page || next.index != last.index + 1) return false;
    if (!StartsWithOpeningMark(next.text) || StartsBracketedNumber(next.text) || EndsSentence(last.text)) return false;
    return next.x0 >= last.x1 - 2 * em_ && next.x0 <= last.x1 + em_;
  }

  // Whether `next` goes on with the paragraph whose last line is `last`.
  bool Continues(const ProseLine& last, const ProseLine& next) const {
    if (last.whole_paragraph || next.whole_paragraph) return false;
    if (!StartsWithClosingMark(next.text)) {
      if (StartsItem(next.text)) return false;
      // Lines set by a spreadsheet end a character or two short of the
      // edge; in text by character columns digits count as wide as Chinese,
      // so a line that stops mid-sentence well out to the right goes on too.
      const bool full = last.x1 >= margins_.right - 3 * em_;
      const bool mid_sentence = !EndsSentence(last.text) && last.x1 >= margins_.right - 8 * em_;
      const bool indented = next.x0 >= margins_.left + 0.8 * em_;
      if (!(full || mid_sentence) || indented) return false;
    }
    if (next.page != last.page) return true;
    // A paragraph gap is wider than the gap between lines of a paragraph
    // (double-spaced documents have no other sign of it).
    return next.top - last.bottom <= line_gap_ + 0.5 * (last.bottom - last.top);
  }

  // The gap between lines of one paragraph: the narrower gaps between
  // consecutive lines of a page (a tenth of them are narrower still).
  void MeasureLineGap() {
    std::vector<double> gaps;
    for (size_t p = 1; p < prose_.size(); ++p) {
      if (prose_[p].page == prose_[p - 1].page && prose_[p].index == prose_[p - 1].index + 1) {
        gaps.push_back(std::max(0.0, prose_[p].top - prose_[p - 1].bottom));
      }
    }
    if (gaps.empty()) return;
    std::sort(gaps.begin(), gaps.end());
    line_gap_ = gaps[gaps.size() / 10];
  }

  void AddTaken(const LineRange& range) {
    blocks_.push_back({TextBlockKind::kTaken, "", range});
    open_ = nullptr;
  }

  void Line(size_t p) {
    const ProseLine& line = prose_[p];
    if (contents_page_ && line.page == *contents_page_) {
      blocks_.back().lines.end = line.index + 1;
      return;
    }
    // The contents go on over the next pages while they list entries.
    if (contents_page_ && IsContentsEntry(line.text) && blocks_.back().kind == TextBlockKind::kContents) {
      contents_page_ = line.page;
      blocks_.back().lines.end = line.index + 1;
      return;
    }
    contents_page_.reset();
    if (IsContentsTitle(line.text)) {
      blocks_.push_back({TextBlockKind::kContents, line.text, {line.index, line.index + 1}});
      contents_page_ = line.page;
      open_ = nullptr;
      return;
    }
    if (IsContentsEntry(line.text)) {
      blocks_.push_back({TextBlockKind::kContents, line.text, {line.index, line.index + 1}});
      open_ = nullptr;
      return;
    }
    if (p > 0 && !blocks_.empty() && blocks_.back().lines.end == line.index &&
        (blocks_.back().kind == TextBlockKind::kParagraph || blocks_.back().kind == TextBlockKind::kHeading) &&
        RestOfSplitLine(prose_[p - 1], line)) {
      TextBlock& block = blocks_.back();
      block.text += line.text;
      block.lines.end = line.index + 1;
      // "八、" with its "“三公”经费：指…" is a glossary entry, not a heading.
      if (block.kind == TextBlockKind::kHeading && !IsHeading({line.index, block.text, prose_[p - 1].x0, line.x1})) {
        block.kind = TextBlockKind::kParagraph;
      }
      report_.Repair(text_.lines[line.index].source_line, "pdftotext 在全角括号或引号处把一行拆成两行，已接回",
                     block.text.substr(0, std::min<size_t>(block.text.size(), 60)));
      open_ = block.kind == TextBlockKind::kParagraph ? &line : nullptr;
      return;
    }
    if (open_ && Continues(*open_, line)) {
      TextBlock& paragraph = blocks_.back();
      paragraph.text += (EndsWithAsciiWord(paragraph.text) && StartsWithAsciiWord(line.text) ? " " : "") + line.text;
      paragraph.lines.end = line.index + 1;
      if (line.page != open_->page) {
        report_.Repair(text_.lines[line.index].source_line, "跨页的段落接回上一页",
                       "第" + std::to_string(open_->page) + "页与第" + std::to_string(line.page) + "页");
      }
      open_ = &line;
      return;
    }
    // A title wrapped to a second line ("第三部分 …2017 年度" over
    // "部门预算情况说明"): a short line right under it, set in from the left.
    if (!line.whole_paragraph && !blocks_.empty() && blocks_.back().kind == TextBlockKind::kTitle &&
        blocks_.back().lines.end == line.index &&
        CodePointCount(blocks_.back().text + line.text) <= kMaxTitleCharacters && !IsSentence(line.text) &&
        !StartsItem(line.text) && line.x0 - margins_.left >= 2 * em_) {
      blocks_.back().text += line.text;
      blocks_.back().lines.end = line.index + 1;
      return;
    }
    const TextBlockKind kind = IsTitle(line) ? TextBlockKind::kTitle : IsHeadingAt(p) ? TextBlockKind::kHeading : TextBlockKind::kParagraph;
    blocks_.push_back({kind, line.text, {line.index, line.index + 1}});
    open_ = kind == TextBlockKind::kParagraph ? &line : nullptr;
  }

  const LaidOutText& text_;
  std::vector<LineRange> taken_;
  ImportReport& report_;
  const double em_;
  std::vector<ProseLine> prose_;
  Margins margins_;  // the narrative's pages share one layout
  double line_gap_ = 0;
  bool has_parts_ = false;  // the document is cut into 第X部分
  std::vector<TextBlock> blocks_;
  const ProseLine* open_ = nullptr;  // the last line of the paragraph that may go on
  std::optional<int> contents_page_;  // the page the table of contents is on
};

}  // namespace

std::vector<TextBlock> ReadTextBlocks(const LaidOutText& text, std::vector<LineRange> taken, ImportReport& report) {
  return BlockReader(text, std::move(taken), report).Run();
}

}  // namespace gongkai
