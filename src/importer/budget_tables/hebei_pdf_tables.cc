// Seed 003's tables: see hebei_tables.h.
#include <map>

#include "importer/budget_tables/hebei_tables.h"
#include "importer/budget_tables/line_cells.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

// The table a title line starts, by its title without spaces.
std::optional<BudgetTableKind> TitleKind(const std::string& title) {
  static const std::map<std::string, BudgetTableKind> kTitles = {
      {"部门预算收支总表", BudgetTableKind::kSummary},
      {"部门预算收入总表", BudgetTableKind::kIncome},
      {"部门预算支出总表", BudgetTableKind::kExpenditure},
      {"部门预算财政拨款收支总表", BudgetTableKind::kFiscalSummary},
      {"部门预算一般公共预算财政拨款支出表", BudgetTableKind::kGeneralExpenditure},
      {"部门预算一般公共预算财政拨款基本支出表", BudgetTableKind::kGeneralBasic},
      {"部门预算政府基金预算财政拨款支出表", BudgetTableKind::kFundExpenditure},
      {"部门预算政府性基金预算财政拨款支出表", BudgetTableKind::kFundExpenditure},
      {"部门预算国有资本经营预算财政拨款支出表", BudgetTableKind::kCapitalExpenditure},
      {"部门预算财政拨款“三公”经费支出表", BudgetTableKind::kThreePublic},
      {"部门预算财政拨款\"三公\"经费支出表", BudgetTableKind::kThreePublic},
      {"部门机构设置情况", BudgetTableKind::kOrganization},
      {"部门政府采购预算", BudgetTableKind::kProcurement},
      {"部门固定资产占用情况表", BudgetTableKind::kAssets},
  };
  const auto it = kTitles.find(Compact(title));
  if (it == kTitles.end()) return std::nullopt;
  return it->second;
}

// The columns of each table, after 序号, as the Hebei template prints them.
BudgetTable Shape(BudgetTableKind kind) {
  BudgetTable table;
  table.kind = kind;
  table.unit = "万元";
  const auto function_table = [&](std::vector<BudgetColumn> amounts) {
    table.classification = Classification::kFunction;
    table.columns = {CodeColumn("code", "科目编码"), TextColumn("name", "科目名称")};
    table.columns.insert(table.columns.end(), amounts.begin(), amounts.end());
  };
  switch (kind) {
    case BudgetTableKind::kSummary:
      table.columns = {TextColumn("income_item", "收入项目"), AmountColumn("income", "收入预算数"),
                       TextColumn("spending_item", "支出项目"), AmountColumn("spending", "支出预算数")};
      break;
    case BudgetTableKind::kIncome:
      function_table({AmountColumn("total", "合计", {"this_year", "carryover"}),
                      AmountColumn("this_year", "本年收入小计",
                                   {"fiscal", "special_account", "business", "operating", "superior", "affiliated", "other"}),
                      AmountColumn("fiscal", "财政拨款收入"), AmountColumn("special_account", "财政专户收入"),
                      AmountColumn("business", "事业收入"), AmountColumn("operating", "经营收入"),
                      AmountColumn("superior", "上级补助收入"), AmountColumn("affiliated", "附属单位上缴收入"),
                      AmountColumn("other", "其他收入"), AmountColumn("carryover", "上年结转")});
      break;
    case BudgetTableKind::kExpenditure:
      function_table({AmountColumn("total", "合计", {"basic", "project", "operating", "remit", "subsidy"}),
                      AmountColumn("basic", "基本支出"), AmountColumn("project", "项目支出"),
                      AmountColumn("operating", "经营支出"), AmountColumn("remit", "上解上级支出"),
                      AmountColumn("subsidy", "对附属单位补助支出")});
      break;
    case BudgetTableKind::kFiscalSummary:
      table.columns = {TextColumn("income_item", "收入项目"), AmountColumn("income", "收入金额"),
                       TextColumn("spending_item", "支出项目"),
                       AmountColumn("spending", "支出合计", {"spending_general", "spending_fund", "spending_capital"}),
                       AmountColumn("spending_general", "一般公共预算财政拨款"),
                       AmountColumn("spending_fund", "政府性基金预算财政拨款"),
                       AmountColumn("spending_capital", "国有资本经营预算财政拨款")};
      break;
    case BudgetTableKind::kGeneralBasic:
      table.classification = Classification::kEconomic;
      table.columns = {CodeColumn("code", "科目编码"), TextColumn("name", "科目名称"),
                       AmountColumn("total", "合计", {"personnel", "public"}), AmountColumn("personnel", "人员经费"),
                       AmountColumn("public", "公用经费")};
      break;
    case BudgetTableKind::kThreePublic:
      table.columns = {TextColumn("item", "项目"), AmountColumn("total", "合计", {"general", "fund", "capital"}),
                       AmountColumn("general", "一般公共预算财政拨款"), AmountColumn("fund", "政府性基金预算拨款"),
                       AmountColumn("capital", "国有资本经营预算财政拨款")};
      break;
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
    default:  // general, fund and capital spending by function
      function_table({AmountColumn("total", "合计", {"basic", "project"}), AmountColumn("basic", "基本支出"),
                      AmountColumn("project", "项目支出")});
      break;
  }
  return table;
}

bool IsNumbered(const std::string& cell) {
  return !cell.empty() && cell.find_first_not_of("0123456789") == std::string::npos;
}

// The row levels of a table that is not classified by codes.
int LabelLevel(BudgetTableKind kind, const std::string& label, bool after_part) {
  if (IsTotalLabel(label)) return 0;
  if (kind == BudgetTableKind::kThreePublic) {
    if (EndsWith(Compact(label), "小计")) return 1;
    return StartsWithChineseNumbering(label) ? 2 : 3;
  }
  if (kind == BudgetTableKind::kProcurement) return EndsWith(Compact(label), "小计") ? 1 : 2;
  if (kind == BudgetTableKind::kAssets) {
    // "其中：文物" then "陈列品": the parts go on until the next numbered item.
    if (StartsWithChineseNumbering(label) || StartsWithSubNumbering(label)) return 1;
    return IsPartLabel(label) || after_part ? 2 : 1;
  }
  return 1;
}

// Rows numbered by 序号; page headers and header rows skipped.
void ReadNumberedRows(const SourceDocument& document, size_t& i, BudgetTable& table, ImportReport& report) {
  bool in_header = false;
  for (; i < document.lines.size(); ++i) {
    const SourceLine& line = document.lines[i];
    const std::string text = LineText(line.text);
    if (TitleKind(text)) return;
    const std::vector<PlacedCell> cells = SplitTabRow(line);
    if (StartsWith(text, "序号")) {
      if (!table.rows.empty()) report.Skip(line.number, 0, ImportWord(ImportWordId::kNoteHeaderRepeated));
      in_header = true;
      continue;
    }
    if (in_header) {
      in_header = !StartsWith(text, "栏次");
      continue;
    }
    if (StartsWith(text, "注")) {
      table.notes.push_back(text);
      continue;
    }
    if (cells.size() > 1 && IsNumbered(cells[0].text)) {
      std::vector<std::string> printed;
      for (size_t c = 1; c < cells.size(); ++c) printed.push_back(cells[c].text);
      if (printed.size() != table.columns.size()) {
        report.Guess(line.number, ImportWord(ImportWordId::kNoteRowCells, {std::to_string(printed.size()), std::to_string(table.columns.size())}));
      }
      BudgetRow& row = AddRow(table, printed, 1, document, line.number);
      const std::string code = table.RowCode(row);
      const std::string label = table.classification != Classification::kNone ? table.RowName(row) : printed[0];
      if (table.classification != Classification::kNone) {
        row.level = code.empty() ? (IsTotalLabel(label) ? 0 : 1) : CodeLevel(table.classification, code);
      } else if (table.kind != BudgetTableKind::kSummary && table.kind != BudgetTableKind::kFiscalSummary) {
        row.level = LabelLevel(table.kind, label, false);
      }
      continue;
    }
    if (cells.size() > 1 && cells[0].text.empty() && !table.rows.empty()) {
      // The rest of a cell the page break cut off: joined to the row above.
      BudgetRow& row = table.rows.back();
      for (size_t c = 1; c < cells.size() && c - 1 < row.cells.size(); ++c) {
        if (cells[c].text.empty()) continue;
        row.cells[c - 1] = MakeCell(table.columns[c - 1], row.cells[c - 1].text + cells[c].text);
        report.Repair(line.number, ImportWord(ImportWordId::kNoteCellCutByPage), row.cells[c - 1].text);
      }
      continue;
    }
    if (text.empty() || cells.size() > 1) continue;
    // A line of text: the next page's header, or the end of the table.
    bool page_header = false;
    for (size_t k = i + 1; k < document.lines.size() && k <= i + 12; ++k) {
      if (StartsWith(LineText(document.lines[k].text), "序号")) page_header = true;
    }
    if (!page_header) return;
  }
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
      default: ReadNumberedRows(document, i, table, report); break;
    }
    tables.push_back(std::move(table));
  }
  if (auto office = ReadOfficeCostsSentence(document, report)) tables.push_back(std::move(*office));
  return tables;
}

}  // namespace gongkai
