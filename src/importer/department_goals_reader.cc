#include "importer/department_goals_reader.h"

#include <optional>

#include "importer/cjk_text.h"
#include "importer/markdown_paragraphs.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

struct Labelled {
  std::string number;  // "1、" as printed, or "" when the label is not numbered
  bool goal = false;   // 绩效目标 (else 绩效指标)
  std::string text;    // after the label
};

// "绩效目标：…", "1、绩效目标：…", "1. 绩效目标:…"; nullopt for a paragraph
// without one of the two labels.
std::optional<Labelled> ReadLabel(const std::string& paragraph) {
  std::string_view rest = paragraph;
  std::string number;
  std::string_view after_number;
  if (ReadListNumber(rest, &after_number)) {
    number = TrimAscii(paragraph.substr(0, paragraph.size() - after_number.size()));
    rest = after_number;
  }
  for (const char* label : {"绩效目标", "绩效指标"}) {
    for (const char* colon : {"：", ":"}) {
      const std::string prefix = std::string(label) + colon;
      if (StartsWith(rest, prefix)) {
        return Labelled{number, std::string(label) == "绩效目标", TrimAscii(rest.substr(prefix.size()))};
      }
    }
  }
  return std::nullopt;
}

void Append(std::string& field, const std::string& text) { field += (field.empty() ? "" : "\n") + text; }

class SubGoalReader {
 public:
  SubGoalReader(const SourceDocument& document, DepartmentGoals& goals, Diagnostics& diagnostics)
      : document_(document), goals_(goals), diagnostics_(diagnostics) {}

  void Read(const std::vector<SourceLine>& paragraphs) {
    for (const SourceLine& paragraph : paragraphs) {
      const auto label = ReadLabel(paragraph.text);
      if (!label) {
        Finish();
        goals_.items.push_back({paragraph.text, "", ""});
        titled_ = {paragraph.number, goals_.items.size() - 1};
        numbered_in_title_ = false;
        continue;
      }
      if (!label->number.empty() && !titled_) {
        // 000: numbered goals without a title, each its own item.
        Finish();
        goals_.items.push_back({label->number, "", ""});
        untitled_ = {paragraph.number, goals_.items.size() - 1};
      } else if (!label->number.empty()) {
        numbered_in_title_ = true;
      }
      if (!titled_ && !untitled_) {
        diagnostics_.Error(document_.At(paragraph.number), ImportMessage(ImportMessageId::kSubGoalLabelFirst));
        continue;
      }
      SubGoal& item = goals_.items.back();
      std::string& field = label->goal ? item.goal : item.indicators;
      if (!field.empty() && !numbered_in_title_) {
        diagnostics_.Error(document_.At(paragraph.number), ImportMessage(ImportMessageId::kSubGoalSecondLabel, {label->goal ? "绩效目标" : "绩效指标"}));
        continue;
      }
      // 003 numbers each goal under one title: the numbers stay with the text.
      Append(field, numbered_in_title_ && label->goal ? label->number + label->text : label->text);
    }
    Finish();
  }

 private:
  struct Open {
    int line = 0;
    size_t index = 0;
  };

  void Finish() {
    if (titled_) {
      const SubGoal& item = goals_.items[titled_->index];
      if (item.goal.empty() || item.indicators.empty()) {
        diagnostics_.Warning(document_.At(titled_->line), ImportMessage(ImportMessageId::kSubGoalWithoutParagraph, {item.goal.empty() ? "绩效目标：" : "绩效指标："}));
      }
    }
    titled_.reset();
    untitled_.reset();
  }

  const SourceDocument& document_;
  DepartmentGoals& goals_;
  Diagnostics& diagnostics_;
  std::optional<Open> titled_;    // an item opened by a title paragraph
  std::optional<Open> untitled_;  // an item opened by a numbered label
  bool numbered_in_title_ = false;
};

bool HasLabels(const std::vector<SourceLine>& paragraphs) {
  for (const SourceLine& paragraph : paragraphs) {
    if (ReadLabel(paragraph.text)) return true;
  }
  return false;
}

Section MakeSection(const std::string& id, const std::string& title, const std::vector<SourceLine>& paragraphs,
                    const SourceDocument& document, int heading_line) {
  std::vector<std::string> texts;
  for (const SourceLine& paragraph : paragraphs) texts.push_back(paragraph.text);
  Section section;
  section.id = id;
  section.title = title;
  section.markdown = ParagraphsToMarkdown(texts);
  section.origin = document.At(heading_line);
  return section;
}

}  // namespace

void ReadGoalBlock(const OutlineBlock& block, const std::vector<SourceLine>& paragraphs,
                   const SourceDocument& document, DepartmentYear& department, ImportReport& report,
                   Diagnostics& diagnostics) {
  const std::string title = WithoutSpaces(WithoutChineseNumbering(block.heading.text));
  switch (block.kind) {
    case BlockKind::kOverallGoals:
      for (const SourceLine& paragraph : paragraphs) department.goals.overall.push_back(paragraph.text);
      break;
    case BlockKind::kSubGoals:
      if (!paragraphs.empty() && !HasLabels(paragraphs)) {
        department.sections.push_back(MakeSection("sub-goals", title, paragraphs, document, block.heading.number));
        report.Guess(block.heading.number, ImportWord(ImportWordId::kNoteSubGoalsWhole));
        break;
      }
      SubGoalReader(document, department.goals, diagnostics).Read(paragraphs);
      break;
    case BlockKind::kMeasures:
      department.sections.push_back(MakeSection("measures", title, paragraphs, document, block.heading.number));
      break;
    default:
      break;
  }
}

}  // namespace gongkai
