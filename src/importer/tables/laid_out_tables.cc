#include "importer/tables/laid_out_tables.h"

#include <algorithm>
#include <optional>
#include <cmath>
#include <map>
#include <set>

#include "importer/budget_tables/line_cells.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/tables/header_columns.h"
#include "importer/tables/row_cells.h"
#include "importer/tables/table_vocabulary.h"

namespace gongkai {
namespace {

// The words of a line that a table reads: fused codes split.
std::vector<PlacedWord> RowWords(const LaidOutLine& line) {
  std::vector<PlacedWord> words;
  for (const PlacedWord& word : line.words) {
    if (Compact(word.text).empty()) continue;
    // A year before 年 ("2017" "年度") is text, not a code or an amount.
    if (!words.empty() && StartsWith(Compact(word.text), "年") && words.back().text.size() == 4 &&
        KindOfWord(words.back().text) == WordKind::kCode) {
      words.back().text += (words.back().space_after ? " " : "") + word.text;
      words.back().x1 = word.x1;
      words.back().space_after = word.space_after;
      continue;
    }
    for (PlacedWord& piece : SplitFusedCode(word)) words.push_back(std::move(piece));
  }
  return words;
}

bool HasAmountOrCode(const LaidOutLine& line) {
  for (const PlacedWord& word : RowWords(line)) {
    const WordKind kind = KindOfWord(word.text);
    if (kind == WordKind::kCode) return true;
    if (kind == WordKind::kAmount && ParsePrintedAmount(TrimAscii(word.text))) return true;
  }
  return false;
}

// "公开06表", "表六": a template's table number on a line of its own.
bool IsTableNumberLine(const std::string& compact) {
  if (StartsWith(compact, "公开") && EndsWith(compact, "表") && compact.size() <= 16) return true;
  if (StartsWith(compact, "表") && compact.size() <= 15 && !EndsWith(compact, "表")) {
    const std::string rest = compact.substr(3);
    return rest.find_first_not_of("0123456789一二三四五六七八九十") == std::string::npos && !rest.empty();
  }
  return false;
}

struct TitleLine {
  size_t index;
  BudgetTableKind kind;
};

std::vector<TitleLine> FindTitles(const LaidOutText& text) {
  std::vector<TitleLine> titles;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const std::string compact = LineCompact(text.lines[i]);
    if (const auto kind = TableKindFromTitle(compact)) titles.push_back({i, *kind});
  }
  return titles;
}

std::string Join(const std::vector<const PlacedWord*>& words) {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i - 1]->space_after) text += " ";
    text += TrimAscii(words[i]->text);
  }
  return text;
}

// A code printed in pieces (类 款 项 columns, or "302 15"). A 款 or 项
// printed with one digit ("301" "7": the template dropped the leading zero)
// is the two-digit part "07"; `padded` says so for the report.
std::string JoinCode(const std::vector<const PlacedWord*>& words, bool* padded) {
  std::string code;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string piece = Compact(words[i]->text);
    if (i > 0 && piece.size() == 1 && code.size() >= 3) {
      piece = "0" + piece;
      *padded = true;
    }
    code += piece;
  }
  return code;
}

// The table's output columns from its header columns: every code column
// becomes one "code" column (类 款 项 are one code), keys made unique.
struct ColumnPlan {
  std::vector<ColumnRole> roles;     // per header column
  std::vector<int> output;           // per header column: output column index, -1 for none (序号)
  BudgetTable shape;
};

// In a table of income beside spending each side is an item column and
// its amounts; a group label set over the side (支出 › 功能分类 | 支出用途)
// says nothing the item column does not, and its position can put an
// amount under the wrong one. So an amount column takes the groups of the
// item column left of it.
std::vector<HeaderColumn> SidesByItems(BudgetTableKind kind, std::vector<HeaderColumn> header) {
  if (!IsTwoSidedKind(kind)) return header;
  const auto is_item = [](const HeaderColumn& column) {
    const std::string& label = column.Label();
    return label.find("项目") != std::string::npos || label.find("名称") != std::string::npos;
  };
  // The sides, left to right: the distinct top groups (收入, 支出 …).
  std::vector<std::string> tops;
  for (const HeaderColumn& column : header) {
    if (column.path.size() >= 2 && std::find(tops.begin(), tops.end(), column.path[0]) == tops.end()) tops.push_back(column.path[0]);
  }
  std::vector<HeaderColumn> out;
  std::optional<size_t> item;  // index in `out` of the side's item column
  int side = -1;
  std::string subgroup;  // a label naming a classification, over the columns after it
  for (HeaderColumn& column : header) {
    if (is_item(column)) {
      ++side;
      subgroup.clear();
      if (!tops.empty() && column.path.size() >= 2) column.path[0] = tops[std::min<size_t>(side, tops.size() - 1)];
      out.push_back(column);
      item = out.size() - 1;
      continue;
    }
    if (IsSideGroupLabel(column.Label())) {
      subgroup = column.Label();
      continue;
    }
    if (item) {
      const std::vector<std::string>& item_path = out[*item].path;
      std::vector<std::string> path(item_path.begin(), item_path.end() - 1);
      if (!subgroup.empty() && std::find(path.begin(), path.end(), subgroup) == path.end()) path.push_back(subgroup);
      path.push_back(column.Label());
      column.path = path;
    }
    out.push_back(column);
  }
  return out;
}

ColumnPlan PlanColumns(BudgetTableKind kind, const std::vector<HeaderColumn>& header) {
  ColumnPlan plan;
  plan.shape.kind = kind;
  plan.shape.classification = KindClassification(kind);
  std::set<std::string> keys;
  int code_output = -1;
  for (size_t i = 0; i < header.size(); ++i) {
    ColumnMeaning meaning = ColumnMeaningOf(kind, header[i].path);
    // 款 or 项 beside the code column is a part of the code, even where its
    // group label (功能分类科目编码) does not reach over it: text by
    // character columns prints Chinese labels half as wide as the page.
    const std::string own = header[i].Label();
    if (meaning.role != ColumnRole::kCode && (own == "款" || own == "项") && i > 0 &&
        plan.roles.back() == ColumnRole::kCode) {
      meaning = {"code", ColumnRole::kCode};
    }
    plan.roles.push_back(meaning.role);
    // A running number (序号) numbers the printed rows; the table has its own order.
    if (meaning.role == ColumnRole::kRowNumber) {
      plan.output.push_back(-1);
      continue;
    }
    if (meaning.role == ColumnRole::kCode) {
      if (code_output < 0) {
        code_output = static_cast<int>(plan.shape.columns.size());
        std::string label;
        for (const std::string& part : header[i].path) {
          if (part.find("编码") != std::string::npos || part.find("代码") != std::string::npos) label = part;
        }
        plan.shape.columns.push_back({"code", label.empty() ? "科目编码" : label, ColumnType::kCode, {}});
        keys.insert("code");
      }
      plan.output.push_back(code_output);
      continue;
    }
    std::string key = meaning.key.empty() ? "c" + std::to_string(i + 1) : meaning.key;
    for (int n = 2; keys.count(key); ++n) key = (meaning.key.empty() ? "c" + std::to_string(i + 1) : meaning.key) + "_" + std::to_string(n);
    keys.insert(key);
    // The column's own label, as the page prints it over the column; with
    // its group in front where another column of the table has the same
    // one (本年收入 项目 beside 本年支出 项目).
    std::string label = header[i].Label();
    for (size_t j = 0; j < header.size(); ++j) {
      if (j != i && header[j].Label() == label && header[i].path.size() >= 2) {
        label = header[i].path[header[i].path.size() - 2] + label;
        break;
      }
    }
    plan.output.push_back(static_cast<int>(plan.shape.columns.size()));
    plan.shape.columns.push_back({key, label, meaning.role == ColumnRole::kText ? ColumnType::kText : ColumnType::kAmount, {}});
  }
  // A table with one spending side, by use (Jiangsu's 财政拨款收支预算总表:
  // 支出 › 支出用途): that side is the spending.
  const auto use_item = plan.shape.Column("use_item"), use = plan.shape.Column("use");
  if (use_item && !plan.shape.Column("spending_item")) plan.shape.columns[*use_item].key = "spending_item";
  if (use && !plan.shape.Column("spending")) plan.shape.columns[*use].key = "spending";
  // A kind classified by code, printed without codes (Jiangsu's 收入预算总表
  // lists 项目名称 and 金额): its rows are plain items.
  if (code_output < 0) plan.shape.classification = Classification::kNone;
  return plan;
}

// Which amount columns a total adds up: the parts of the budget the
// vocabulary knows, when the table prints them beside its 合计.
void AddSums(BudgetTable& table) {
  const auto has = [&](const char* key) { return table.Column(key).has_value(); };
  const auto total = table.Column("total");
  if (!total) return;
  std::vector<std::string> parts;
  const auto take = [&](std::vector<const char*> keys) {
    for (const char* key : keys) {
      if (has(key)) parts.push_back(key);
    }
  };
  if (has("basic") && has("project")) {
    take({"basic", "project", "operating", "remit", "subsidy", "reserve"});
  } else if (has("personnel") && has("public")) {
    take({"personnel", "public"});
  } else if (table.kind == BudgetTableKind::kIncome && has("this_year")) {
    // 合计 = 本年收入 小计 + 上年结转, the 小计 the sum of this year's sources.
    take({"this_year", "carryover"});
    std::vector<std::string> total_parts = parts;
    parts.clear();
    take({"fiscal", "special_account", "business", "operating", "superior", "affiliated", "other"});
    if (parts.size() >= 2) table.columns[*table.Column("this_year")].sum_of = parts;
    parts = total_parts;
  } else if (table.kind == BudgetTableKind::kIncome) {
    if (has("fiscal")) {
      take({"fiscal", "special_account", "business", "operating", "superior", "affiliated", "other", "carryover"});
    } else {
      take({"general", "fund", "capital", "special_account", "business", "operating", "other", "carryover"});
    }
  }
  if (parts.size() >= 2) table.columns[*total].sum_of = parts;
  // Jiangsu's 三公 table: 合计 = 三公 小计 + 会议费 + 培训费.
  if (table.kind == BudgetTableKind::kThreePublic && has("three_public")) {
    parts.clear();
    take({"three_public", "meetings", "training"});
    if (parts.size() >= 2) table.columns[*total].sum_of = parts;
    parts.clear();
    take({"abroad", "reception", "vehicles"});
    if (parts.size() >= 2) table.columns[*table.Column("three_public")].sum_of = parts;
  }
  if (table.kind == BudgetTableKind::kThreePublic && !has("three_public") && !has("meetings") && !has("training")) {
    take({"abroad", "reception", "vehicles"});
    if (parts.size() >= 2) table.columns[*total].sum_of = parts;
  }
  // 三公 by fund type: 合计 = the fund types.
  if (table.kind == BudgetTableKind::kThreePublic && has("general")) {
    parts.clear();
    take({"general", "fund", "capital"});
    if (parts.size() >= 2) table.columns[*total].sum_of = parts;
  }
  if (table.kind == BudgetTableKind::kThreePublic && has("vehicles") && has("purchase") && has("running")) {
    table.columns[*table.Column("vehicles")].sum_of = {"purchase", "running"};
  }
}

// A line of the table's meta only: 编制部门 and unit, with the name as a
// word of its own after "部门名称：".
bool IsTableMetaLine(const LaidOutLine& line) {
  bool meta = false;
  for (const PlacedWord& word : line.words) {
    const std::string compact = Compact(word.text);
    if (IsTableMetaWord(compact)) {
      meta = true;
    } else if (!meta) {
      return false;
    }
  }
  return meta;
}

// "栏次 1 2 3 4": the header's row of column numbers (Hebei).
bool IsColumnNumbersLine(const LaidOutLine& line) {
  return !line.words.empty() && IsColumnNumbersLabel(Compact(line.words.front().text));
}

bool IsRepeatedHeader(const LaidOutLine& line, const std::set<std::string>& header_words) {
  if (HasAmountOrCode(line)) return false;
  size_t known = 0;
  for (const PlacedWord& word : line.words) known += header_words.count(Compact(word.text));
  return known > 0 && known * 2 >= line.words.size();
}

// A line of prose (a paragraph after the table): a sentence's end
// ("…37188.34 万元。"), or a run of text longer than any cell.
// A part heading ("第三部分 …情况说明") or a numbered heading
// ("一、收支预算总体情况说明"): the text after the tables.
bool IsHeadingLine(const LaidOutLine& line) {
  const std::string first = line.words.empty() ? "" : Compact(line.words.front().text);
  const size_t part = first.find("部分");
  return (StartsWith(first, "第") && part != std::string::npos && part <= 3 * 4) || StartsWithChineseNumbering(first);
}

bool IsProse(const LaidOutLine& line) {
  // A part heading ends the tables before it.
  const std::string first = line.words.empty() ? "" : Compact(line.words.front().text);
  const size_t part = first.find("部分");
  if (StartsWith(first, "第") && part != std::string::npos && part <= 3 * 4) return true;
  for (const PlacedWord& word : line.words) {
    const std::string compact = Compact(word.text);
    if (EndsWith(compact, "。") || EndsWith(compact, "；")) return true;
    if (compact.size() > 3 * 28 && !HasAmountOrCode(line)) return true;
  }
  return false;
}

class TableReader {
 public:
  TableReader(const LaidOutText& text, ImportReport& report, LaidOutTables& out) : text_(text), report_(report), out_(out) {}

  // Reads the table titled at `title` whose lines end before `end`; false
  // when no row and no header follow (a table of contents line).
  bool Read(const TitleLine& title, size_t end) {
    size_t first_row = end;
    for (size_t i = title.index + 1; i < end; ++i) {
      // A grid's rows are its table rows: a paragraph above them is a
      // caption ("203 中共…党建工作部", "2023"), the numbers row a header.
      const LaidOutLine& line = text_.lines[i];
      if (HasAmountOrCode(line) && !IsPageFurniture(text_, i) && !line.whole_paragraph && !IsColumnNumbersLine(line)) {
        first_row = i;
        break;
      }
    }
    std::vector<const LaidOutLine*> header;
    BudgetTable table;
    std::vector<std::string> notes;
    size_t header_end = first_row;  // a sentence under a table without rows ends it
    for (size_t i = title.index + 1; i < first_row; ++i) {
      const LaidOutLine& line = text_.lines[i];
      const std::string compact = LineCompact(line);
      // An empty table's body: "无", or a 合计 with no amount.
      if (line.words.size() == 1 && (compact == "无" || IsTotalLabel(compact))) continue;
      if (IsTableNumberLine(compact) || IsPageFurniture(text_, i)) continue;
      if (StartsWith(compact, "注")) {
        notes.push_back(line.Text());
        continue;
      }
      if (meta_lines_.count(i)) continue;  // the wrapped end of a department name
      NoteMeta(i, table);
      // "部门名称：" with the name as a word of its own, then the unit.
      if (IsTableMetaLine(line)) continue;
      if (IsProse(line)) {
        header_end = i;
        break;
      }
      // Another title or a dot leader under this one: a table of contents.
      for (const PlacedWord& word : line.words) {
        const std::string piece = Compact(word.text);
        const size_t first_table = piece.find("表");
        const bool several_titles = first_table != std::string::npos && piece.find("表", first_table + 3) != std::string::npos &&
                                    piece.find("预算") != std::string::npos;
        if (TableKindFromTitle(piece) || several_titles || piece.find("……") != std::string::npos) return false;
      }
      if (!line.whole_paragraph && !IsColumnNumbersLine(line)) header.push_back(&line);
    }
    if (first_row == end && header.empty() && notes.empty()) return false;
    const std::vector<HeaderColumn> columns = SidesByItems(
        title.kind, ReadHeaderColumns(header, HeaderGeometryOf(text_.unit),
                                      IsTwoSidedKind(title.kind) ? TableSides::kTwo : TableSides::kOne));
    if (columns.empty()) return false;
    ColumnPlan plan = PlanColumns(title.kind, columns);
    // No money unit and no column the vocabulary knows: a table of contents
    // whose lines carry page numbers, not a table.
    bool known_column = false;
    for (const BudgetColumn& column : plan.shape.columns) known_column = known_column || column.key[0] != 'c' || column.key == "code";
    if (!known_column && table.unit.empty()) return false;
    const std::string unit = table.unit;  // read off the meta lines above
    table = plan.shape;
    table.unit = unit;
    table.title = text_.lines[title.index].Text();
    table.title = TrimAscii(table.title);
    table.origin = At(title.index);
    table.notes = notes;
    std::set<std::string> header_words;
    for (const LaidOutLine* line : header) {
      for (const PlacedWord& word : line->words) header_words.insert(Compact(word.text));
    }
    std::vector<Fragment> fragments;
    int page = first_row < end ? text_.lines[first_row].page : 0;
    bool page_start = false;
    size_t last = first_row;  // where the table's lines end
    int notes_page = 0;       // the page of the note just read
    for (size_t i = first_row; i < end; ++i, last = i) {
      const LaidOutLine& line = text_.lines[i];
      const std::string compact = LineCompact(line);
      if (line.page != page) page = line.page, page_start = true;
      if (compact.empty() || IsPageFurniture(text_, i) || IsTableNumberLine(compact)) continue;
      // A table goes on over a page only when the page starts with its
      // header again or with rows; anything else is what follows it.
      if (page_start) {
        page_start = false;
        if (!ContinuesOnPage(i, end, header_words)) break;
      }
      if (IsRepeatedHeader(line, header_words) || IsTableMetaWord(compact) || IsColumnNumbersLine(line)) continue;
      // A grid's paragraphs between its rows: the page header a template
      // repeats before the header rows where the table goes on (Hebei: the
      // department, 预算年度, the unit).
      if (line.whole_paragraph && HeaderRepeatsNext(i, end, header_words)) continue;
      if (StartsWith(compact, "注") || StartsWith(compact, "备注")) {
        table.notes.push_back(TrimAscii(line.Text()));
        notes_page = line.page;
        continue;
      }
      // The note goes on below it, on its page: more numbered notes
      // ("2.“科目编码”…"), or its wrapped lines.
      if (notes_page == line.page && !HasAmountOrCode(line) && !IsHeadingLine(line)) {
        const std::string more = TrimAscii(line.Text());
        if (StartsWithSubNumbering(more)) {
          table.notes.push_back(more);
        } else {
          table.notes.back() += more;
        }
        continue;
      }
      notes_page = 0;
      if (IsProse(line)) break;
      const std::vector<PlacedWord> words = RowWords(line);
      const std::vector<size_t> placed = PlaceWords(words, columns, plan.roles);
      if (!HasAmountOrCode(line)) {
        // A piece of a wrapped name: kept to join to its row below.
        for (size_t w = 0; w < words.size(); ++w) {
          if (plan.output[placed[w]] < 0) continue;
          fragments.push_back({i, plan.output[placed[w]], TrimAscii(words[w].text)});
        }
        continue;
      }
      AddRow(table, plan, columns, words, placed, i);
      row_lines_.push_back(i);
    }
    last = DropTrailingText(fragments, last);
    JoinFragments(table, fragments);
    // The table's number printed over its title ("公开01表") is the table's too.
    size_t first = title.index, above = title.index;
    while (above > 0 && text_.lines[above - 1].words.empty()) --above;
    if (above > 0 && text_.lines[above - 1].page == text_.lines[first].page &&
        IsTableNumberLine(LineCompact(text_.lines[above - 1]))) {
      first = above - 1;
    }
    out_.claimed.push_back({first, first_row == end ? header_end : last});
    FinishRows(table);
    AddSums(table);
    NameAsTemplate(table, title.index, first_row);
    out_.tables.push_back(std::move(table));
    return true;
  }

 private:
  // A line with text only: a piece of a wrapped cell.
  struct Fragment {
    size_t line;
    int column;
    std::string text;
  };

  SourceLocation At(size_t index) const { return text_.At(index); }

  // The unit and the department a header line prints. A name the line
  // wrapped ("部门名称：江苏省高级人民法" over "院") goes on with the short
  // word that starts where it starts on the next line.
  void NoteMeta(size_t index, BudgetTable& table) {
    const LaidOutLine& line = text_.lines[index];
    for (const PlacedWord& word : line.words) {
      const std::string compact = Compact(word.text);
      const std::string unit = PrintedMoneyUnit(compact);
      if (!unit.empty() && table.unit.empty()) table.unit = unit;
      std::string name = PrintedDepartmentName(compact);
      if (name.empty() && IsBareDepartmentLabel(compact) && &word == &line.words.back()) {
        // "部门名称：" ending its line, the name alone at the start of the
        // next one (05_… 公开10表, as pdftotext -layout lays it out).
        NoteNameOnNextLine(index, table);
        continue;
      }
      if (name.empty()) continue;
      if (!word.whole_cell && index + 1 < text_.lines.size() && !text_.lines[index + 1].words.empty()) {
        const PlacedWord& next = text_.lines[index + 1].words.front();
        const std::string rest = Compact(next.text);
        if (std::abs(next.x0 - word.x0) < 1.0 && rest.size() <= 3 * 3 && !IsTableMetaWord(rest) &&
            KindOfWord(rest) == WordKind::kText) {
          name += rest;
          meta_lines_.insert(index + 1);
          // The unit printed beside the wrapped end of the name ("院
          // 单位：万元", 05_… 一般公共预算支出预算表) is the table's unit.
          for (const PlacedWord& beside : text_.lines[index + 1].words) {
            const std::string beside_unit = PrintedMoneyUnit(Compact(beside.text));
            if (!beside_unit.empty() && table.unit.empty()) table.unit = beside_unit;
          }
          report_.Repair(text_.lines[index + 1].source_line, "折行的部门名称并回一行", name);
        }
      }
      if (!out_.department_name.empty()) continue;
      out_.department_name = name;
      out_.department_line = line.source_line;
    }
  }

  // The name under a bare "部门名称：": the first word of the next line
  // when it is text and the rest of that line is meta (the unit).
  void NoteNameOnNextLine(size_t index, BudgetTable& table) {
    if (index + 1 >= text_.lines.size() || text_.lines[index + 1].words.empty()) return;
    const LaidOutLine& next = text_.lines[index + 1];
    const std::string name = Compact(next.words.front().text);
    if (name.empty() || KindOfWord(name) != WordKind::kText || IsTableMetaWord(name) || TableKindFromTitle(name)) return;
    for (size_t w = 1; w < next.words.size(); ++w) {
      if (!IsTableMetaWord(Compact(next.words[w].text))) return;
    }
    meta_lines_.insert(index + 1);
    for (const PlacedWord& beside : next.words) {
      const std::string unit = PrintedMoneyUnit(Compact(beside.text));
      if (!unit.empty() && table.unit.empty()) table.unit = unit;
    }
    if (!out_.department_name.empty()) return;
    out_.department_name = name;
    out_.department_line = next.source_line;
  }

  void AddRow(BudgetTable& table, const ColumnPlan& plan, const std::vector<HeaderColumn>& columns,
              const std::vector<PlacedWord>& words, const std::vector<size_t>& placed, size_t line_index) {
    std::vector<std::vector<const PlacedWord*>> cells(table.columns.size());
    for (size_t w = 0; w < words.size(); ++w) {
      const size_t header_column = placed[w];
      if (plan.output[header_column] < 0) continue;
      const WordKind kind = KindOfWord(words[w].text);
      if (kind == WordKind::kAmount && plan.roles[header_column] != ColumnRole::kAmount &&
          ParsePrintedAmount(TrimAscii(words[w].text))) {
        ++out_.unplaced;
        report_.Skip(text_.lines[line_index].source_line, 0,
                     "金额不在任何金额列下（" + table.title + "）", words[w].text + " 在“" + columns[header_column].Label() + "”列");
      }
      cells[plan.output[header_column]].push_back(&words[w]);
    }
    std::vector<std::string> printed(table.columns.size());
    for (size_t c = 0; c < table.columns.size(); ++c) {
      bool padded = false;
      printed[c] = table.columns[c].type == ColumnType::kCode ? JoinCode(cells[c], &padded) : Join(cells[c]);
      if (padded) {
        report_.Repair(text_.lines[line_index].source_line, "款/项编码印为一位数，补足两位后合成科目编码（" + table.title + "）",
                       printed[c]);
      }
      if (table.columns[c].type == ColumnType::kAmount && cells[c].size() > 1) {
        report_.Skip(text_.lines[line_index].source_line, 0, "一个金额单元格里有多个数（" + table.title + "）", printed[c]);
      }
    }
    BudgetRow row;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      row.cells.push_back(MakeCell(table.columns[c], printed[c]));
      if (row.cells.back().amount && table.columns[c].type == ColumnType::kAmount) ++out_.amounts;
    }
    row.origin = At(line_index);
    table.rows.push_back(std::move(row));
  }

  // Text after the last row that is not a wrapped piece of it (a heading
  // over the narrative that follows, on the same page): what lies on another
  // page, or more than two line heights below the row above, ends the table.
  // Returns where the table's lines end.
  size_t DropTrailingText(std::vector<Fragment>& fragments, size_t last) const {
    if (row_lines_.empty()) return last;
    const LaidOutLine* above = &text_.lines[row_lines_.back()];
    for (size_t f = 0; f < fragments.size(); ++f) {
      if (fragments[f].line < row_lines_.back()) continue;
      const LaidOutLine& piece = text_.lines[fragments[f].line];
      if (piece.page != above->page || piece.top - above->bottom > 2 * (above->bottom - above->top)) {
        const size_t cut = fragments[f].line;
        fragments.erase(fragments.begin() + static_cast<long>(f), fragments.end());
        return cut;
      }
      above = &piece;
    }
    return last;
  }

  // Pieces of wrapped names, joined to their rows: a piece directly above a
  // row whose cell in that column is empty starts that cell (a name set
  // around its row's middle: first half above, second half below); any
  // other piece continues the cell of the row above it.
  void JoinFragments(BudgetTable& table, const std::vector<Fragment>& fragments) {
    std::set<std::pair<size_t, size_t>> started;  // (row, column) cells begun by a piece above the row
    for (const Fragment& fragment : fragments) {
      const size_t column = static_cast<size_t>(fragment.column);
      if (table.columns[column].type == ColumnType::kAmount) continue;
      // The rows around the piece, on its page.
      const LaidOutLine& piece = text_.lines[fragment.line];
      size_t above = row_lines_.size(), below = row_lines_.size();
      for (size_t r = 0; r < row_lines_.size(); ++r) {
        if (text_.lines[row_lines_[r]].page != piece.page) continue;
        if (row_lines_[r] < fragment.line) above = r;
        if (row_lines_[r] > fragment.line && below == row_lines_.size()) below = r;
      }
      const auto distance = [&](size_t r) {
        const LaidOutLine& row = text_.lines[row_lines_[r]];
        return std::abs((row.top + row.bottom) / 2 - (piece.top + piece.bottom) / 2);
      };
      size_t nearest = above;
      if (below < row_lines_.size() && (above == row_lines_.size() || distance(below) < distance(above) - 0.01)) nearest = below;
      // Halfway between two rows (text by lines: the line between them): a
      // name wrapped around its row prints its first part above the row and
      // the rest below, so the piece ends the cell of the row above when a
      // piece above that row started it, else starts an empty cell below.
      const auto blank_at = [&](size_t r) {
        return r < table.rows.size() && table.rows[r].cells[column].text.empty() && !label_rows_.count(row_lines_[r]);
      };
      if (below < row_lines_.size() && above < row_lines_.size() && std::abs(distance(below) - distance(above)) <= 0.01) {
        if (started.count({above, column})) {
          nearest = above;
        } else if (blank_at(below)) {
          nearest = below;
        }
      }
      // Income beside spending lists every item, printed or blank: a label
      // of its own ("上年结转资金", "九、医疗卫生与计划生育支") is a row; a
      // short piece ("出") is the end of the row above; a label set around
      // the middle of a row that prints none ("四、文化旅游体育与传媒" over
      // its 200,000) belongs to that row.
      const bool nearest_blank = nearest < table.rows.size() && table.rows[nearest].cells[column].text.empty() &&
                                 !label_rows_.count(row_lines_[nearest]);
      if (IsTwoSidedKind(table.kind) && !nearest_blank && CodePointCount(fragment.text) > 3) {
        BudgetRow row;
        for (size_t c = 0; c < table.columns.size(); ++c) row.cells.push_back(MakeCell(table.columns[c], c == column ? fragment.text : ""));
        row.origin = At(fragment.line);
        const size_t at = above < row_lines_.size() ? above + 1 : (below < row_lines_.size() ? below : row_lines_.size());
        table.rows.insert(table.rows.begin() + static_cast<long>(at), std::move(row));
        row_lines_.insert(row_lines_.begin() + static_cast<long>(at), fragment.line);
        label_rows_.insert(fragment.line);
        continue;
      }
      // Otherwise the piece belongs to the nearer row: a cell set around its
      // row's middle prints its first line above the row and the rest below.
      size_t target = nearest;
      if (IsTwoSidedKind(table.kind) && !nearest_blank) target = above;
      if (target >= table.rows.size()) {
        report_.Skip(piece.source_line, 0, "表中无法归入任何一行的文字（" + table.title + "）", fragment.text);
        continue;
      }
      const bool prepend = target == below;
      if (prepend) started.insert({target, column});
      BudgetCell& cell = table.rows[target].cells[column];
      cell.text = prepend ? fragment.text + cell.text : cell.text + fragment.text;
      report_.Repair(piece.source_line, "折行的单元格文字并回所在行（" + table.title + "）", cell.text);
    }
  }

  // The page that starts at `index` goes on with the table: its header
  // again, or rows within its first lines (a wrapped name may come first:
  // "置更新"), before any sentence.
  bool ContinuesOnPage(size_t index, size_t end, const std::set<std::string>& header_words) const {
    const int page = text_.lines[index].page;
    for (size_t i = index, seen = 0; i < end && seen < 3 && text_.lines[i].page == page; ++i) {
      const LaidOutLine& line = text_.lines[i];
      if (LineCompact(line).empty() || IsPageFurniture(text_, i)) continue;
      ++seen;
      if (IsProse(line)) return false;
      if (HasAmountOrCode(line) || IsRepeatedHeader(line, header_words)) return true;
    }
    return false;
  }

  // What the template whose header this is calls its columns and the sums
  // it states (table_vocabulary.h), where they are not what it prints.
  void NameAsTemplate(BudgetTable& table, size_t title, size_t first_row) const {
    std::set<std::string> words;
    for (size_t i = title + 1; i < first_row && i < text_.lines.size(); ++i) {
      for (const PlacedWord& word : text_.lines[i].words) words.insert(Compact(word.text));
    }
    for (const TemplateColumnName& name : TemplateColumnNames()) {
      const auto column = table.Column(name.key);
      if (name.kind != table.kind || !words.count(name.marker) || !column) continue;
      table.columns[*column].label = name.label;
      bool all = !name.sum_of.empty();
      for (const char* part : name.sum_of) all = all && table.Column(part);
      if (all) table.columns[*column].sum_of.assign(name.sum_of.begin(), name.sum_of.end());
    }
  }

  // The next table row after `index` repeats the header.
  bool HeaderRepeatsNext(size_t index, size_t end, const std::set<std::string>& header_words) const {
    for (size_t i = index + 1; i < end; ++i) {
      const LaidOutLine& line = text_.lines[i];
      if (line.words.empty() || line.whole_paragraph || IsPageFurniture(text_, i)) continue;
      return IsRepeatedHeader(line, header_words) || IsColumnNumbersLine(line);
    }
    return false;
  }

  size_t NextContentLine(size_t index) const {
    for (size_t i = index + 1; i < text_.lines.size(); ++i) {
      if (!LineCompact(text_.lines[i]).empty() && !IsPageFurniture(text_, i)) return i;
    }
    return text_.lines.size();
  }

  // Levels from codes and labels; codes that are no classification code
  // reported (kept as printed: a PDF may damage a 类 code).
  void FinishRows(BudgetTable& table) {
    const auto code = table.Column("code");
    // The classification the codes say: 2xx function, 3xx/5xx economic.
    if (code && table.classification == Classification::kNone) {
      for (const BudgetRow& row : table.rows) {
        const std::string& text = row.cells[*code].text;
        if (text.size() == 3 && text[0] == '2') table.classification = Classification::kFunction;
        if (text.size() == 3 && (text[0] == '3' || text[0] == '5')) table.classification = Classification::kEconomic;
      }
    }
    // Income beside spending: each side has its own totals and items, which
    // one row level cannot say; the balance check reads them by label.
    if (IsTwoSidedKind(table.kind)) {
      for (BudgetRow& row : table.rows) row.level = 1;
      return;
    }
    // 三公 with its items in rows (by fund type, Hebei): 合计 over the 三公
    // 小计, over the three numbered items, over their parts (其中：…, 其他…).
    if (table.kind == BudgetTableKind::kThreePublic && table.Column("item")) {
      const size_t item = *table.Column("item");
      for (BudgetRow& row : table.rows) {
        const std::string label = Compact(row.cells[item].text);
        row.level = IsTotalLabel(label) ? 0 : EndsWith(label, "小计") ? 1 : StartsWithChineseNumbering(label) ? 2 : 3;
      }
      return;
    }
    // Without codes, a table with several text columns shows its tree by
    // the deepest column a row's labels reach (政府采购: 品目大类 › 经济科目 ›
    // 采购组织形式; a 专项名称 set beside its first 经济科目 row names a group
    // of rows, not a row of its own); the levels are those columns in order.
    std::vector<size_t> text_columns;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].type == ColumnType::kText) text_columns.push_back(c);
    }
    std::set<size_t> starts;
    const auto start_of = [&](const BudgetRow& row) -> size_t {
      for (size_t t = text_columns.size(); t-- > 0;) {
        if (!row.cells[text_columns[t]].text.empty()) return t;
      }
      return text_columns.size();
    };
    if (!code && text_columns.size() >= 2) {
      for (const BudgetRow& row : table.rows) starts.insert(start_of(row));
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
      BudgetRow& row = table.rows[r];
      std::string first_text;
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].type == ColumnType::kText && !row.cells[c].text.empty()) {
          first_text = row.cells[c].text;
          break;
        }
      }
      row.level = 1;
      if (code && !row.cells[*code].text.empty()) {
        const std::string& text = row.cells[*code].text;
        const int level = CodeLevel(table.classification, text);
        if (level == 0) {
          report_.Skip(row.origin.line, 0, "科目编码不合分类编码的位数，照原样保留，请核对原件（" + table.title + "）", text);
        } else {
          row.level = level;
        }
      } else if (IsTotalLabel(first_text) || Compact(first_text).find("合计") != std::string::npos ||
                 Compact(first_text).find("小计") != std::string::npos) {
        // 合计, 收入总计, and Jiangsu's 当年收入小计: sums, not items.
        row.level = 0;
      } else if (IsPartLabel(first_text)) {
        row.part = true;
        row.level = 2;
      } else if (starts.size() >= 2) {
        row.level = 1 + static_cast<int>(std::distance(starts.begin(), starts.find(start_of(row))));
      } else if (!code && !StartsWithChineseNumbering(first_text) && StartsWithSubNumbering(first_text)) {
        // "1. 一般公共预算" under "一、财政拨款收入": an item of the row above.
        row.level = 2;
      }
    }
  }

  const LaidOutText& text_;
  ImportReport& report_;
  LaidOutTables& out_;
  std::vector<size_t> row_lines_;
  std::set<size_t> meta_lines_;  // lines that only finish a meta line above
  std::set<size_t> label_rows_;  // lines of rows made from a label without amounts
};

}  // namespace

LaidOutTables ReadLaidOutTables(const LaidOutText& text, ImportReport& report) {
  LaidOutTables out;
  const std::vector<TitleLine> titles = FindTitles(text);
  for (size_t t = 0; t < titles.size(); ++t) {
    const size_t end = t + 1 < titles.size() ? titles[t + 1].index : text.lines.size();
    TableReader reader(text, report, out);
    reader.Read(titles[t], end);
  }
  // One table of each kind: where two titles name the same kind, the one
  // with more rows is the table, the other is reported.
  std::vector<BudgetTable> kept;
  for (BudgetTable& table : out.tables) {
    auto same = std::find_if(kept.begin(), kept.end(), [&](const BudgetTable& k) { return k.kind == table.kind; });
    if (same == kept.end()) {
      kept.push_back(std::move(table));
      continue;
    }
    BudgetTable& loser = same->rows.size() >= table.rows.size() ? table : *same;
    report.Skip(loser.origin.line, 0, "同一种表出现两次，保留行数多的一张，此处未导入", loser.title);
    if (&loser == &*same) *same = std::move(table);
  }
  out.tables = std::move(kept);
  return out;
}

}  // namespace gongkai
