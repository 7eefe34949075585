#include "importer/project_table.h"

#include <array>

#include "importer/cell_repair.h"
#include "importer/cjk_text.h"
#include "importer/indicator_rows.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

enum class Field { kCode, kName, kBudget, kFiscalFunds, kOtherFunds };

// Labels as printed, compared without spaces (PDF text splits them:
// "其中：财政 资金").
std::optional<Field> LabelField(const std::string& cell) {
  const std::string key = WithoutSpaces(cell);
  if (key == "项目编码") return Field::kCode;
  if (key == "项目名称") return Field::kName;
  if (key == "预算数") return Field::kBudget;
  if (key == "其中：财政资金" || key == "其中:财政资金" || key == "财政资金") return Field::kFiscalFunds;
  if (key == "其他资金") return Field::kOtherFunds;
  return std::nullopt;
}

// "203001中国共产党昌黎县委员会组织部本级", "203001 中共巨鹿县委组织部本级".
std::optional<Unit> ReadUnitLine(const std::string& cell) {
  if (cell.size() <= 6 || cell.find_first_not_of("0123456789") != 6) return std::nullopt;
  const std::string name = TrimAscii(cell.substr(6));
  if (name.empty()) return std::nullopt;
  return Unit{cell.substr(0, 6), name, "", "", ""};
}

// "1.2024 年度党刊征订费绩效目标表" → 1 and "2024 年度党刊征订费".
int ReadHeading(const std::string& heading, std::string* name) {
  std::string_view rest;
  const int number = ReadListNumber(heading, &rest).value_or(0);
  std::string text = TrimAscii(rest);
  const std::string suffix = "绩效目标表";
  if (EndsWith(text, suffix)) text = TrimAscii(text.substr(0, text.size() - suffix.size()));
  *name = text;
  return number;
}

class TableReader {
 public:
  TableReader(const ProjectTable& table, const SourceDocument& document, ImportReport& report,
              Diagnostics& diagnostics)
      : table_(table), document_(document), report_(report), diagnostics_(diagnostics) {}

  std::optional<ProjectTableContents> Read() {
    std::string heading_name;
    contents_.project.number = ReadHeading(table_.heading.text, &heading_name);
    contents_.project.origin = document_.At(table_.heading.number);
    const auto& rows = table_.rows;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (IsIndicatorHeaderRow(rows[i])) {
        const std::vector<TableRow> below(rows.begin() + i + 1, rows.end());
        contents_.project.indicators = ReadIndicatorRows(below, document_, report_, diagnostics_);
        break;
      }
      if (ReadRow(rows, i)) ++i;  // the row consumed the next one too
    }
    return Finish(heading_name);
  }

 private:
  // Reads rows[i]; true when rows[i + 1] belonged to it (the plan's values).
  bool ReadRow(const std::vector<TableRow>& rows, size_t i) {
    const TableRow& row = rows[i];
    const bool follows_budget = last_was_budget_;
    last_was_budget_ = false;
    const std::string first = WithoutSpaces(row.Text(0));
    if (!have_unit_ && ReadUnitLine(row.Text(0))) {
      contents_.unit = *ReadUnitLine(row.Text(0));
      contents_.unit_line = row.line;
      have_unit_ = true;
      for (size_t j = 1; j < row.cells.size(); ++j) CheckMoneyUnit(row.cells[j]);
      return false;
    }
    if (StartsWith(first, "单位：") || StartsWith(first, "单位:")) {
      CheckMoneyUnit(row.cells[0]);
      return false;
    }
    if (first.find("资金支出计划") != std::string::npos) {
      ReadPlan(row, i + 1 < rows.size() ? &rows[i + 1] : nullptr);
      return true;
    }
    if (first == "绩效目标") {
      std::string text;
      for (size_t j = 1; j < row.cells.size(); ++j) {
        if (!row.cells[j].text.empty()) text += (text.empty() ? "" : "\n") + row.cells[j].text;
      }
      contents_.project.goals = SplitNumberedGoals(text);
      return false;
    }
    bool labelled = false;
    for (size_t j = 0; j < row.cells.size(); ++j) {
      const auto field = LabelField(row.cells[j].text);
      if (!field) continue;
      labelled = true;
      last_was_budget_ = last_was_budget_ || *field == Field::kBudget;
      if (*field == Field::kCode) {
        ReadCode(row, j);
        continue;
      }
      Assign(*field, row.Text(j + 1), j + 1 < row.cells.size() ? row.cells[j + 1].line : row.line);
    }
    if (labelled) return false;
    // 资金用途: a row labelled so, or the row under the budget row whose
    // label cell is merged with 预算规模及资金用途 above it.
    if (first == "资金用途" || (follows_budget && first.empty())) {
      for (size_t j = 1; j < row.cells.size(); ++j) {
        if (!row.cells[j].text.empty()) {
          contents_.project.purpose += (contents_.project.purpose.empty() ? "" : "\n") + row.cells[j].text;
        }
      }
      return false;
    }
    for (const TableCell& cell : row.cells) {
      if (cell.text.empty()) continue;
      if (!table_.ocr) {
        diagnostics_.Warning(document_.At(row.line), ImportMessage(ImportMessageId::kUnknownTableRow));
      }
      report_.Skip(row.line, 0, ImportWord(ImportWordId::kNoteUnknownTableRow), Abbreviate(cell.text, 40));
      break;
    }
    return false;
  }

  // The code's cells: those after the 项目编码 label up to the next label
  // (PDF text puts an empty cell between; OCR splits the code over two).
  void ReadCode(const TableRow& row, size_t label) {
    std::vector<std::string> parts;
    int line = row.line;
    for (size_t j = label + 1; j < row.cells.size() && !LabelField(row.cells[j].text); ++j) {
      if (row.cells[j].text.empty()) continue;
      if (parts.empty()) line = row.cells[j].line;
      parts.push_back(row.cells[j].text);
    }
    Project& project = contents_.project;
    contents_.code_parts = parts;
    contents_.code_line = line;
    project.code = ReassembleCodeParts(parts);
    std::string printed;
    for (const std::string& part : parts) printed += (printed.empty() ? "" : "\" / \"") + part;
    if (parts.size() > 1 || (parts.size() == 1 && project.code != parts[0])) {
      report_.Repair(line, ImportWord(ImportWordId::kNoteCodeRejoined), "\"" + printed + "\" → " + project.code);
    }
    if (!project.code.empty() && !LooksLikeProjectCode(project.code) && !table_.ocr) {
      diagnostics_.Warning(document_.At(line), ImportMessage(ImportMessageId::kOddProjectCode, {project.code}));
    }
  }

  void CheckMoneyUnit(const TableCell& cell) {
    const std::string key = WithoutSpaces(cell.text);
    if (key.empty() || key == "单位：万元" || key == "单位:万元") return;
    diagnostics_.Error(document_.At(cell.line), ImportMessage(ImportMessageId::kAmountsNotInWanyuan, {cell.text}));
  }

  void Assign(Field field, const std::string& text, int line) {
    Project& project = contents_.project;
    switch (field) {
      case Field::kCode: break;  // ReadCode
      case Field::kName: project.name = text; break;
      case Field::kBudget: project.budget = ReadAmount(text, line, "预算数"); break;
      case Field::kFiscalFunds: project.fiscal_funds = ReadAmount(text, line, "财政资金"); break;
      case Field::kOtherFunds: project.other_funds = ReadAmount(text, line, "其他资金"); break;
    }
  }

  std::optional<Decimal> ReadAmount(const std::string& text, int line, const char* label) {
    if (TrimAscii(text).empty()) return std::nullopt;
    const auto amount = Decimal::Parse(TrimAscii(text));
    if (!amount) {
      diagnostics_.Error(document_.At(line), ImportMessage(ImportMessageId::kNotAnAmount, {label, text}));
    }
    return amount;
  }

  // Each value sits in the column of its milestone. PDF text prints an
  // empty column after 3 月底 and sometimes after 6 月底; blank values are
  // empty cells, so counting values from the left would shift them.
  void ReadPlan(const TableRow& header, const TableRow* values) {
    static constexpr std::array<const char*, 4> kMilestones = {"3月底", "6月底", "10月底", "12月底"};
    std::array<size_t, 4> columns{};
    std::array<bool, 4> found{};
    for (size_t j = 1; j < header.cells.size(); ++j) {
      for (size_t m = 0; m < kMilestones.size(); ++m) {
        if (WithoutSpaces(header.cells[j].text) == kMilestones[m]) {
          columns[m] = j;
          found[m] = true;
        }
      }
    }
    if (found != std::array<bool, 4>{true, true, true, true} || !values || !values->Text(0).empty()) {
      diagnostics_.Error(document_.At(header.line), ImportMessage(ImportMessageId::kMilestonesExpected));
      return;
    }
    for (size_t j = 1; j < values->cells.size(); ++j) {
      const bool milestone = j == columns[0] || j == columns[1] || j == columns[2] || j == columns[3];
      if (!milestone && !values->cells[j].text.empty()) {
        diagnostics_.Error(document_.At(values->line), ImportMessage(ImportMessageId::kPlanValueUnplaced, {values->cells[j].text}));
      }
    }
    for (size_t m = 0; m < kMilestones.size(); ++m) {
      contents_.project.plan.cumulative[m] = TrimAscii(values->Text(columns[m]));
    }
  }

  std::optional<ProjectTableContents> Finish(const std::string& heading_name) {
    Project& project = contents_.project;
    const int line = table_.heading.number;
    if (project.name.empty()) {
      project.name = heading_name;
      report_.Guess(line, ImportWord(ImportWordId::kNoteNameFromHeading), heading_name);
    } else if (WithoutSpaces(project.name) != WithoutSpaces(heading_name)) {
      if (table_.ocr && !heading_name.empty()) {
        report_.Guess(line, ImportWord(ImportWordId::kNoteNameCellReads, {project.name}),
                      heading_name);
        project.name = heading_name;
      } else {
        diagnostics_.Warning(document_.At(line), ImportMessage(ImportMessageId::kHeadingNameDiffers, {heading_name, project.name}));
      }
    }
    if (project.name.empty()) {
      diagnostics_.Error(document_.At(line), ImportMessage(ImportMessageId::kProjectWithoutName));
      return std::nullopt;
    }
    project.withheld = IsWithheld(project);
    if (project.withheld) report_.Guess(line, ImportWord(ImportWordId::kNoteWithheld));
    project.unit_code = contents_.unit.code;
    return contents_;
  }

  // 涉密 (classified) throughout: 002's 保密工作经费 prints 涉密 for every
  // goal and indicator. One 涉密 cell among published ones is not enough.
  static bool IsWithheld(const Project& project) {
    if (project.indicators.empty()) return false;
    for (const Indicator& indicator : project.indicators) {
      for (const std::string* cell : {&indicator.name, &indicator.description, &indicator.value.text}) {
        if (!cell->empty() && *cell != "涉密") return false;
      }
      if (indicator.name != "涉密" && indicator.value.text != "涉密") return false;
    }
    return true;
  }

  const ProjectTable& table_;
  const SourceDocument& document_;
  ImportReport& report_;
  Diagnostics& diagnostics_;
  ProjectTableContents contents_;
  bool have_unit_ = false;
  bool last_was_budget_ = false;
};

// Where a goal numbered `number` starts at `offset`: after the separator.
std::optional<size_t> GoalStart(const std::string& text, size_t offset, int number) {
  std::string_view rest;
  const std::string_view from = std::string_view(text).substr(offset);
  if (ReadListNumber(from, &rest) != number) return std::nullopt;
  const size_t start = text.size() - rest.size();
  // After a space, "3.5%" is a decimal, not goal 3. At the start of a line
  // "2.1.创新…" is goal 2 whose text starts with its own numbering.
  const bool line_start = offset == 0 || text[offset - 1] == '\n';
  if (!line_start && !rest.empty() && rest[0] >= '0' && rest[0] <= '9') return std::nullopt;
  return start;
}

}  // namespace

std::optional<ProjectTableContents> ReadProjectTable(const ProjectTable& table, const SourceDocument& document,
                                                     ImportReport& report, Diagnostics& diagnostics) {
  return TableReader(table, document, report, diagnostics).Read();
}

std::vector<std::string> SplitNumberedGoals(const std::string& text) {
  const std::string trimmed = TrimAscii(text);
  if (trimmed.empty()) return {};
  auto start = GoalStart(trimmed, 0, 1);
  if (!start) return {trimmed};
  std::vector<std::string> goals;
  int next = 2;
  size_t goal_start = *start;
  for (size_t i = goal_start; i < trimmed.size(); ++i) {
    const char before = trimmed[i - 1];
    if (before != ' ' && before != '\n' && before != '\t') continue;
    if (const auto found = GoalStart(trimmed, i, next)) {
      goals.push_back(TrimAscii(trimmed.substr(goal_start, i - goal_start)));
      goal_start = *found;
      ++next;
    }
  }
  goals.push_back(TrimAscii(trimmed.substr(goal_start)));
  return goals;
}

}  // namespace gongkai
