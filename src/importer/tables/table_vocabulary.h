// What the words of a budget table mean: the vocabulary every template
// prints its tables in, as data. A province that words a title or a header
// differently is a new entry here (with a test), never a new reader.
//
//   table kinds   from the title's words: 收支…总表 is the summary whether it
//                 is 部门财务收支预算总表 (Shanghai), 收支预算总表 (Jiangsu) or
//                 单位收支总表; numbering (公开01表, 表一, 一、, 1.), the year,
//                 the department's name and 部门/单位 do not matter
//   column roles  from a column's header words, read top to bottom through
//                 its group headers (本年收入 › 项目 is the income item)
//   meta words    what a table prints beside its header that is not a column:
//                 编制部门：…, 编制单位：…, 部门名称：…, 单位：元
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/budget_table.h"

namespace gongkai {

// The kind a table title names, or nullopt when the text is not a budget
// table's title. `title` is the compact text (no spaces) of one line.
std::optional<BudgetTableKind> TableKindFromTitle(const std::string& title);

// How a kind's rows are classified (function or economic codes, or none).
Classification KindClassification(BudgetTableKind kind);

// True for kinds whose rows pair an income side with a spending side
// (收支总表, 财政拨款收支总表).
bool IsTwoSidedKind(BudgetTableKind kind);

// kRowNumber: a template's running number of its rows (序号), not data.
enum class ColumnRole { kText, kCode, kAmount, kRowNumber };

struct ColumnMeaning {
  std::string key;  // "total", "basic" …; "" when the words are not in the vocabulary
  ColumnRole role = ColumnRole::kAmount;
};

// What a column is, from its header words top to bottom (group headers
// first, the column's own label last), within a table of `kind`.
ColumnMeaning ColumnMeaningOf(BudgetTableKind kind, const std::vector<std::string>& path);

// The label over the item column that opens each side of a two-sided
// table (项目, 项目名称, 功能科目名称: the 项目/预算数 pair each side
// repeats). Not 项目支出, an amount.
bool IsSideItemLabel(const std::string& label);

// A header label that names a classification over a side of a two-sided
// table (功能分类, 支出用途, 经济分类), never a column of its own.
bool IsSideGroupLabel(const std::string& label);

// The department printed beside a table's header ("编制部门：上海市普陀区司法局",
// "部门名称：江苏省高级人民法院", "预算主管部门：…"), or "" when `compact` is not
// such a line.
std::string PrintedDepartmentName(const std::string& compact);

// The money unit a header line states ("单位：元", "金额单位:万元"), or "".
std::string PrintedMoneyUnit(const std::string& compact);

// True for words beside a table header that are not a column: the lines above.
// "部门名称：" (编制单位：…) with nothing after it: the name is the next word.
bool IsBareDepartmentLabel(const std::string& compact);

// A two-character header word a template may letter-space across its cell
// (金        额).
bool IsLetterSpacedHeaderWord(const std::string& compact);

bool IsTableMetaWord(const std::string& compact);

// What a template calls a column where that is not what it prints, and the
// sum it states, told by a word of the header only that template prints
// (Hebei numbers its columns in a 栏次 row). These are the names its text
// reader always gave (content/ keeps them), so one table reads the same
// whichever form it comes in.
struct TemplateColumnName {
  const char* marker;  // a word of the header
  BudgetTableKind kind;
  const char* key;
  const char* label;
  std::vector<const char*> sum_of;  // the parts; empty when the reader's own
};
const std::vector<TemplateColumnName>& TemplateColumnNames();

// The label of a template's running row number (序号): a column beside the
// data, never part of a side or a group.
bool IsRowNumberLabel(const std::string& compact);

// The first word of the header row that numbers the columns (栏次 1 2 3 …,
// Hebei): part of the header, not a row of amounts.
bool IsColumnNumbersLabel(const std::string& compact);

}  // namespace gongkai
