// Seed 003's tables: see hebei_tables.h.
#include <map>

#include "importer/budget_tables/hebei_tables.h"
#include "importer/budget_tables/line_cells.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// The table a title line starts, by its title without spaces.
std::optional<BudgetTableKind> TitleKind(const std::string& title) {
  static const std::map<std::string, BudgetTableKind> kTitles = {
      {"部门机构设置情况", BudgetTableKind::kOrganization},
      {"部门政府采购预算", BudgetTableKind::kProcurement},
      {"部门固定资产占用情况表", BudgetTableKind::kAssets},
  };
  const auto it = kTitles.find(Compact(title));
  if (it == kTitles.end()) return std::nullopt;
  return it->second;
}

// The columns of the tables the shared table reader does not read, as the
// Hebei template prints them.
BudgetTable Shape(BudgetTableKind kind) {
  BudgetTable table;
  table.kind = kind;
  table.unit = "万元";
  switch (kind) {
    case BudgetTableKind::kOrganization:
      table.unit = "";
      table.columns = {TextColumn("name", "单位名称"), TextColumn("nature", "单位性质"), TextColumn("rank", "单位规格"),
                       TextColumn("funding", "经费保障形式")};
      break;
    case BudgetTableKind::kProcurement:
      table.columns = {TextColumn("item", "项目名称"), AmountColumn("budget", "预算资金"),
                       TextColumn("goods", "采购物品名称"), CodeColumn("catalogue", "政府采购目录序号"),
                       TextColumn("measure", "计量单位"), NumberColumn("quantity", "数量"), NumberColumn("price", "单价"),
                       AmountColumn("total", "政府采购金额合计",
                                    {"general", "fund", "capital", "special_account", "unit_funds", "fiscal_carryover",
                                     "other_carryover"}),
                       AmountColumn("general", "一般公共预算拨款"), AmountColumn("fund", "基金预算拨款"),
                       AmountColumn("capital", "国有资本经营预算拨款"), AmountColumn("special_account", "财政专户核拨"),
                       AmountColumn("unit_funds", "单位资金"), AmountColumn("fiscal_carryover", "财政拨款结转"),
                       AmountColumn("other_carryover", "非财政拨款结转结余"),
                       AmountColumn("small_business", "预留中小微企业份额")};
      break;
    case BudgetTableKind::kAssets:
      table.columns = {TextColumn("item", "项目"), NumberColumn("count", "数量"), AmountColumn("value", "价值")};
      break;
    default:
      break;
  }
  return table;
}

// The row levels of a table that is not classified by codes.
int LabelLevel(BudgetTableKind kind, const std::string& label, bool after_part) {
  if (IsTotalLabel(label)) return 0;
  if (kind == BudgetTableKind::kProcurement) return EndsWith(Compact(label), "小计") ? 1 : 2;
  if (kind == BudgetTableKind::kAssets) {
    // "其中：文物" then "陈列品": the parts go on until the next numbered item.
    if (StartsWithChineseNumbering(label) || StartsWithSubNumbering(label)) return 1;
    return IsPartLabel(label) || after_part ? 2 : 1;
  }
  return 1;
}

// Rows of a table without 序号: after the header row that starts with
// `header`, every line with tabs, until the first line of text without.
void ReadPlainRows(const SourceDocument& document, size_t& i, BudgetTable& table, const std::string& header,
                   int header_rows) {
  while (i < document.lines.size() && !StartsWith(Compact(document.lines[i].text), header)) {
    const std::string text = LineText(document.lines[i].text);
    if (TitleKind(text)) return;
    if (StartsWith(text, "截止")) table.notes.push_back(text);  // the date the figures are taken at
    ++i;
  }
  i += static_cast<size_t>(header_rows);
  bool after_part = false;
  for (; i < document.lines.size(); ++i) {
    const SourceLine& line = document.lines[i];
    const std::string text = LineText(line.text);
    if (text.empty()) continue;
    if (line.text.find('\t') == std::string::npos) {
      if (StartsWith(text, "注")) {
        table.notes.push_back(text);
        continue;
      }
      return;
    }
    std::vector<std::string> printed;
    for (const PlacedCell& cell : SplitTabRow(line)) printed.push_back(cell.text);
    while (printed.size() > table.columns.size() && printed.back().empty()) printed.pop_back();
    const int level = LabelLevel(table.kind, printed[0], after_part);
    BudgetRow& row = AddRow(table, printed, level, document, line.number);
    row.part = table.kind == BudgetTableKind::kAssets && level == 2;
    after_part = row.part;
  }
}

}  // namespace

std::vector<BudgetTable> ReadHebeiPdfTables(const SourceDocument& document, ImportReport& report) {
  std::vector<BudgetTable> tables;
  for (size_t i = 0; i < document.lines.size();) {
    const std::string text = LineText(document.lines[i].text);
    const auto kind = TitleKind(text);
    if (!kind) {
      ++i;
      continue;
    }
    BudgetTable table = Shape(*kind);
    table.title = text;
    table.origin = document.At(document.lines[i].number);
    ++i;
    switch (*kind) {
      case BudgetTableKind::kOrganization: ReadPlainRows(document, i, table, "单位名称", 1); break;
      case BudgetTableKind::kProcurement: ReadPlainRows(document, i, table, "政府采购项目来源", 2); break;
      case BudgetTableKind::kAssets:
        ReadPlainRows(document, i, table, "项目", 1);
        break;
      default: break;
    }
    tables.push_back(std::move(table));
  }
  if (auto office = ReadOfficeCostsSentence(document, report)) tables.push_back(std::move(*office));
  return tables;
}

}  // namespace gongkai
