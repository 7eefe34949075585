// The Shanghai template's nine tables: see region_tables.h.
#include <map>

#include "importer/budget_tables/region_tables.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

// A title without its year: "2026年部门收入预算总表" → "部门收入预算总表".
std::optional<BudgetTableKind> TitleKind(const std::string& line) {
  static const std::map<std::string, BudgetTableKind> kTitles = {
      {"部门财务收支预算总表", BudgetTableKind::kSummary},
      {"部门收入预算总表", BudgetTableKind::kIncome},
      {"部门支出预算总表", BudgetTableKind::kExpenditure},
      {"部门财政拨款收支预算总表", BudgetTableKind::kFiscalSummary},
      {"部门一般公共预算支出功能分类预算表", BudgetTableKind::kGeneralExpenditure},
      {"部门政府性基金预算支出功能分类预算表", BudgetTableKind::kFundExpenditure},
      {"部门国有资本经营预算支出功能分类预算表", BudgetTableKind::kCapitalExpenditure},
      {"部门一般公共预算基本支出部门预算经济分类预算表", BudgetTableKind::kGeneralBasic},
      {"部门“三公”经费和机关运行经费预算表", BudgetTableKind::kThreePublic},
  };
  std::string compact = Compact(line);
  if (compact.size() > 7 && compact.compare(4, 3, "年") == 0 &&
      compact.find_first_not_of("0123456789") == 4) {
    compact = compact.substr(7);
  }
  const auto it = kTitles.find(compact);
  if (it == kTitles.end()) return std::nullopt;
  return it->second;
}

BudgetTable Shape(BudgetTableKind kind) {
  BudgetTable table;
  table.kind = kind;
  const auto coded = [&](Classification classification, const char* code, const char* name,
                         std::vector<BudgetColumn> amounts) {
    table.classification = classification;
    table.columns = {CodeColumn("code", code), TextColumn("name", name)};
    table.columns.insert(table.columns.end(), amounts.begin(), amounts.end());
  };
  const auto spending = [] {
    return std::vector<BudgetColumn>{AmountColumn("total", "合计", {"basic", "project"}),
                                     AmountColumn("basic", "基本支出"), AmountColumn("project", "项目支出")};
  };
  switch (kind) {
    case BudgetTableKind::kSummary:
      table.columns = {TextColumn("income_item", "收入项目"), AmountColumn("income", "收入预算数"),
                       TextColumn("spending_item", "支出项目"), AmountColumn("spending", "支出预算数")};
      break;
    case BudgetTableKind::kIncome:
      coded(Classification::kFunction, "功能分类科目编码", "功能分类科目名称",
            {AmountColumn("total", "合计", {"fiscal", "business", "operating", "other"}),
             AmountColumn("fiscal", "财政拨款收入"), AmountColumn("business", "事业收入"),
             AmountColumn("operating", "事业单位经营收入"), AmountColumn("other", "其他收入")});
      break;
    case BudgetTableKind::kFiscalSummary:
      table.columns = {TextColumn("income_item", "收入项目"), AmountColumn("income", "收入预算数"),
                       TextColumn("spending_item", "支出项目"),
                       AmountColumn("spending", "支出合计", {"spending_general", "spending_fund", "spending_capital"}),
                       AmountColumn("spending_general", "一般公共预算"), AmountColumn("spending_fund", "政府性基金预算"),
                       AmountColumn("spending_capital", "国有资本经营预算")};
      break;
    case BudgetTableKind::kGeneralBasic:
      coded(Classification::kEconomic, "经济分类科目编码", "经济分类科目名称",
            {AmountColumn("total", "合计", {"personnel", "public"}), AmountColumn("personnel", "人员经费"),
             AmountColumn("public", "公用经费")});
      break;
    case BudgetTableKind::kThreePublic:
      // One row: the columns, left to right, as the template prints them.
      table.columns = {AmountColumn("total", "“三公”经费合计", {"abroad", "reception", "vehicles"}),
                       AmountColumn("abroad", "因公出国(境)费"), AmountColumn("reception", "公务接待费"),
                       AmountColumn("vehicles", "公务用车购置及运行费小计", {"purchase", "running"}),
                       AmountColumn("purchase", "公务用车购置费"), AmountColumn("running", "公务用车运行费"),
                       AmountColumn("office", "机关运行经费预算数")};
      break;
    default:  // spending by function: 支出总表, 一般公共预算, 政府性基金, 国有资本经营
      coded(Classification::kFunction, "功能分类科目编码", "功能分类科目名称", spending());
      break;
  }
  return table;
}

std::vector<std::string> Texts(const std::vector<PlacedCell>& cells) {
  std::vector<std::string> texts;
  for (const PlacedCell& cell : cells) texts.push_back(cell.text);
  return texts;
}

bool IsAmount(const PlacedCell& cell) { return ParsePrintedAmount(cell.text).has_value(); }

// A line of income beside spending: each label is followed by its amounts;
// a label that speaks of 支出 is on the spending side. Amounts the
// extraction dropped (empty cells) are the right-most of their side.
std::vector<std::string> TwoSidedRow(const BudgetTable& table, const std::vector<PlacedCell>& cells) {
  std::vector<std::string> printed(table.columns.size());
  const size_t spending_item = *table.Column("spending_item");
  size_t next = 0;  // the column the next amount goes to
  size_t limit = spending_item;
  for (const PlacedCell& cell : cells) {
    if (IsAmount(cell)) {
      if (next < limit) printed[next++] = cell.text;
      continue;
    }
    const bool spending = cell.text.find("支出") != std::string::npos;
    const size_t column = spending ? spending_item : 0;
    printed[column] += cell.text;
    next = column + 1;
    limit = spending ? table.columns.size() : spending_item;
  }
  return printed;
}

}  // namespace

std::vector<BudgetTable> ReadShanghaiTables(const SourceDocument& document, RowSplitter split, ImportReport& report) {
  std::vector<BudgetTable> tables;
  BudgetTable* table = nullptr;
  bool done = false;  // the table's last row is read (三公: its one row)
  bool codes_noted = false;
  for (const SourceLine& line : document.lines) {
    const std::string text = LineText(line.text);
    if (const auto kind = TitleKind(text)) {
      tables.push_back(Shape(*kind));
      table = &tables.back();
      table->title = text;
      table->origin = document.At(line.number);
      done = false;
      codes_noted = false;
      continue;
    }
    if (!table || done || text.empty() || text == "-- PAGE_BREAK --") continue;
    if (Compact(text) == "其他相关情况说明") {
      table = nullptr;
      continue;
    }
    if (table->unit.empty()) table->unit = UnitOf(text);
    if (StartsWith(text, "注")) {
      table->notes.push_back(text);
      continue;
    }
    const std::vector<PlacedCell> cells = split(line);
    if (table->classification != Classification::kNone) {
      const auto coded = ReadCodedLine(cells);
      const bool total = !coded && !cells.empty() && Compact(cells[0].text) == "合计";
      if (!coded && !total) continue;  // header rows, repeated after a page break; "无" in an empty table
      std::vector<std::string> printed = {coded ? coded->code : "", coded ? coded->name : "合计"};
      for (size_t c = coded ? 0 : 1; c < (coded ? coded->amounts.size() : cells.size()); ++c) {
        printed.push_back(coded ? coded->amounts[c].text : cells[c].text);
      }
      if (printed.size() < table->columns.size() && printed.size() > 2) {
        report.Guess(line.number, ImportWord(ImportWordId::kNoteFewerAmounts));
      }
      if (!codes_noted && coded && coded->code.size() > 3 && cells.size() > 1 && cells[1].text.size() == 2) {
        report.Repair(line.number, ImportWord(ImportWordId::kNoteCodesJoined), coded->code);
        codes_noted = true;
      }
      AddRow(*table, printed, coded ? CodeLevel(table->classification, coded->code) : 0, document, line.number);
    } else if (table->kind == BudgetTableKind::kThreePublic) {
      if (cells.size() < table->columns.size() || !IsAmount(cells[0])) continue;
      AddRow(*table, Texts(cells), 1, document, line.number);
      done = true;
    } else {
      // A row has an amount or a numbered item; header rows have neither.
      bool row = false;
      for (const PlacedCell& cell : cells) {
        row = row || IsAmount(cell) || StartsWithChineseNumbering(cell.text) || StartsWithSubNumbering(cell.text);
      }
      if (!row || IsAmount(cells[0])) continue;
      const std::vector<std::string> printed = TwoSidedRow(*table, cells);
      AddRow(*table, printed, 1, document, line.number);
    }
  }
  return tables;
}

}  // namespace gongkai
