#include "importer/department_goals_reader.h"

#include <optional>

#include "importer/cjk_text.h"
#include "importer/markdown_paragraphs.h"

namespace gongkai {
namespace {

std::vector<SourceLine> Paragraphs(const OutlineBlock& block) {
  std::vector<SourceLine> paragraphs;
  for (const SourceLine& line : NonBlankLines(block.body)) paragraphs.push_back({line.number, TrimAscii(line.text)});
  return paragraphs;
}

// "绩效目标：…" → "…"; nullopt when the paragraph does not start with the
// label (full-width or ASCII colon).
std::optional<std::string> AfterLabel(const std::string& paragraph, const std::string& label) {
  for (const char* colon : {"：", ":"}) {
    const std::string prefix = label + colon;
    if (StartsWith(paragraph, prefix)) return TrimAscii(paragraph.substr(prefix.size()));
  }
  return std::nullopt;
}

void ReadSubGoals(const OutlineBlock& block, const SourceDocument& document, DepartmentGoals& goals,
                  ImportReport& report, Diagnostics& diagnostics) {
  const std::vector<SourceLine> paragraphs = Paragraphs(block);
  bool labelled = false;
  for (const SourceLine& paragraph : paragraphs) {
    labelled = labelled || AfterLabel(paragraph.text, "绩效目标") || AfterLabel(paragraph.text, "绩效指标");
  }
  if (!labelled && !paragraphs.empty()) {
    diagnostics.Warning(document.At(block.heading.number),
                        "no 绩效目标：/绩效指标： paragraphs under 分项绩效目标; the importer does not read this "
                        "layout yet and leaves it out");
    report.Skip(paragraphs.front().number, paragraphs.back().number, "分项绩效目标 in an unknown layout");
    return;
  }
  std::vector<int> title_lines;
  for (const SourceLine& paragraph : paragraphs) {
    const auto goal = AfterLabel(paragraph.text, "绩效目标");
    const auto indicators = AfterLabel(paragraph.text, "绩效指标");
    if (!goal && !indicators) {
      goals.items.push_back({paragraph.text, "", ""});
      title_lines.push_back(paragraph.number);
      continue;
    }
    if (goals.items.empty() || title_lines.empty()) {
      diagnostics.Error(document.At(paragraph.number),
                        "a 分项绩效目标 label comes before the title of its sub-goal");
      continue;
    }
    std::string& field = goal ? goals.items.back().goal : goals.items.back().indicators;
    if (!field.empty()) {
      diagnostics.Error(document.At(paragraph.number), std::string("the sub-goal already has its ") +
                                                           (goal ? "绩效目标" : "绩效指标") +
                                                           "; a second one cannot be placed");
      continue;
    }
    field = goal ? *goal : *indicators;
  }
  // Items were appended after any read before: check only this block's.
  const size_t first = goals.items.size() - title_lines.size();
  for (size_t i = 0; i < title_lines.size(); ++i) {
    const SubGoal& item = goals.items[first + i];
    if (item.goal.empty() || item.indicators.empty()) {
      diagnostics.Warning(document.At(title_lines[i]), std::string("the sub-goal has no ") +
                                                          (item.goal.empty() ? "绩效目标：" : "绩效指标：") +
                                                          " paragraph; it is imported without one");
    }
  }
}

}  // namespace

void ReadDepartmentGoals(const std::vector<OutlineBlock>& blocks, const SourceDocument& document,
                         DepartmentYear& department, ImportReport& report, Diagnostics& diagnostics) {
  for (const OutlineBlock& block : blocks) {
    switch (block.kind) {
      case BlockKind::kOverallGoals:
        for (const SourceLine& paragraph : Paragraphs(block)) department.goals.overall.push_back(paragraph.text);
        break;
      case BlockKind::kSubGoals:
        ReadSubGoals(block, document, department.goals, report, diagnostics);
        break;
      case BlockKind::kMeasures: {
        std::vector<std::string> texts;
        for (const SourceLine& paragraph : Paragraphs(block)) texts.push_back(paragraph.text);
        Section section;
        section.id = "measures";
        section.title = WithoutSpaces(WithoutChineseNumbering(block.heading.text));
        section.markdown = ParagraphsToMarkdown(texts);
        section.origin = document.At(block.heading.number);
        department.sections.push_back(section);
        break;
      }
      case BlockKind::kProject:
        break;
    }
  }
}

}  // namespace gongkai
