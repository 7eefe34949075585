#include "render/budget_table_view.h"

#include <algorithm>
#include <vector>

namespace gongkai {
namespace {

bool IsNumeric(const BudgetColumn& column) {
  return column.type == ColumnType::kAmount || column.type == ColumnType::kNumber;
}

// The columns shown: those with something in some row (all of them in an
// empty table, so that it still shows what it would hold).
std::vector<size_t> ShownColumns(const BudgetTable& table) {
  std::vector<size_t> shown;
  const bool empty = table.IsEmpty();
  for (size_t c = 0; c < table.columns.size(); ++c) {
    bool used = empty;
    for (const BudgetRow& row : table.rows) used = used || !row.Cell(c).text.empty();
    if (used) shown.push_back(c);
  }
  return shown;
}

// The column whose cell names the row: a <th scope="row">.
std::optional<size_t> LabelColumn(const BudgetTable& table) {
  for (const char* key : {"name", "item", "income_item"}) {
    if (const auto column = table.Column(key)) return column;
  }
  return std::nullopt;
}

View FlatRows(const BudgetTable& table, const std::vector<size_t>& shown) {
  const auto label = LabelColumn(table);
  View rows = View::List();
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const BudgetRow& row = table.rows[r];
    View cells = View::List();
    for (size_t c : shown) {
      View cell;
      cell.Set("text", row.Cell(c).text);
      cell.Set("is_numeric", IsNumeric(table.columns[c]));
      // An empty label cell is a plain cell: a header that names nothing
      // would be read out as a blank row name.
      cell.Set("is_label", label && *label == c && !row.Cell(c).text.empty());
      cells.Push(cell);
    }
    View item;
    item.Set("cells", cells);
    item.Set("anchor", BudgetRowAnchor(table, r));
    item.Set("level", std::to_string(row.level));
    item.Set("is_part", row.part);
    rows.Push(item);
  }
  return rows;
}

// "合计 1038.38 · 基本支出 636.71": the row's amounts in the shown columns.
std::string Figures(const BudgetTable& table, const BudgetRow& row, const std::vector<size_t>& amounts) {
  std::string out;
  for (size_t c : amounts) {
    if (row.Cell(c).text.empty()) continue;
    out += (out.empty() ? "" : " · ") + table.columns[c].label + " " + row.Cell(c).text;
  }
  return out;
}

View Node(const BudgetTable& table, const BudgetRow& row, const std::vector<size_t>& amounts) {
  View node;
  node.Set("code", table.RowCode(row));
  node.Set("name", table.RowName(row));
  node.Set("figures", Figures(table, row, amounts));
  node.Set("table_title", table.title);  // names its scroll region: a code recurs in several tables
  // Each amount with its column's name: on a phone the row reads as a
  // stacked list (name, code, then 合计 …, 基本支出 …), not as a grid.
  View cells = View::List();
  for (size_t c : amounts) {
    View cell;
    cell.Set("label", table.columns[c].label);
    cell.Set("text", row.Cell(c).text);
    cells.Push(cell);
  }
  node.Set("cells", cells);
  return node;
}

// 类 → 款 → 项 by the codes' levels, in the table's order.
View Drilldown(const BudgetTable& table, const std::vector<size_t>& amounts) {
  View classes = View::List();
  std::vector<View> class_nodes;
  std::vector<std::vector<View>> sections;            // per 类: its 款
  std::vector<std::vector<std::vector<View>>> items;  // per 类, per 款: its 项
  for (const BudgetRow& row : table.rows) {
    const int level = CodeLevel(table.classification, table.RowCode(row));
    if (level == 1) {
      class_nodes.push_back(Node(table, row, amounts));
      sections.emplace_back();
      items.emplace_back();
    } else if (level == 2 && !class_nodes.empty()) {
      sections.back().push_back(Node(table, row, amounts));
      items.back().emplace_back();
    } else if (level == 3 && !sections.empty() && !sections.back().empty()) {
      items.back().back().push_back(Node(table, row, amounts));
    }
  }
  for (size_t k = 0; k < class_nodes.size(); ++k) {
    View children = View::List();
    for (size_t s = 0; s < sections[k].size(); ++s) {
      View grandchildren = View::List();
      for (View& item : items[k][s]) grandchildren.Push(item);
      sections[k][s].Set("has_children", !items[k][s].empty());
      sections[k][s].Set("children", grandchildren);
      children.Push(sections[k][s]);
    }
    class_nodes[k].Set("has_children", !sections[k].empty());
    class_nodes[k].Set("children", children);
    classes.Push(class_nodes[k]);
  }
  return classes;
}

}  // namespace

std::string BudgetTableAnchor(const BudgetTable& table) {
  std::string id = "table-";
  for (const char* c = BudgetTableKindId(table.kind); *c; ++c) id += *c == '_' ? '-' : *c;
  return id;
}

std::string BudgetRowAnchor(const BudgetTable& table, size_t index) {
  return BudgetTableAnchor(table) + "-r" + std::to_string(index + 1);
}

View BudgetTableView(const BudgetTable& table, const std::string& csv_url) {
  View view;
  const std::vector<size_t> shown = ShownColumns(table);
  view.Set("id", BudgetTableAnchor(table));
  view.Set("title", table.title);
  view.Set("standard_title", BudgetTableKindTitle(table.kind));
  // A mandated table printed under another name says which one it is.
  view.Set("has_standard_title", IsMandatedTable(table.kind) &&
                                     table.title.find(BudgetTableKindTitle(table.kind)) == std::string::npos);
  view.Set("unit", table.unit);
  view.Set("has_unit", !table.unit.empty());
  view.Set("csv_url", csv_url);
  view.Set("is_empty", table.IsEmpty());
  View notes = View::List();
  for (const std::string& note : table.notes) notes.Push(View(note));
  view.Set("notes", notes);
  view.Set("has_notes", !table.notes.empty());

  View columns = View::List();
  std::vector<size_t> amounts;
  for (size_t c : shown) {
    View column;
    column.Set("label", table.columns[c].label);
    column.Set("is_numeric", IsNumeric(table.columns[c]));
    columns.Push(column);
    if (table.columns[c].type == ColumnType::kAmount) amounts.push_back(c);
  }
  view.Set("columns", columns);
  // More than a code, a name and one amount does not fit a phone: the
  // table scrolls in its box, and a line above it says so (on phones).
  view.Set("is_wide", shown.size() > 3);
  view.Set("rows", FlatRows(table, shown));
  view.Set("has_rows", !table.rows.empty());
  std::string hidden;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (std::find(shown.begin(), shown.end(), c) == shown.end()) hidden += (hidden.empty() ? "" : "、") + table.columns[c].label;
  }
  view.Set("hidden_columns", hidden);
  view.Set("has_hidden_columns", !hidden.empty());

  const bool drill = table.classification == Classification::kFunction && !table.IsEmpty();
  view.Set("has_drilldown", drill);
  View drill_columns = View::List();
  for (size_t c : amounts) drill_columns.Push(View(table.columns[c].label));
  view.Set("drill_columns", drill_columns);
  view.Set("drilldown", drill ? Drilldown(table, amounts) : View::List());
  return view;
}

}  // namespace gongkai
