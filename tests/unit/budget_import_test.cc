// The budget table readers on the two seeds that publish tables (002, 003)
// and the three real disclosures in tests/documents/corpus.
//
// Measured: every amount printed in a document's tables comes through
// import exactly (value and printed precision), and through CSV back into
// the model. The printed amounts are found here without the readers: in
// line ranges read off each file by hand, every token that is a number,
// less 序号, classification codes and page numbers. Other expectations are
// values read off the source by hand (line numbers given).
#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <map>
#include <regex>
#include <set>

#include "format/budget_tables_csv.h"
#include "importer/budget_tables/budget_tables_reader.h"
#include "importer/document_input.h"
#include "importer/budget_tables/line_cells.h"
#include "importer/cjk_text.h"
#include "importer/read/layout_text_reader.h"
#include "importer/tables/laid_out_tables.h"

using namespace gongkai;

namespace {

// Seeds live in content/sources (the sample portal's originals), the corpus
// text forms in tests/documents/corpus.
std::string DocumentPath(const std::string& relative) {
  const std::string root = std::string(GONGKAI_SOURCE_DIR);
  if (relative.rfind("seeds/", 0) == 0) return root + "/content/sources/" + relative.substr(6);
  return root + "/tests/documents/" + relative;
}

struct Imported {
  SourceDocument document;
  std::vector<BudgetTable> tables;
  ImportReport report;
};

Imported Import(const std::string& relative) {
  Diagnostics diagnostics;
  const auto document = ReadDocumentFile(DocumentPath(relative), diagnostics);
  REQUIRE(document);
  Imported imported{*document, {}, {}};
  imported.tables = ReadBudgetTables(imported.document, imported.report);
  return imported;
}

// Space-aligned text: by position, as every laid-out document is read.
Imported ImportLaidOut(const std::string& relative) {
  Imported imported = Import(relative);
  imported.tables = ReadLaidOutTables(LayOutText(imported.document), imported.report).tables;
  return imported;
}

// How a document's table lines split into cells.
enum class Cells { kTabs, kWordLines, kSpaces };

struct Range {
  int first, last;  // source lines, inclusive
};

bool IsDigits(const std::string& text, size_t min, size_t max) {
  return text.size() >= min && text.size() <= max && text.find_first_not_of("0123456789") == std::string::npos;
}

std::vector<std::string> SplitOn(const std::string& text, const std::string& separators) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find_first_of(separators, start);
    const std::string part = TrimAscii(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!part.empty()) parts.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

// Every amount printed in the ranges, as the model writes it: digits
// without separators, precision kept ("1,384.70" → "1384.70").
std::multiset<std::string> PrintedAmounts(const SourceDocument& document, const std::vector<Range>& ranges, Cells cells) {
  std::multiset<std::string> amounts;
  for (const SourceLine& line : document.lines) {
    bool inside = false;
    for (const Range& range : ranges) inside = inside || (line.number >= range.first && line.number <= range.last);
    if (!inside) continue;
    std::string text = line.text;
    text.erase(std::remove(text.begin(), text.end(), '\f'), text.end());
    std::vector<std::string> tokens;
    if (cells == Cells::kTabs) {
      tokens = SplitOn(text, "\t");
      if (!tokens.empty() && (tokens[0] == "栏次" || tokens[0] == "序号")) continue;  // column numbers
      if (tokens.size() == 1 && IsDigits(tokens[0], 4, 4)) continue;                 // 预算年度 on its own line
      // Seed 003: a row that starts with a number and a tab starts with its 序号.
      const size_t tab = text.find('\t');
      if (tab != std::string::npos && IsDigits(text.substr(0, tab), 1, 2)) tokens.erase(tokens.begin());
    } else if (cells == Cells::kWordLines) {
      tokens = {TrimAscii(text)};
    } else {
      tokens = SplitOn(text, " \t");
      if (!tokens.empty() && tokens[0] == "公开") continue;                               // "公开 05 表"
      if (tokens.size() == 1 && IsDigits(tokens[0], 1, 3)) continue;                    // a page number
    }
    // A classification code leads its row: 204 / 20405 / 2040501, or 204 06 01.
    if (!tokens.empty() && (IsDigits(tokens[0], 5, 5) || IsDigits(tokens[0], 7, 7))) {
      tokens.erase(tokens.begin());
    } else if (!tokens.empty() && IsDigits(tokens[0], 3, 3)) {
      tokens.erase(tokens.begin());
      for (int k = 0; k < 2 && !tokens.empty() && IsDigits(tokens[0], 2, 2); ++k) tokens.erase(tokens.begin());
    }
    for (const std::string& token : tokens) {
      if (const auto amount = ParsePrintedAmount(token)) amounts.insert(amount->ToString());
    }
  }
  return amounts;
}

// Amounts a sentence states in 万元, including one damaged in print.
std::multiset<std::string> SentenceAmounts(const SourceDocument& document, int line_number) {
  std::multiset<std::string> amounts;
  const std::regex amount("([0-9][0-9.,。]*)\\s*万元");
  const std::string& text = document.lines[static_cast<size_t>(line_number - 1)].text;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), amount); it != std::sregex_iterator(); ++it) {
    const std::string printed = (*it)[1];
    const auto value = ParsePrintedAmount(printed);
    amounts.insert(value ? value->ToString() : printed);
  }
  return amounts;
}

// Every number the model holds: amounts and counts, and text cells that
// print a number (seed 003's 计量单位 "1"); a cell printed as something
// other than a number stays as printed.
std::multiset<std::string> ModelAmounts(const std::vector<BudgetTable>& tables) {
  std::multiset<std::string> amounts;
  for (const BudgetTable& table : tables) {
    for (const BudgetRow& row : table.rows) {
      for (size_t c = 0; c < table.columns.size(); ++c) {
        const BudgetCell& cell = row.Cell(c);
        const ColumnType type = table.columns[c].type;
        if (type == ColumnType::kCode || cell.text.empty() || IsDashPlaceholder(cell.text)) continue;
        if (cell.amount || type == ColumnType::kAmount || type == ColumnType::kNumber) {
          amounts.insert(cell.text);
        } else if (const auto number = ParsePrintedAmount(cell.text)) {
          amounts.insert(number->ToString());
        }
      }
    }
  }
  return amounts;
}

void CheckSameAmounts(const std::multiset<std::string>& printed, const std::multiset<std::string>& model) {
  std::vector<std::string> missing, extra;
  std::set_difference(printed.begin(), printed.end(), model.begin(), model.end(), std::back_inserter(missing));
  std::set_difference(model.begin(), model.end(), printed.begin(), printed.end(), std::back_inserter(extra));
  std::string report;
  for (const std::string& amount : missing) report += " missing:" + amount;
  for (const std::string& amount : extra) report += " extra:" + amount;
  INFO(report);
  CHECK(printed.size() > 0);
  CHECK(printed == model);
}

// CSV written, parsed back: the header is the columns' labels (with unit),
// every record a row's cells.
void CheckCsvRoundTrip(const std::vector<BudgetTable>& tables) {
  for (const BudgetTable& table : tables) {
    INFO(table.title);
    const auto records = ParseBudgetCsv(BudgetTableToCsv(table));
    REQUIRE(records);
    REQUIRE(records->size() == table.rows.size() + 1);
    for (size_t c = 0; c < table.columns.size(); ++c) CHECK((*records)[0][c] == CsvHeaderLabel(table, table.columns[c]));
    for (size_t r = 0; r < table.rows.size(); ++r) {
      REQUIRE((*records)[r + 1].size() == table.columns.size());
      for (size_t c = 0; c < table.columns.size(); ++c) CHECK((*records)[r + 1][c] == table.rows[r].Cell(c).text);
    }
  }
}

std::vector<std::string> Kinds(const std::vector<BudgetTable>& tables) {
  std::vector<std::string> kinds;
  for (const BudgetTable& table : tables) kinds.push_back(BudgetTableKindId(table.kind));
  return kinds;
}

const BudgetTable& Table(const std::vector<BudgetTable>& tables, BudgetTableKind kind) {
  for (const BudgetTable& table : tables) {
    if (table.kind == kind) return table;
  }
  FAIL("no table of kind " << BudgetTableKindId(kind));
  return tables.front();
}

std::vector<std::string> RowTexts(const BudgetTable& table, size_t row) {
  std::vector<std::string> texts;
  for (size_t c = 0; c < table.columns.size(); ++c) texts.push_back(table.rows[row].Cell(c).text);
  return texts;
}

}  // namespace

TEST_CASE("seed 003: the nine mandated tables, merged over page breaks, and four more", "[budget][import][seed]") {
  const Imported imported = Import("seeds/003_467cd4d96a8a259d.txt");
  CHECK(DetectTableTemplate(imported.document) == TableTemplate::kHebeiPdf);
  CHECK(Kinds(imported.tables) ==
        std::vector<std::string>{"summary", "income", "expenditure", "fiscal_summary", "general_expenditure",
                                 "general_basic", "fund_expenditure", "capital_expenditure", "three_public",
                                 "organization", "procurement", "assets", "office_costs"});
  // 收支总表: 34 numbered rows over three pages (lines 48–102).
  const BudgetTable& summary = Table(imported.tables, BudgetTableKind::kSummary);
  REQUIRE(summary.rows.size() == 34);
  CHECK(RowTexts(summary, 31) == std::vector<std::string>{"本年收入合计", "1240.26", "本年支出合计", "1241.14"});
  CHECK(RowTexts(summary, 32) == std::vector<std::string>{"上年结转结余", "0.88", "年终结转结余", ""});
  // 财政拨款收支总表 row 15: "十五、资源勘探工业信息" (line 232) / "等支出" (line 243, after the break).
  const BudgetTable& fiscal = Table(imported.tables, BudgetTableKind::kFiscalSummary);
  REQUIRE(fiscal.rows.size() == 37);
  CHECK(fiscal.rows[14].Cell(2).text == "十五、资源勘探工业信息等支出");
  // 支出总表 line 162: "1 ⇥ ⇥合计⇥1241.14⇥792.83⇥448.31".
  const BudgetTable& spending = Table(imported.tables, BudgetTableKind::kExpenditure);
  CHECK(spending.classification == Classification::kFunction);
  CHECK(spending.unit == "万元");
  REQUIRE(spending.rows.size() == 26);
  CHECK(spending.rows[0].level == 0);
  CHECK(RowTexts(spending, 0) == std::vector<std::string>{"", "合计", "1241.14", "792.83", "448.31", "", "", ""});
  CHECK(RowTexts(spending, 2)[0] == "20131");
  CHECK(spending.rows[2].level == 2);
  CHECK(spending.rows[3].level == 3);
  // Empty tables keep their notes (lines 381, 395).
  const BudgetTable& fund = Table(imported.tables, BudgetTableKind::kFundExpenditure);
  CHECK(fund.rows.empty());
  CHECK(fund.notes == std::vector<std::string>{"注：无政府基金预算财政拨款预算，空表列示。"});
  CHECK(fund.IsEmpty());
  // 国有资产: values at their printed precision (lines 891, 901).
  const BudgetTable& assets = Table(imported.tables, BudgetTableKind::kAssets);
  CHECK(RowTexts(assets, 2) == std::vector<std::string>{"二、通用设备", "74", "44.2793"});
  CHECK(RowTexts(assets, assets.rows.size() - 1) == std::vector<std::string>{"合计", "-", "50.8903"});
  CHECK(assets.notes == std::vector<std::string>{"截止时间：2022-12-31"});
  CHECK(RowTexts(Table(imported.tables, BudgetTableKind::kOfficeCosts), 0) ==
        std::vector<std::string>{"机关运行经费共计", "49.10"});

  std::multiset<std::string> printed =
      PrintedAmounts(imported.document, {{34, 416}, {864, 876}, {882, 901}}, Cells::kTabs);
  printed.insert("49.10");  // line 466: "机关运行经费共计 49.10 万元"
  CheckSameAmounts(printed, ModelAmounts(imported.tables));
  CheckCsvRoundTrip(imported.tables);
}

TEST_CASE("seed 002: 机构设置, 三公 against last year, 机关运行经费, empty 政府采购, 国有资产", "[budget][import][seed]") {
  const Imported imported = Import("seeds/002_067c5885c1f51251.txt");
  CHECK(DetectTableTemplate(imported.document) == TableTemplate::kHebeiWord);
  CHECK(Kinds(imported.tables) == std::vector<std::string>{"organization", "three_public_comparison", "office_costs",
                                                           "procurement", "assets"});
  CHECK(Table(imported.tables, BudgetTableKind::kOrganization).rows.size() == 9);
  // Lines 130–163: the years are the header's.
  const BudgetTable& comparison = Table(imported.tables, BudgetTableKind::kThreePublicComparison);
  CHECK(comparison.columns[1].label == "2020年度预算");
  CHECK(RowTexts(comparison, 3) ==
        std::vector<std::string>{"公务接待费支出", "27.25", "27.15", "0.1", "根据中央八项规定，减少接待费支出"});
  // Line 124: "培训费0,。2万元" is not a number and stays as printed.
  const BudgetTable& office = Table(imported.tables, BudgetTableKind::kOfficeCosts);
  REQUIRE(office.rows.size() == 14);
  CHECK(RowTexts(office, 0) == std::vector<std::string>{"机关运行经费安排", "231.44"});
  CHECK(RowTexts(office, 10) == std::vector<std::string>{"培训费", "0,。2"});
  CHECK_FALSE(office.rows[10].Cell(1).amount);
  // Lines 5293–5348: published empty, with its note.
  const BudgetTable& procurement = Table(imported.tables, BudgetTableKind::kProcurement);
  CHECK(procurement.IsEmpty());
  CHECK(procurement.notes == std::vector<std::string>{"注：无部门政府采购预算，空表列示。"});
  const BudgetTable& assets = Table(imported.tables, BudgetTableKind::kAssets);
  CHECK(RowTexts(assets, 0) == std::vector<std::string>{"固定资产总额", "—", "418.6860"});
  CHECK(assets.rows[2].part);  // 其中：办公用房

  std::multiset<std::string> printed = PrintedAmounts(imported.document, {{128, 166}, {5293, 5384}}, Cells::kWordLines);
  const std::multiset<std::string> sentence = SentenceAmounts(imported.document, 124);
  printed.insert(sentence.begin(), sentence.end());
  CHECK(sentence.count("0,。2") == 1);
  CheckSameAmounts(printed, ModelAmounts(imported.tables));
  CheckCsvRoundTrip(imported.tables);
}

TEST_CASE("corpus 01 (Shanghai, space-aligned, 元, codes over 类/款/项 columns)", "[budget][import][corpus]") {
  const Imported imported = ImportLaidOut("corpus/01_shanghai_putuo_sfj_2026_dept_budget.layout.txt");
  CHECK(Kinds(imported.tables) ==
        std::vector<std::string>{"summary", "income", "expenditure", "fiscal_summary", "general_expenditure",
                                 "fund_expenditure", "capital_expenditure", "general_basic", "three_public"});
  const BudgetTable& income = Table(imported.tables, BudgetTableKind::kIncome);
  CHECK(income.unit == "元");
  // "204   06   01   行政运行   16726725.44 …" (line 171).
  CHECK(RowTexts(income, 2) ==
        std::vector<std::string>{"2040601", "行政运行", "16726725.44", "16726725.44", "0.00", "0.00", "0.00"});
  CHECK(Table(imported.tables, BudgetTableKind::kThreePublic).unit == "万元");
  // "1. 一般公共预算   96,282,213.44 二、社会保障和就业支出   3,343,704.00" (line 144).
  CHECK(RowTexts(Table(imported.tables, BudgetTableKind::kSummary), 1) ==
        std::vector<std::string>{"1. 一般公共预算", "96282213.44", "二、社会保障和就业支出", "3343704.00"});

  CheckSameAmounts(PrintedAmounts(imported.document, {{138, 353}}, Cells::kSpaces), ModelAmounts(imported.tables));
  CheckCsvRoundTrip(imported.tables);
}

TEST_CASE("corpus 03 (Shanghai, pdf-parse cells, thousands separators, page breaks)", "[budget][import][corpus]") {
  const Imported imported = Import("corpus/03_shanghai_putuo_wanli_2025_dept_budget.pdfparse.txt");
  CHECK(DetectTableTemplate(imported.document) == TableTemplate::kShanghaiParse);
  CHECK(imported.tables.size() == 9);
  // Empty cells are dropped: "2. 政府性基金 ⇥三、教育支出 ⇥250,000" keeps 250000 on the spending side.
  CHECK(RowTexts(Table(imported.tables, BudgetTableKind::kSummary), 2) ==
        std::vector<std::string>{"2. 政府性基金", "", "三、教育支出", "250000"});
  // 一般公共预算支出功能分类预算表 over four pages, headers repeated: 66 rows and 合计.
  CHECK(Table(imported.tables, BudgetTableKind::kGeneralExpenditure).rows.size() == 67);

  CheckSameAmounts(PrintedAmounts(imported.document, {{146, 552}}, Cells::kTabs), ModelAmounts(imported.tables));
  CheckCsvRoundTrip(imported.tables);
}

TEST_CASE("corpus 05 (Jiangsu, 12 tables, wrapped names, 万元 with separators)", "[budget][import][corpus]") {
  const Imported imported = ImportLaidOut("corpus/05_jiangsu_high_court_2019_dept_budget.layout.txt");
  CHECK(Kinds(imported.tables) ==
        std::vector<std::string>{"summary", "income", "expenditure", "fiscal_summary", "fiscal_expenditure",
                                 "fiscal_basic", "general_expenditure", "general_basic", "three_public",
                                 "fund_expenditure", "office_costs", "procurement"});
  // "机关事业单位基本养老保险缴费支" / "2080505 … 1,384.70" / "出" (lines 322–324).
  const BudgetTable& fiscal = Table(imported.tables, BudgetTableKind::kFiscalExpenditure);
  CHECK(RowTexts(fiscal, 12) == std::vector<std::string>{"2080505", "机关事业单位基本养老保险缴费支出", "1384.70"});
  // "七、文化旅游体育与传媒支" / "出" (lines 186–187) on the summary's function side.
  const BudgetTable& summary = Table(imported.tables, BudgetTableKind::kSummary);
  const auto spending_item = summary.Column("spending_item");
  REQUIRE(spending_item);
  CHECK(std::any_of(summary.rows.begin(), summary.rows.end(),
                    [&](const BudgetRow& row) { return row.Cell(*spending_item).text == "七、文化旅游体育与传媒支出"; }));
  // 三公 (line 485): its eight amounts, in the printed order. (Its header
  // of seven lines is placed right from the PDF, importer_pdf_test.cc; in
  // this text form the wrapped labels give it a column too many.)
  std::vector<std::string> three_public;
  for (const std::string& text : RowTexts(Table(imported.tables, BudgetTableKind::kThreePublic), 0)) {
    if (!text.empty()) three_public.push_back(text);
  }
  CHECK(three_public == std::vector<std::string>{"2382.02", "513.75", "160.00", "266.80", "266.80", "86.95", "271.02", "1597.25"});
  // 政府采购: "信息网络及软件购" / "信息网络建设费 … 966.50" / "置更新" (lines 568–570).
  const BudgetTable& procurement = Table(imported.tables, BudgetTableKind::kProcurement);
  CHECK(RowTexts(procurement, 2) ==
        std::vector<std::string>{"", "信息网络建设费", "信息网络及软件购置更新", "", "", "966.50"});
  CHECK(procurement.rows[2].level == 2);

  CheckSameAmounts(PrintedAmounts(imported.document, {{165, 650}}, Cells::kSpaces), ModelAmounts(imported.tables));
  CheckCsvRoundTrip(imported.tables);
}

TEST_CASE("printed amounts: separators in groups of three, precision kept, nothing else", "[budget][import]") {
  CHECK(ParsePrintedAmount("87,267,272.44")->ToString() == "87267272.44");
  CHECK(ParsePrintedAmount("1,384.70")->ToString() == "1384.70");
  CHECK(ParsePrintedAmount("418.6860")->ToString() == "418.6860");
  CHECK(ParsePrintedAmount("0")->ToString() == "0");
  CHECK_FALSE(ParsePrintedAmount("1,38.70"));
  CHECK_FALSE(ParsePrintedAmount("12,3456"));
  CHECK_FALSE(ParsePrintedAmount("0,。2"));
  CHECK_FALSE(ParsePrintedAmount("1."));
  CHECK_FALSE(ParsePrintedAmount(""));
}

TEST_CASE("a layout line splits into cells at two spaces, and around a lone amount", "[budget][import]") {
  const auto cells = SplitLayoutRow({7, "1. 一般公共预算                 96,282,213.44 二、社会保障和就业支出  3,343,704.00"});
  REQUIRE(cells.size() == 4);
  CHECK(cells[0].text == "1. 一般公共预算");
  CHECK(cells[1].text == "96,282,213.44");
  CHECK(cells[2].text == "二、社会保障和就业支出");
  CHECK(cells[3].x > cells[2].end);
  CHECK(SplitLayoutRow({8, "台式计算机（20 万"})[0].text == "台式计算机（20 万");
}

TEST_CASE("a document without budget tables gives none", "[budget][import]") {
  const Imported performance = Import("seeds/001_34bcd661c53583e1.txt");
  CHECK(performance.tables.empty());
}
