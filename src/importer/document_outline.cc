#include "importer/document_outline.h"

#include <optional>

#include "importer/cjk_text.h"
#include "importer/outline_headings.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

constexpr size_t kQuotedCharacters = 40;

// "目录", "2023 年部门预算信息公开目录".
bool IsContentsTitle(const std::string& text) {
  const std::string key = WithoutSpaces(text);
  return key == "目录" || (EndsWith(key, "目录") && key.size() <= 30 * 3 && key.find("。") == std::string::npos);
}

// "一、总体绩效目标.....\t1", "3.“五老”活动阵地经费绩效目标表.....\t6": dot
// leaders or a page number after a tab; "----\t----" rules between entries.
bool IsContentsEntry(const std::string& text) {
  if (text.find(".....") != std::string::npos || text.find("……") != std::string::npos) return true;
  const size_t tab = text.rfind('\t');
  if (tab == std::string::npos) return false;
  const std::string page = TrimAscii(text.substr(tab + 1));
  if (page.empty()) return false;
  return page.find_first_not_of("0123456789") == std::string::npos || page.find_first_not_of("-") == std::string::npos;
}

// The index of the contents' last entry, starting from its title at `start`.
// The contents may list group titles and part headings without page numbers
// ("部门预算公开表"); such a line belongs to the contents when an entry
// follows it. The body's own first heading is followed by text and ends them.
size_t EndOfContents(const std::vector<SourceLine>& lines, size_t start) {
  size_t last_entry = start;
  for (size_t i = start + 1; i < lines.size(); ++i) {
    const std::string text = TrimAscii(lines[i].text);
    if (text.empty()) continue;
    if (IsContentsEntry(lines[i].text)) {
      last_entry = i;
      continue;
    }
    size_t next = i + 1;
    while (next < lines.size() && TrimAscii(lines[next].text).empty()) ++next;
    const bool short_line = text.size() <= 30 * 3 && text.find("。") == std::string::npos;
    if (!PartTitle(text) && !(short_line && next < lines.size() && IsContentsEntry(lines[next].text))) break;
  }
  return last_entry;
}

BlockKind KindOf(HeadingKind kind) {
  switch (kind) {
    case HeadingKind::kOverallGoals: return BlockKind::kOverallGoals;
    case HeadingKind::kSubGoals: return BlockKind::kSubGoals;
    case HeadingKind::kMeasures: return BlockKind::kMeasures;
    case HeadingKind::kNarrative: return BlockKind::kNarrative;
    case HeadingKind::kBudgetTable: return BlockKind::kBudgetTable;
    default: return BlockKind::kProject;
  }
}

class Outliner {
 public:
  Outliner(const std::vector<SourceLine>& lines, ImportReport& report) : lines_(lines), report_(report) {}

  DocumentOutline Run() {
    for (i_ = 0; i_ < lines_.size(); ++i_) Line(lines_[i_]);
    FinishBlock();
    SkipOrphans();
    return std::move(outline_);
  }

 private:
  void Line(const SourceLine& line) {
    const std::string text = TrimAscii(line.text);
    if (text.empty()) {
      if (block_) block_->body.push_back(line);
      return;
    }
    if (!started_ && !block_ && IsContentsTitle(text)) {
      const size_t end = EndOfContents(lines_, i_);
      report_.Skip(line.number, lines_[end].number, ImportWord(ImportWordId::kNoteContents));
      i_ = end;
      started_ = true;
      return;
    }
    std::optional<Heading> heading = ClassifyHeading(line);
    if (heading && heading->kind == HeadingKind::kNarrative && InsideSameNarrative(*heading)) heading.reset();
    if (!heading) {
      Body(line, text);
      return;
    }
    started_ = true;
    // "第一部分" on a line of its own: the title is the next line.
    if (PartTitle(text) && heading->title.empty()) ReadPartTitleFromNextLine(*heading);
    FinishBlock();
    switch (heading->kind) {
      case HeadingKind::kContainer:
        SkipOrphans();
        return;
      case HeadingKind::kExplanationTitle:
        SkipOrphans();
        report_.Skip(line.number, 0, ImportWord(ImportWordId::kNoteExplanationTitle), text);
        return;
      default:
        break;
    }
    OutlineBlock block{KindOf(heading->kind), {line.number, text}, heading->title, heading->id, {}};
    if (heading->kind == HeadingKind::kProject) {
      // Rows printed above the table's heading (OCR puts the heading where
      // it finds it) belong to the table below them.
      if (!orphans_.empty()) {
        report_.Guess(orphans_.front().number, ImportWord(ImportWordId::kNoteTopOfTable, {std::to_string(orphans_.front().number), std::to_string(orphans_.back().number), std::to_string(line.number)}));
      }
      block.body = std::move(orphans_);
      orphans_.clear();
    } else {
      SkipOrphans();
    }
    outline_.blocks.push_back(std::move(block));
    block_ = &outline_.blocks.back();
  }

  void Body(const SourceLine& line, const std::string& text) {
    if (block_) {
      block_->body.push_back(line);
    } else if (!started_) {
      outline_.cover.push_back({line.number, text});
    } else {
      orphans_.push_back(line);
    }
  }

  // "一、部门职责" under 第一部分:部门职责及机构设置情况 is a subheading.
  bool InsideSameNarrative(const Heading& heading) const {
    if (!block_ || block_->kind != BlockKind::kNarrative) return false;
    return heading.id == block_->section_id || WithoutSpaces(block_->title).find(WithoutSpaces(heading.title)) != std::string::npos;
  }

  void ReadPartTitleFromNextLine(Heading& heading) {
    for (size_t j = i_ + 1; j < lines_.size(); ++j) {
      const std::string next = TrimAscii(lines_[j].text);
      if (next.empty()) continue;
      if (!ClassifyHeading(lines_[j])) {
        heading = ClassifyPartTitle(next);
        i_ = j;
      }
      return;
    }
  }

  void FinishBlock() {
    // A budget table's lines are read by the budget-table reader
    // (budget_tables/); the report lists what it made of them under "tables".
    block_ = nullptr;
  }

  void SkipOrphans() {
    for (const SourceLine& line : orphans_) {
      report_.Skip(line.number, 0, ImportWord(ImportWordId::kNoteOutsideBlocks), Abbreviate(TrimAscii(line.text), kQuotedCharacters));
    }
    orphans_.clear();
  }

  const std::vector<SourceLine>& lines_;
  ImportReport& report_;
  DocumentOutline outline_;
  OutlineBlock* block_ = nullptr;
  std::vector<SourceLine> orphans_;  // lines between blocks, waiting for the next heading
  bool started_ = false;             // past the cover
  size_t i_ = 0;
};

}  // namespace

DocumentOutline OutlineDocument(const std::vector<SourceLine>& lines, ImportReport& report) {
  return Outliner(lines, report).Run();
}

}  // namespace gongkai
