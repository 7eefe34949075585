// Seed 002's tables: see hebei_tables.h.
#include "importer/budget_tables/hebei_tables.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// One row of a Word table: its cells and the line it starts on.
struct WordRow {
  int line = 0;
  std::vector<std::string> cells;

  bool AllEmpty() const {
    for (const std::string& cell : cells) {
      if (!cell.empty()) return false;
    }
    return true;
  }
};

// The rows of the Word table that starts at line `i`: lines that begin with
// a tab are cells, a blank line ends a row, the first other line ends the
// table (and is where `i` is left).
std::vector<WordRow> ReadWordRows(const SourceDocument& document, size_t& i) {
  std::vector<WordRow> rows;
  bool open = false;
  for (; i < document.lines.size(); ++i) {
    const SourceLine& line = document.lines[i];
    if (!line.text.empty() && line.text[0] == '\t') {
      if (!open) rows.push_back({line.number, {}});
      open = true;
      rows.back().cells.push_back(LineText(line.text));
      continue;
    }
    if (!LineText(line.text).empty()) break;
    open = false;
  }
  return rows;
}

// The line index of the first line after `from` whose text, without spaces,
// is `title` (or ends with it when `suffix`); document.lines.size() if none.
size_t FindLine(const SourceDocument& document, size_t from, const std::string& title, bool suffix) {
  for (size_t i = from; i < document.lines.size(); ++i) {
    const std::string compact = Compact(document.lines[i].text);
    if (suffix ? EndsWith(compact, title) : compact == title) return i;
  }
  return document.lines.size();
}

std::optional<BudgetTable> Organization(const SourceDocument& document) {
  size_t i = FindLine(document, 0, "部门机构设置情况", false);
  if (i == document.lines.size()) return std::nullopt;
  BudgetTable table;
  table.kind = BudgetTableKind::kOrganization;
  table.title = LineText(document.lines[i].text);
  table.origin = document.At(document.lines[i].number);
  table.columns = {TextColumn("name", "单位名称"), TextColumn("nature", "单位性质"), TextColumn("rank", "单位规格"),
                   TextColumn("funding", "经费保障形式")};
  ++i;
  for (const WordRow& row : ReadWordRows(document, i)) {
    // The header row and Word's empty spacer row carry no unit; 序号 is the
    // row's place, which the table keeps by its order.
    if (row.AllEmpty() || row.cells.size() < 5 || row.cells[0] == "序号") continue;
    AddRow(table, std::vector<std::string>(row.cells.begin() + 1, row.cells.end()), 1, document, row.line);
  }
  return table;
}

std::optional<BudgetTable> ThreePublicComparison(const SourceDocument& document) {
  // The heading of the part names it too; the table's own title follows.
  size_t i = FindLine(document, 0, "“三公”经费预算情况及增减变化原因", false);
  if (i == document.lines.size()) return std::nullopt;
  BudgetTable table;
  table.kind = BudgetTableKind::kThreePublicComparison;
  table.title = LineText(document.lines[i].text);
  table.origin = document.At(document.lines[i].number);
  table.unit = "万元";
  ++i;
  const std::vector<WordRow> rows = ReadWordRows(document, i);
  if (rows.empty() || rows[0].cells.size() != 5) return std::nullopt;
  // The years are in the header ("2020年度预算"), so the labels come from it.
  const auto& header = rows[0].cells;
  table.columns = {TextColumn("item", "项目名称"), AmountColumn("last_year", ""), AmountColumn("this_year", ""),
                   AmountColumn("change", "增减金额"), TextColumn("reason", "变化原因")};
  for (size_t c = 0; c < 5; ++c) table.columns[c].label = header[c];
  for (size_t r = 1; r < rows.size(); ++r) {
    AddRow(table, rows[r].cells, IsTotalLabel(rows[r].cells[0]) ? 0 : 1, document, rows[r].line);
  }
  if (i < document.lines.size() && Compact(document.lines[i].text) == "单位：万元") ++i;
  return table;
}

std::optional<BudgetTable> Procurement(const SourceDocument& document) {
  size_t i = FindLine(document, 0, "单位政府采购预算", false);
  if (i == document.lines.size()) i = FindLine(document, 0, "部门政府采购预算", false);
  if (i == document.lines.size()) return std::nullopt;
  BudgetTable table;
  table.kind = BudgetTableKind::kProcurement;
  table.title = LineText(document.lines[i].text);
  table.origin = document.At(document.lines[i].number);
  table.unit = "万元";
  table.columns = {TextColumn("item", "项目名称"), AmountColumn("budget", "预算资金"),
                   TextColumn("goods", "采购物品名称"), CodeColumn("catalogue", "政府采购目录序号"),
                   TextColumn("measure", "计量单位"), NumberColumn("quantity", "数量"), NumberColumn("price", "单价"),
                   AmountColumn("total", "政府采购金额合计", {"general", "fund", "capital", "special_account", "unit_funds"}),
                   AmountColumn("general", "一般公共预算拨款"), AmountColumn("fund", "基金预算拨款"),
                   AmountColumn("capital", "国有资本经营预算拨款"), AmountColumn("special_account", "财政专户核拨"),
                   AmountColumn("unit_funds", "单位资金")};
  ++i;
  for (const WordRow& row : ReadWordRows(document, i)) {
    // Rows before the 合计 row are the department's name, the unit and the
    // two header rows; the row after it is Word's empty spacer.
    if (row.AllEmpty() || row.cells.size() != table.columns.size()) continue;
    if (row.cells[0] == "项目名称") continue;
    const int level = IsTotalLabel(row.cells[0]) ? 0 : EndsWith(row.cells[0], "小计") ? 1 : 2;
    AddRow(table, row.cells, level, document, row.line);
  }
  for (; i < document.lines.size(); ++i) {
    const std::string text = LineText(document.lines[i].text);
    if (StartsWith(text, "注")) table.notes.push_back(text);
    if (!text.empty()) break;
  }
  return table;
}

std::optional<BudgetTable> Assets(const SourceDocument& document) {
  size_t i = FindLine(document, 0, "固定资产占用情况表", true);
  if (i == document.lines.size()) return std::nullopt;
  BudgetTable table;
  table.kind = BudgetTableKind::kAssets;
  table.title = LineText(document.lines[i].text);
  table.origin = document.At(document.lines[i].number);
  table.unit = "万元";
  table.columns = {TextColumn("item", "项目"), NumberColumn("count", "数量"), AmountColumn("value", "价值")};
  ++i;
  bool after_part = false;
  for (const WordRow& row : ReadWordRows(document, i)) {
    if (row.cells.size() == 1) {
      if (StartsWith(Compact(row.cells[0]), "截止")) table.notes.push_back(row.cells[0]);
      continue;
    }
    if (row.cells.size() != 3 || StartsWith(Compact(row.cells[0]), "项目")) continue;
    const std::string& label = row.cells[0];
    const bool part = IsPartLabel(label) || (after_part && !StartsWithSubNumbering(label) && !IsTotalLabel(label));
    BudgetRow& added = AddRow(table, row.cells, IsTotalLabel(label) ? 0 : part ? 2 : 1, document, row.line);
    added.part = part;
    after_part = part;
  }
  return table;
}

}  // namespace

std::vector<BudgetTable> ReadHebeiWordTables(const SourceDocument& document, ImportReport& report) {
  std::vector<BudgetTable> tables;
  for (auto table : {Organization(document), ThreePublicComparison(document)}) {
    if (table) tables.push_back(std::move(*table));
  }
  if (auto office = ReadOfficeCostsSentence(document, report)) tables.push_back(std::move(*office));
  for (auto table : {Procurement(document), Assets(document)}) {
    if (table) tables.push_back(std::move(*table));
  }
  return tables;
}

}  // namespace gongkai
