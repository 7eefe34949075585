#include "importer/performance/goal_forms.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "format/target_value_reader.h"
#include "importer/budget_tables/line_cells.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/tables/header_columns.h"
#include "importer/tables/row_cells.h"

namespace gongkai {
namespace {

// The labels of the form's key-value part, and what each value is.
enum class FormField { kName, kBudget, kFiscal, kOther };
const std::vector<std::pair<const char*, FormField>>& FormFields() {
  static const std::vector<std::pair<const char*, FormField>> fields = {
      {"项目名称", FormField::kName},
      {"项目资金总额", FormField::kBudget},
      {"其中：财政资金", FormField::kFiscal},
      {"其中:财政资金", FormField::kFiscal},
      {"其他资金", FormField::kOther},
  };
  return fields;
}

// Header words of the indicator table, and what each column holds.
enum class IndicatorColumn { kLevel1, kLevel2, kName, kValue, kDescription, kBasis, kNone };
IndicatorColumn IndicatorColumnOf(const std::string& label) {
  if (label.find("一级") != std::string::npos) return IndicatorColumn::kLevel1;
  if (label.find("二级") != std::string::npos) return IndicatorColumn::kLevel2;
  if (label.find("三级") != std::string::npos) return IndicatorColumn::kName;
  if (label.find("依据") != std::string::npos) return IndicatorColumn::kBasis;
  if (label.find("描述") != std::string::npos || label.find("说明") != std::string::npos) return IndicatorColumn::kDescription;
  if (label.find("指标值") != std::string::npos) return IndicatorColumn::kValue;
  return IndicatorColumn::kNone;
}

// Labels of the form's blocks, printed at its left edge: not cell text.
bool IsBlockLabel(const std::string& compact) {
  for (const char* label : {"绩效指标", "项目", "绩效", "目标", "项目绩效目标", "项目资金", "（元）", "(元)", "（万元）", "(万元)"}) {
    if (compact == label) return true;
  }
  return false;
}

double Middle(const LaidOutLine& line) { return (line.top + line.bottom) / 2; }

// CJK prose broken into words by the PDF: joined without the spaces the
// extraction put in ("受理 、社区管" → "受理、社区管").
std::string JoinProse(const std::vector<const PlacedWord*>& words) {
  std::string text;
  for (const PlacedWord* word : words) text += TrimAscii(word->text);
  return text;
}

struct Piece {
  double y;
  std::string text;
};

class FormReader {
 public:
  FormReader(const LaidOutText& text, ImportReport& report) : text_(text), report_(report) {}

  std::optional<Project> Read(size_t title, size_t end) {
    Project project;
    project.origin = At(title);
    std::string unit;
    size_t goal_header = end, indicator_header = end;
    const PlacedWord* year_goal = nullptr;
    for (size_t i = title + 1; i < end; ++i) {
      const LaidOutLine& line = text_.lines[i];
      for (size_t w = 0; w < line.words.size(); ++w) {
        const std::string compact = Compact(line.words[w].text);
        if (compact == "（元）" || compact == "(元)") unit = "元";
        if (compact == "（万元）" || compact == "(万元)") unit = "万元";
        if (compact == "年度总体目标") {
          goal_header = i;
          year_goal = &line.words[w];
        }
        for (const auto& [label, field] : FormFields()) {
          if (compact != label || w + 1 >= line.words.size() || Seen(field)) continue;
          seen_.push_back(field);
          Assign(project, field, TrimAscii(line.words[w + 1].text), line);
        }
      }
      if (indicator_header == end && LineCompact(line).find("一级指标") != std::string::npos &&
          LineCompact(line).find("三级指标") != std::string::npos) {
        indicator_header = i;
      }
    }
    if (project.name.empty() || indicator_header == end) return std::nullopt;
    project.money_unit = unit.empty() ? "万元" : unit;
    if (unit.empty()) report_.Guess(text_.lines[title].source_line, "表中未印金额单位，按万元读", project.name);
    if (year_goal) ReadGoal(project, *year_goal, goal_header, indicator_header);
    ReadIndicators(project, indicator_header, end);
    return project;
  }

 private:
  SourceLocation At(size_t index) const { return text_.At(index); }

  bool Seen(FormField field) const { return std::find(seen_.begin(), seen_.end(), field) != seen_.end(); }

  void Assign(Project& project, FormField field, const std::string& value, const LaidOutLine& line) {
    const auto amount = ParsePrintedAmount(value);
    switch (field) {
      case FormField::kName: project.name = value; return;
      case FormField::kBudget: project.budget = amount; break;
      case FormField::kFiscal: project.fiscal_funds = amount; break;
      case FormField::kOther: project.other_funds = amount; break;
    }
    if (!amount) report_.Skip(line.source_line, 0, "项目资金一栏不是金额，未导入", value);
  }

  // The goal: the words under 年度总体目标, down to the indicator table. The
  // goal box has two columns of wrapped text (项目总目标 | 年度总体目标); the
  // right one's lines all start at one x, the most common start right of
  // the middle between the two headings (the left column's pieces start
  // wherever the PDF split its line).
  void ReadGoal(Project& project, const PlacedWord& header, size_t from, size_t to) {
    double middle = header.x0 - (header.x1 - header.x0);
    for (const PlacedWord& word : text_.lines[from].words) {
      if (Compact(word.text) == "项目总目标") middle = (word.x0 + word.x1 + header.x0 + header.x1) / 4;
    }
    std::map<long, int> starts;
    for (size_t i = from + 1; i < to; ++i) {
      for (const PlacedWord& word : text_.lines[i].words) {
        if (word.x0 > middle) ++starts[std::lround(word.x0)];
      }
    }
    if (starts.empty()) return;
    const long column = std::max_element(starts.begin(), starts.end(), [](const auto& a, const auto& b) {
                          return a.second < b.second;
                        })->first;
    std::vector<const PlacedWord*> words;
    for (size_t i = from + 1; i < to; ++i) {
      for (const PlacedWord& word : text_.lines[i].words) {
        if (word.x0 >= column - 0.5 && !IsBlockLabel(Compact(word.text))) words.push_back(&word);
      }
    }
    const std::string goal = JoinProse(words);
    if (!goal.empty()) {
      project.goals.push_back(goal);
      report_.Repair(text_.lines[from].source_line, "年度总体目标分行、分词处并回（去掉提取时插入的空格）", goal);
    }
  }

  void ReadIndicators(Project& project, size_t header_index, size_t end) {
    const std::vector<HeaderColumn> columns = ReadHeaderColumns({&text_.lines[header_index]});
    std::vector<IndicatorColumn> kinds;
    std::vector<ColumnRole> roles;
    for (const HeaderColumn& column : columns) {
      kinds.push_back(IndicatorColumnOf(column.Label()));
      roles.push_back(ColumnRole::kText);
    }
    if (columns.empty()) return;
    const auto index_of = [&](IndicatorColumn kind) -> std::optional<size_t> {
      for (size_t c = 0; c < kinds.size(); ++c) {
        if (kinds[c] == kind) return c;
      }
      return std::nullopt;
    };
    const auto name_column = index_of(IndicatorColumn::kName);
    if (!name_column) return;
    struct Row {
      size_t line;
      double y;
      std::map<size_t, std::string> cells;
    };
    std::vector<Row> rows;
    std::map<size_t, std::vector<Piece>> pieces;  // column → label pieces off the rows
    for (size_t i = header_index + 1; i < end; ++i) {
      const LaidOutLine& line = text_.lines[i];
      // The form ends where prose starts (a paragraph or a wide line).
      if (line.words.size() == 1 && Compact(line.words[0].text).size() > 3 * 30) break;
      std::vector<PlacedWord> words;
      for (const PlacedWord& word : line.words) {
        if (!IsBlockLabel(Compact(word.text))) words.push_back(word);
      }
      if (words.empty()) continue;
      const std::vector<size_t> placed = PlaceWords(words, columns, roles);
      std::map<size_t, std::string> cells;
      for (size_t w = 0; w < words.size(); ++w) cells[placed[w]] += TrimAscii(words[w].text);
      // A row is the line of its 指标值 (one line, set at the middle of its
      // row); a 三级指标 wrapped around it prints its lines above and below.
      const auto value_column = index_of(IndicatorColumn::kValue);
      const size_t anchor = value_column ? *value_column : *name_column;
      if (cells.count(anchor)) {
        rows.push_back({i, Middle(line), cells});
      } else {
        for (const auto& [column, text] : cells) pieces[column].push_back({Middle(line), text});
      }
    }
    if (rows.empty()) return;
    const auto nearest_row = [&](double y) {
      size_t best = 0;
      for (size_t r = 1; r < rows.size(); ++r) {
        if (std::abs(rows[r].y - y) < std::abs(rows[best].y - y) - 0.01) best = r;
      }
      return best;
    };
    // Pieces of 三级, 指标值 and the other per-row columns wrapped off their
    // row's line: to the nearer row, in top-to-bottom order.
    std::map<std::pair<size_t, size_t>, std::vector<Piece>> wrapped;  // (row, column) → pieces
    std::map<size_t, std::vector<Piece>> labels;                      // group columns → labels
    for (size_t c = 0; c < kinds.size(); ++c) {
      const bool group = kinds[c] == IndicatorColumn::kLevel1 || kinds[c] == IndicatorColumn::kLevel2;
      for (const Row& row : rows) {
        const auto cell = row.cells.find(c);
        if (cell != row.cells.end() && group) labels[c].push_back({row.y, cell->second});
      }
      for (const Piece& piece : pieces[c]) {
        if (group) {
          labels[c].push_back(piece);
        } else {
          wrapped[{nearest_row(piece.y), c}].push_back(piece);
        }
      }
    }
    // Group labels: pieces a line apart are one label wrapped in its cell
    // ("服务对象满意度" / "指标"); rows are further apart than that.
    const double line_height = text_.lines[header_index].bottom - text_.lines[header_index].top;
    for (auto& [column, list] : labels) {
      std::stable_sort(list.begin(), list.end(), [](const Piece& a, const Piece& b) { return a.y < b.y; });
      std::vector<std::vector<Piece>> merged;
      for (const Piece& piece : list) {
        if (!merged.empty() && piece.y - merged.back().back().y < 1.5 * line_height) {
          merged.back().push_back(piece);
        } else {
          merged.push_back({piece});
        }
      }
      std::vector<Piece> joined;
      for (const std::vector<Piece>& pieces_of_label : merged) {
        Piece label{0, ""};
        for (const Piece& piece : pieces_of_label) label.text += piece.text;
        label.y = (pieces_of_label.front().y + pieces_of_label.back().y) / 2;
        joined.push_back(label);
      }
      list = joined;
    }
    // Each label heads a run of rows it is centred on: runs in order, each
    // ending where the label sits nearest the middle of its run.
    std::map<size_t, std::vector<std::string>> label_of_row;  // column → per row
    for (auto& [column, list] : labels) {
      std::vector<std::string>& per_row = label_of_row[column];
      per_row.assign(rows.size(), "");
      size_t start = 0;
      for (size_t l = 0; l < list.size() && start < rows.size(); ++l) {
        size_t stop = rows.size() - 1;
        if (l + 1 < list.size()) {
          const size_t last_possible = rows.size() - (list.size() - l - 1) - 1;
          double best = 1e18;
          for (size_t e = start; e <= std::max(start, last_possible); ++e) {
            const double miss = std::abs((rows[start].y + rows[e].y) / 2 - list[l].y);
            if (miss < best - 0.01) best = miss, stop = e;
          }
        }
        for (size_t r = start; r <= stop && r < rows.size(); ++r) per_row[r] = list[l].text;
        start = stop + 1;
      }
    }
    const auto label_for = [&](size_t column, size_t row) -> std::string {
      const auto found = label_of_row.find(column);
      return found == label_of_row.end() ? "" : found->second[row];
    };
    for (size_t r = 0; r < rows.size(); ++r) {
      Row& row = rows[r];
      Indicator indicator;
      indicator.origin = At(row.line);
      for (size_t c = 0; c < kinds.size(); ++c) {
        std::string text = row.cells.count(c) ? row.cells[c] : "";
        auto more = wrapped.find({r, c});
        if (more != wrapped.end()) {
          std::vector<Piece>& list = more->second;
          std::stable_sort(list.begin(), list.end(), [](const Piece& a, const Piece& b) { return a.y < b.y; });
          std::string above, below;
          for (const Piece& piece : list) (piece.y < row.y ? above : below) += piece.text;
          text = above + text + below;
          report_.Repair(text_.lines[row.line].source_line, "折行的指标文字并回所在行", text);
        }
        switch (kinds[c]) {
          case IndicatorColumn::kLevel1: indicator.level1 = label_for(c, r); break;
          case IndicatorColumn::kLevel2: indicator.level2 = label_for(c, r); break;
          case IndicatorColumn::kName: indicator.name = text; break;
          case IndicatorColumn::kValue: indicator.value = ReadTargetValueText(text); break;
          case IndicatorColumn::kDescription: indicator.description = text; break;
          case IndicatorColumn::kBasis: indicator.basis = text; break;
          case IndicatorColumn::kNone: break;
        }
      }
      project.indicators.push_back(std::move(indicator));
    }
  }

  const LaidOutText& text_;
  ImportReport& report_;
  std::vector<FormField> seen_;
};

}  // namespace

bool IsGoalFormTitle(const std::string& compact) {
  return EndsWith(compact, "绩效目标填报表") || EndsWith(compact, "绩效目标申报表");
}

GoalForms ReadGoalForms(const LaidOutText& text, ImportReport& report) {
  GoalForms forms;
  std::vector<size_t> titles;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (IsGoalFormTitle(LineCompact(text.lines[i]))) titles.push_back(i);
  }
  for (size_t t = 0; t < titles.size(); ++t) {
    // A form is one page: it ends at the next form, or where a later page
    // starts with anything but its indicator rows.
    size_t end = t + 1 < titles.size() ? titles[t + 1] : text.lines.size();
    const int page = text.lines[titles[t]].page;
    for (size_t i = titles[t] + 1; i < end; ++i) {
      const LaidOutLine& line = text.lines[i];
      if (line.page == page || line.row != 1) continue;
      if (LineCompact(line).find("指标") == std::string::npos) {
        end = i;
        break;
      }
    }
    forms.claimed.push_back({titles[t], end});
    FormReader reader(text, report);
    if (auto project = reader.Read(titles[t], end)) {
      project->number = static_cast<int>(forms.projects.size()) + 1;
      forms.projects.push_back(std::move(*project));
    } else {
      report.Skip(text.lines[titles[t]].source_line, 0, "绩效目标填报表中找不到项目名称或指标表，未导入");
    }
  }
  return forms;
}

}  // namespace gongkai
