#include "importer/document_outline.h"

#include <optional>

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

constexpr size_t kQuotedCharacters = 40;

bool IsContentsTitle(const std::string& text) { return WithoutSpaces(text) == "目录"; }

// "一、总体绩效目标.....\t1", "3.“五老”活动阵地经费绩效目标表.....\t6": dot
// leaders or a page number after a tab.
bool IsContentsEntry(const std::string& text) {
  if (text.find(".....") != std::string::npos || text.find("……") != std::string::npos) return true;
  const size_t tab = text.rfind('\t');
  if (tab == std::string::npos) return false;
  const std::string page = TrimAscii(text.substr(tab + 1));
  return !page.empty() && page.find_first_not_of("0123456789") == std::string::npos;
}

// "第二部分 预算项目绩效目标" → "预算项目绩效目标"; "第一部分" → ""; nullopt
// when the line is not a part heading.
std::optional<std::string> PartTitle(const std::string& text) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (!StartsWith(text, "第")) return std::nullopt;
  std::string_view rest = std::string_view(text).substr(3);
  bool any = false;
  for (bool found = true; found;) {
    found = false;
    for (std::string_view numeral : kNumerals) {
      if (StartsWith(rest, numeral)) {
        rest.remove_prefix(numeral.size());
        found = any = true;
      }
    }
  }
  if (!any || !StartsWith(rest, "部分")) return std::nullopt;
  rest.remove_prefix(std::string_view("部分").size());
  std::string title = TrimAscii(rest);
  for (std::string_view separator : {std::string_view("："), std::string_view(":")}) {
    if (StartsWith(title, separator)) title = TrimAscii(std::string_view(title).substr(separator.size()));
  }
  return title;
}

std::optional<BlockKind> GoalHeadingKind(const std::string& text) {
  const std::string key = WithoutSpaces(WithoutChineseNumbering(text));
  if (key == "总体绩效目标") return BlockKind::kOverallGoals;
  if (key == "分项绩效目标") return BlockKind::kSubGoals;
  if (key == "工作保障措施") return BlockKind::kMeasures;
  return std::nullopt;
}

// "1.2021年选聘…资金绩效目标表". Table cells of Word text start with a tab, so
// a numbered goal inside a cell ("2.按标准发放…") cannot pass for one.
bool IsProjectHeading(const SourceLine& line) {
  if (line.text.empty() || line.text[0] == '\t') return false;
  const std::string text = TrimAscii(line.text);
  return ReadListNumber(text, nullptr).has_value() && EndsWith(WithoutSpaces(text), "绩效目标表");
}

// The index of the contents' last entry, starting from its title at `start`.
// The contents may list part headings without page numbers; the body's own
// "第一部分" is followed by ordinary text and ends the contents.
size_t EndOfContents(const std::vector<SourceLine>& lines, size_t start) {
  size_t last_entry = start;
  for (size_t i = start + 1; i < lines.size(); ++i) {
    const std::string text = TrimAscii(lines[i].text);
    if (text.empty() || PartTitle(text)) continue;
    if (!IsContentsEntry(lines[i].text)) break;
    last_entry = i;
  }
  return last_entry;
}

}  // namespace

DocumentOutline OutlineDocument(const std::vector<SourceLine>& lines, ImportReport& report) {
  DocumentOutline outline;
  enum class State { kCover, kReading, kSkippingPart } state = State::kCover;
  OutlineBlock* block = nullptr;
  int skipped_first = 0, skipped_last = 0;
  std::string skipped_title;
  const auto finish_skipped_part = [&]() {
    if (state == State::kSkippingPart) report.Skip(skipped_first, skipped_last, "part not imported", skipped_title);
  };

  for (size_t i = 0; i < lines.size(); ++i) {
    const SourceLine& line = lines[i];
    const std::string text = TrimAscii(line.text);
    if (text.empty()) {
      if (block) block->body.push_back(line);
      continue;
    }
    if (IsContentsTitle(text) && !block) {
      const size_t end = EndOfContents(lines, i);
      report.Skip(line.number, lines[end].number, "table of contents");
      i = end;
      continue;
    }
    if (const auto part = PartTitle(text)) {
      finish_skipped_part();
      block = nullptr;
      std::string title = *part;
      // "第一部分" on a line of its own: the title is the next line.
      if (title.empty()) {
        for (size_t j = i + 1; j < lines.size(); ++j) {
          const std::string next = TrimAscii(lines[j].text);
          if (next.empty()) continue;
          if (!GoalHeadingKind(next) && !IsProjectHeading(lines[j]) && !PartTitle(next)) {
            title = next;
            i = j;
          }
          break;
        }
      }
      if (title.find("绩效") != std::string::npos) {
        state = State::kReading;
      } else {
        state = State::kSkippingPart;
        skipped_first = skipped_last = line.number;
        skipped_title = part->empty() ? text + " " + title : text;
      }
      continue;
    }
    if (state == State::kSkippingPart) {
      skipped_last = line.number;
      continue;
    }
    const std::optional<BlockKind> goal_kind = GoalHeadingKind(text);
    if (goal_kind || IsProjectHeading(line)) {
      state = State::kReading;
      outline.blocks.push_back({goal_kind.value_or(BlockKind::kProject), {line.number, text}, {}});
      block = &outline.blocks.back();
      continue;
    }
    if (block) {
      block->body.push_back(line);
    } else if (state == State::kCover) {
      outline.cover.push_back({line.number, text});
    } else {
      report.Skip(line.number, 0, "line outside any known block", Abbreviate(text, kQuotedCharacters));
    }
  }
  finish_skipped_part();
  return outline;
}

}  // namespace gongkai
