// The importer on the real PDFs of tests/documents/corpus (content/sources):
// Shanghai and Jiangsu disclosures it was not written against, read from the
// PDF itself and from their pdftotext -layout text.
//
// The oracle of each PDF (tests/documents/corpus/*.amounts.tsv) lists every
// amount printed on its table pages with its row label. It is made by
// tools/pdf-amount-oracle from `pdftotext -bbox` (poppler-utils), without
// the importer, and spot-checked by hand. Other expectations are values read
// off the documents by hand.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "importer/budget_tables/line_cells.h"
#include "importer/cjk_text.h"
#include "importer/document_importer.h"
#include "importer/document_input.h"
#include "importer/read/layout_text_reader.h"
#include "importer/tables/laid_out_tables.h"
#include "importer/tables/table_vocabulary.h"

using namespace gongkai;

namespace {

const std::string kRoot = GONGKAI_SOURCE_DIR;

struct Imported {
  DepartmentYear department;
  ImportReport report;
  std::string errors;
};

Imported ImportFile(const std::string& path, const std::string& jurisdiction, DepartmentRegistry& registry) {
  Diagnostics diagnostics;
  const auto document = ReadDocumentFile(path, diagnostics);
  REQUIRE(document);
  ImportOptions options;
  options.overrides.jurisdiction_code = jurisdiction;
  options.registry = &registry;
  ImportedDocument imported = ImportDocument(*document, options, diagnostics);
  Imported out{std::move(imported.department), std::move(imported.report), ""};
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::kError) out.errors += d.message + "\n";
  }
  return out;
}

struct OracleAmount {
  int page;
  std::string amount;  // without separators
  std::string label;
};

std::vector<OracleAmount> ReadOracle(const std::string& stem) {
  std::ifstream in(kRoot + "/tests/documents/corpus/" + stem + ".amounts.tsv");
  REQUIRE(in);
  std::vector<OracleAmount> amounts;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::stringstream fields(line);
    std::string page, amount, label;
    std::getline(fields, page, '\t');
    std::getline(fields, amount, '\t');
    std::getline(fields, label, '\t');
    amounts.push_back({std::stoi(page), ParsePrintedAmount(amount)->ToString(), label});
  }
  return amounts;
}

// Every amount placed in an amount column: value → the printed lines of its rows.
std::multimap<std::string, std::string> PlacedAmounts(const std::vector<BudgetTable>& tables) {
  std::multimap<std::string, std::string> placed;
  for (const BudgetTable& table : tables) {
    for (const BudgetRow& row : table.rows) {
      for (size_t c = 0; c < table.columns.size(); ++c) {
        if (table.columns[c].type == ColumnType::kAmount && row.Cell(c).amount) {
          placed.emplace(row.Cell(c).amount->ToString(), row.origin.source_line);
        }
      }
    }
  }
  return placed;
}

// The amounts of the oracle and of the import agree one for one, and each
// oracle amount lies on a row whose printed line holds its row label.
void CheckAgainstOracle(const std::vector<BudgetTable>& tables, const std::string& stem) {
  const std::vector<OracleAmount> oracle = ReadOracle(stem);
  std::multimap<std::string, std::string> placed = PlacedAmounts(tables);
  CHECK(placed.size() == oracle.size());
  int unmatched = 0;
  // Amounts with a row label first, so one without cannot take their row.
  std::vector<OracleAmount> ordered;
  for (const OracleAmount& expected : oracle) {
    if (!expected.label.empty()) ordered.push_back(expected);
  }
  for (const OracleAmount& expected : oracle) {
    if (expected.label.empty()) ordered.push_back(expected);
  }
  for (const OracleAmount& expected : ordered) {
    auto [from, to] = placed.equal_range(expected.amount);
    auto match = to;
    for (auto it = from; it != to; ++it) {
      if (expected.label.empty() || it->second.find(expected.label) != std::string::npos) {
        match = it;
        break;
      }
    }
    if (match == to) {
      ++unmatched;
      UNSCOPED_INFO("not placed: page " << expected.page << " " << expected.amount << " (" << expected.label << ")");
      continue;
    }
    placed.erase(match);
  }
  CHECK(unmatched == 0);
}

const BudgetTable& TableOf(const std::vector<BudgetTable>& tables, BudgetTableKind kind) {
  for (const BudgetTable& table : tables) {
    if (table.kind == kind) return table;
  }
  FAIL("no table of kind " << BudgetTableKindId(kind));
  throw std::logic_error("unreachable");
}

const BudgetRow& RowCoded(const BudgetTable& table, const std::string& code) {
  for (const BudgetRow& row : table.rows) {
    if (table.RowCode(row) == code) return row;
  }
  FAIL("no row " << code << " in " << table.title);
  throw std::logic_error("unreachable");
}

std::string Cell(const BudgetTable& table, const BudgetRow& row, const std::string& key) {
  const auto column = table.Column(key);
  REQUIRE(column);
  return row.Cell(*column).text;
}

struct ShanghaiCase {
  const char* stem;
  const char* department;  // as printed after 编制部门：
  int year;
};

const std::vector<ShanghaiCase> kShanghai = {
    {"01_shanghai_putuo_sfj_2026_dept_budget", "上海市普陀区司法局", 2026},
    {"03_shanghai_putuo_wanli_2025_dept_budget", "上海市普陀区人民政府万里街道办事处", 2025},
    {"09_shanghai_putuo_wanli_2023_dept_budget", "上海市普陀区人民政府万里街道办事处", 2023},
    {"10_shanghai_putuo_wanli_2024_dept_budget", "上海市普陀区人民政府万里街道办事处", 2024},
};

std::vector<std::string> SectionTitles(const DepartmentYear& department) {
  std::vector<std::string> titles;
  for (const Section& section : department.sections) titles.push_back(section.title);
  return titles;
}

// A layout text and its PDF: the same narrative, part by part, word for
// word (a line pdftotext split at a full-width bracket joined again, a
// heading indented to the line's end still a heading).
void CheckSameNarrative(const DepartmentYear& text, const DepartmentYear& pdf) {
  REQUIRE(text.sections.size() == pdf.sections.size());
  for (size_t i = 0; i < pdf.sections.size(); ++i) {
    INFO(pdf.sections[i].title);
    CHECK(text.sections[i].markdown == pdf.sections[i].markdown);
  }
}

// A layout text and its PDF: every table of one kind has the same column
// keys, two-sided tables (收支总表) included, whose side labels character
// columns print off the middle of their sides (万里 2023, 江苏 2018/2019).
void CheckSameColumnKeys(const DepartmentYear& text, const DepartmentYear& pdf) {
  for (const BudgetTable& pdf_table : pdf.tables) {
    INFO(pdf_table.title);
    const auto text_table = std::find_if(text.tables.begin(), text.tables.end(),
                                         [&](const BudgetTable& t) { return t.kind == pdf_table.kind; });
    REQUIRE(text_table != text.tables.end());
    std::vector<std::string> text_keys, pdf_keys;
    for (const BudgetColumn& c : text_table->columns) text_keys.push_back(c.key);
    for (const BudgetColumn& c : pdf_table.columns) pdf_keys.push_back(c.key);
    CHECK(text_keys == pdf_keys);
  }
}

// The columns of a table by key and label, to compare a layout text's
// table with its PDF's.
std::vector<std::string> ColumnKeysAndLabels(const DepartmentYear& department, BudgetTableKind kind) {
  std::vector<std::string> columns;
  for (const BudgetTable& table : department.tables) {
    if (table.kind != kind) continue;
    for (const BudgetColumn& c : table.columns) columns.push_back(c.key + "=" + c.label);
  }
  return columns;
}

}  // namespace

TEST_CASE("Shanghai PDFs: the nine tables, every amount of the oracle placed, the department named by the document",
          "[importer][pdf]") {
  DepartmentRegistry registry;
  for (const ShanghaiCase& shanghai : kShanghai) {
    INFO(shanghai.stem);
    const Imported imported = ImportFile(kRoot + "/content/sources/" + shanghai.stem + ".pdf", "310107", registry);
    REQUIRE(imported.errors.empty());
    CHECK(imported.department.department.name == shanghai.department);
    CHECK(imported.department.year == shanghai.year);
    CHECK(imported.department.tables.size() == 9);
    CheckAgainstOracle(imported.department.tables, shanghai.stem);
  }
  // One department, one code, every year (the registry).
  REQUIRE(registry.departments.size() == 2);
  CHECK(registry.departments[1].name == "上海市普陀区人民政府万里街道办事处");
}

TEST_CASE("01 (上海市普陀区司法局 2026): amounts in their columns, empty cells left empty", "[importer][pdf]") {
  DepartmentRegistry registry;
  const Imported imported =
      ImportFile(kRoot + "/content/sources/01_shanghai_putuo_sfj_2026_dept_budget.pdf", "310107", registry);
  const auto& tables = imported.department.tables;
  // 部门支出预算总表 (PDF page 13; layout text line 220): 合计 96282213.44 25741666.44 70540547.00.
  const BudgetTable& spending = TableOf(tables, BudgetTableKind::kExpenditure);
  const BudgetRow& total = spending.rows.back();
  CHECK(Cell(spending, total, "total") == "96282213.44");
  CHECK(Cell(spending, total, "basic") == "25741666.44");
  CHECK(Cell(spending, total, "project") == "70540547.00");
  // 2040604 基层司法业务: 21703947.00 in 项目支出, 0.00 in 基本支出 (not shifted left).
  const BudgetRow& grassroots = RowCoded(spending, "2040604");
  CHECK(Cell(spending, grassroots, "basic") == "0.00");
  CHECK(Cell(spending, grassroots, "project") == "21703947.00");
  // 类/款/项 printed in three columns: "210 11 01 行政单位医疗" is one code.
  CHECK(spending.RowName(RowCoded(spending, "2101101")) == "行政单位医疗");
  // 财政拨款收支总表: the 政府性基金 column is printed blank on every row.
  const BudgetTable& fiscal = TableOf(tables, BudgetTableKind::kFiscalSummary);
  CHECK(Cell(fiscal, fiscal.rows[0], "spending_general") == "87267272.44");
  CHECK(Cell(fiscal, fiscal.rows[0], "spending_fund").empty());
  // "三公" 经费 (万元): 10.81 0 0.83 9.98 0 9.98 217.83, each in its own column.
  const BudgetTable& three = TableOf(tables, BudgetTableKind::kThreePublic);
  REQUIRE(three.rows.size() == 1);
  CHECK(three.unit == "万元");
  CHECK(Cell(three, three.rows[0], "total") == "10.81");
  CHECK(Cell(three, three.rows[0], "reception") == "0.83");
  CHECK(Cell(three, three.rows[0], "purchase") == "0");
  CHECK(Cell(three, three.rows[0], "running") == "9.98");
  CHECK(Cell(three, three.rows[0], "office") == "217.83");
  // Empty tables keep their note.
  const BudgetTable& fund = TableOf(tables, BudgetTableKind::kFundExpenditure);
  CHECK(fund.rows.empty());
  REQUIRE(fund.notes.size() == 1);
  CHECK(fund.notes[0].find("故本表为空表") != std::string::npos);
}

TEST_CASE("10 (万里街道 2024): a 款 printed with one digit joins its 类 as a two-digit part, and says so",
          "[importer][pdf]") {
  DepartmentRegistry registry;
  const Imported imported =
      ImportFile(kRoot + "/content/sources/10_shanghai_putuo_wanli_2024_dept_budget.pdf", "310107", registry);
  const BudgetTable& basic = TableOf(imported.department.tables, BudgetTableKind::kGeneralBasic);
  // Printed "301   7   绩效工资   11,447,100   11,447,100   0".
  const BudgetRow& row = RowCoded(basic, "30107");
  CHECK(basic.RowName(row) == "绩效工资");
  CHECK(Cell(basic, row, "total") == "11447100");
  bool reported = false;
  for (const ImportNote& note : imported.report.notes) {
    reported = reported || (note.kind == NoteKind::kRepair && note.detail == "30107");
  }
  CHECK(reported);
}

TEST_CASE("the layout text of a PDF gives the same tables as the PDF", "[importer][pdf]") {
  for (const ShanghaiCase& shanghai : kShanghai) {
    INFO(shanghai.stem);
    DepartmentRegistry registry;
    const Imported pdf = ImportFile(kRoot + "/content/sources/" + shanghai.stem + ".pdf", "310107", registry);
    const Imported text =
        ImportFile(kRoot + "/tests/documents/corpus/" + shanghai.stem + ".layout.txt", "310107", registry);
    REQUIRE(text.errors.empty());
    CHECK(text.department.department.name == pdf.department.department.name);
    CHECK(PlacedAmounts(text.department.tables).size() == PlacedAmounts(pdf.department.tables).size());
    CheckAgainstOracle(text.department.tables, shanghai.stem);
    // The same parts (pdftotext's columns damage some of their lines).
    CHECK(SectionTitles(text.department) == SectionTitles(pdf.department));
    CHECK(!text.department.sections.empty());
    CheckSameNarrative(text.department, pdf.department);
    CheckSameColumnKeys(text.department, pdf.department);
  }
}

TEST_CASE("the pdf-parse text of 万里街道 2025 (cells, empty ones dropped) gives the PDF's tables", "[importer][pdf]") {
  const std::string stem = "03_shanghai_putuo_wanli_2025_dept_budget";
  DepartmentRegistry registry;
  const Imported pdf = ImportFile(kRoot + "/content/sources/" + stem + ".pdf", "310107", registry);
  const Imported text = ImportFile(kRoot + "/tests/documents/corpus/" + stem + ".pdfparse.txt", "310107", registry);
  REQUIRE(text.errors.empty());
  CHECK(text.department.department.name == "上海市普陀区人民政府万里街道办事处");
  CHECK(text.department.year == 2025);
  CHECK(registry.departments.size() == 1);  // the same department, the same code
  REQUIRE(text.department.tables.size() == pdf.department.tables.size());
  for (size_t t = 0; t < pdf.department.tables.size(); ++t) {
    CHECK(text.department.tables[t].kind == pdf.department.tables[t].kind);
  }
  CheckAgainstOracle(text.department.tables, stem);
}

TEST_CASE("the layout text of the Jiangsu PDFs gives the same tables as the PDF", "[importer][pdf][jiangsu-text]") {
  for (const char* stem : {"05_jiangsu_high_court_2019_dept_budget", "11_jiangsu_high_court_2017_dept_budget",
                           "12_jiangsu_high_court_2018_dept_budget"}) {
    INFO(stem);
    DepartmentRegistry registry;
    const Imported pdf = ImportFile(kRoot + "/content/sources/" + stem + ".pdf", "320000", registry);
    const Imported text = ImportFile(kRoot + "/tests/documents/corpus/" + stem + ".layout.txt", "320000", registry);
    REQUIRE(text.errors.empty());
    CHECK(text.department.department.name == pdf.department.department.name);
    CHECK(text.department.tables.size() == pdf.department.tables.size());
    CHECK(PlacedAmounts(text.department.tables).size() == PlacedAmounts(pdf.department.tables).size());
    CheckAgainstOracle(text.department.tables, stem);
    CHECK(SectionTitles(text.department) == SectionTitles(pdf.department));
    CHECK(!text.department.sections.empty());
    CheckSameNarrative(text.department, pdf.department);
    CheckSameColumnKeys(text.department, pdf.department);
  }
}

TEST_CASE("Jiangsu 2019 layout text: the 三公 table's seven-line header gives the PDF's nine columns",
          "[importer][pdf][jiangsu-text]") {
  // 因公出 / 国（境） / 费 wrapped two text rows apart beside a taller
  // 公务接 / 待费, “三公”经费 over the wider 公务用车购置及运行维护费, which
  // ends where its 小计 begins; the 公务用车购置费 column printed empty.
  const std::string stem = "05_jiangsu_high_court_2019_dept_budget";
  DepartmentRegistry registry;
  const Imported pdf = ImportFile(kRoot + "/content/sources/" + stem + ".pdf", "320000", registry);
  const Imported text = ImportFile(kRoot + "/tests/documents/corpus/" + stem + ".layout.txt", "320000", registry);
  const std::vector<std::string> printed = {"total=合计", "three_public=小计", "abroad=因公出国（境）费",
                                            "vehicles=公务用车购置及运行维护费小计", "purchase=公务用车购置费",
                                            "running=公务用车运行维护费", "reception=公务接待费", "meetings=会议费",
                                            "training=培训费"};
  CHECK(ColumnKeysAndLabels(pdf.department, BudgetTableKind::kThreePublic) == printed);
  CHECK(ColumnKeysAndLabels(text.department, BudgetTableKind::kThreePublic) == printed);
}

TEST_CASE("Jiangsu layout text: a name under a bare 部门名称：, a letter-spaced 金额", "[importer][pdf][jiangsu-text]") {
  // 2019 公开10表 as pdftotext -layout lays it out: "部门名称：" ends its line,
  // the name starts the next beside 单位：万元, and 金额 is spread across its
  // cell as "金        额". The header is the PDF's three columns.
  DepartmentRegistry registry;
  const Imported text = ImportFile(kRoot + "/tests/documents/corpus/05_jiangsu_high_court_2019_dept_budget.layout.txt",
                                   "320000", registry);
  const BudgetTable& fund = TableOf(text.department.tables, BudgetTableKind::kFundExpenditure);
  std::vector<std::string> labels;
  for (const BudgetColumn& column : fund.columns) labels.push_back(column.label);
  CHECK(labels == std::vector<std::string>{"功能科目编码", "功能科目名称", "金额"});
  CHECK(fund.unit == "万元");
}

TEST_CASE("Jiangsu PDFs: twelve tables, every amount of the oracle placed, named by the document, every year",
          "[importer][pdf]") {
  DepartmentRegistry registry;
  for (const char* stem : {"05_jiangsu_high_court_2019_dept_budget", "11_jiangsu_high_court_2017_dept_budget",
                           "12_jiangsu_high_court_2018_dept_budget"}) {
    INFO(stem);
    const Imported imported = ImportFile(kRoot + "/content/sources/" + stem + ".pdf", "320000", registry);
    REQUIRE(imported.errors.empty());
    CHECK(imported.department.department.name == "江苏省高级人民法院");
    CHECK(imported.department.tables.size() == 12);
    CheckAgainstOracle(imported.department.tables, stem);
  }
  CHECK(registry.departments.size() == 1);
  // 2019 公开06表 (page 11): 30108 机关事业单位基本养老保险缴费 1,384.70, whose
  // amount the PDF draws after the rest of the page.
  const Imported court =
      ImportFile(kRoot + "/content/sources/05_jiangsu_high_court_2019_dept_budget.pdf", "320000", registry);
  const BudgetTable& basic = TableOf(court.department.tables, BudgetTableKind::kFiscalBasic);
  CHECK(basic.unit == "万元");
  CHECK(Cell(basic, RowCoded(basic, "30108"), "total") == "1384.70");
  CHECK(Cell(basic, RowCoded(basic, "30113"), "total") == "1879.36");
  CHECK(Cell(basic, RowCoded(basic, "30307"), "total") == "6.53");
  CHECK(basic.RowName(RowCoded(basic, "30307")) == "医疗费补助");
  // 公开09表 (page 15): 8 amounts under 9 columns; 公务用车购置费 is the blank one.
  const BudgetTable& three = TableOf(court.department.tables, BudgetTableKind::kThreePublic);
  REQUIRE(three.rows.size() == 1);
  CHECK(Cell(three, three.rows[0], "vehicles") == "266.80");
  CHECK(Cell(three, three.rows[0], "purchase") == "");
  CHECK(Cell(three, three.rows[0], "running") == "266.80");
  CHECK(Cell(three, three.rows[0], "training") == "1597.25");
}

const Section* SectionTitled(const std::vector<Section>& sections, const std::string& title) {
  for (const Section& section : sections) {
    if (section.title == title) return &section;
  }
  return nullptr;
}

size_t Occurrences(const std::string& text, const std::string& piece) {
  size_t count = 0;
  for (size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + piece.size())) ++count;
  return count;
}

TEST_CASE("the narrative of a PDF: its parts as sections, lines joined into paragraphs, tables left to the tables",
          "[importer][pdf][narrative]") {
  DepartmentRegistry registry;
  SECTION("上海市普陀区司法局 2026: the titles set in the middle of the page start the parts") {
    const Imported imported =
        ImportFile(kRoot + "/content/sources/01_shanghai_putuo_sfj_2026_dept_budget.pdf", "310107", registry);
    REQUIRE(imported.errors.empty());
    const std::vector<Section>& sections = imported.department.sections;
    // Page titles of pages 4, 6, 7, 8, 19 and 22 of the PDF.
    std::vector<std::pair<std::string, std::string>> got;
    for (const Section& section : sections) got.emplace_back(section.id, section.title);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"duties", "上海市普陀区司法局主要职能"},   {"organization", "上海市普陀区司法局机构设置"},
        {"glossary", "名词解释"},                 {"explanation", "2026年部门预算编制说明"},
        {"other", "其他相关情况说明"},             {"project-notes", "人民调解项目经费情况说明"},
    };
    CHECK(got == expected);
    const Section* duties = SectionTitled(sections, "上海市普陀区司法局主要职能");
    REQUIRE(duties);
    // Page 4 prints (二) on two lines: one paragraph.
    CHECK(duties->markdown.find("\n\n（二）承担区委全面依法治区委员会办公室日常工作，组织开展全面依法治区重大问题的政策研究，"
                                "协调有关方面提出全面依法治区中长期规划建议，负责有关重大决策部署督察工作。\n\n") !=
          std::string::npos);
    // Page 5 prints (七) to (十) of page 4 again at its top: kept once, said so.
    CHECK(Occurrences(duties->markdown, "（七）负责推进本区公共法律服务体系建设。") == 1);
    CHECK(Occurrences(duties->markdown, "（十）完成区委、区政府交办的其他任务。") == 1);
    CHECK(FormatImportReport(imported.report, imported.department).find("页首重复印出上一页末尾的 6 行，只保留一次") != std::string::npos);
    // Numbered parts inside 其他相关情况说明 (page 18) are its headings.
    const Section* other = SectionTitled(sections, "其他相关情况说明");
    REQUIRE(other);
    CHECK(StartsWith(other->markdown, "### 一、2026年“三公”经费预算情况说明\n\n2026年“三公”经费预算数为10.81万元，比2025年预算持平。其中："));
    CHECK(other->markdown.find("### 三、政府采购预算情况") != std::string::npos);
    // Nothing of the tables or the contents: no table title, no dot leader.
    for (const Section& section : sections) {
      CHECK(section.markdown.find("部门收入预算总表") == std::string::npos);
      CHECK(section.markdown.find("……") == std::string::npos);
      CHECK(section.markdown.find("96282213.44") == std::string::npos);
    }
  }
  SECTION("江苏省高级人民法院 2019: 第X部分 start the parts, a paragraph goes on over a page break") {
    const Imported imported =
        ImportFile(kRoot + "/content/sources/05_jiangsu_high_court_2019_dept_budget.pdf", "320000", registry);
    REQUIRE(imported.errors.empty());
    const std::vector<Section>& sections = imported.department.sections;
    std::vector<std::string> titles;
    for (const Section& section : sections) titles.push_back(section.title);
    // 第二部分 holds only the tables: no section.
    CHECK(titles == std::vector<std::string>{"第一部分 部门概况", "第三部分 2019 年度部门预算情况说明", "第四部分 名词解释"});
    const Section* profile = SectionTitled(sections, "第一部分 部门概况");
    REQUIRE(profile);
    CHECK(StartsWith(profile->markdown, "### 一、主要职能\n\n江苏省高级人民法院是国家审判机关，依法独立行使审判权，对省人民代表大会及其常务委员会负责并报告工作。其主要职责是："));
    // Item 14 runs from page 3 onto page 4, over the page number.
    CHECK(profile->markdown.find("\n\n14、对省高级人民法院的法官和其他工作人员开展思想政治教育，组织专业培训；指导下级人民法院的"
                                 "思想政治工作和教育培训工作；按照权限管理法官及其他工作人员；协助省主管部门管理全省各级人民法院的"
                                 "机构、编制工作。\n\n") != std::string::npos);
    // A glossary entry that fills its line is a paragraph, not a heading.
    const Section* glossary = SectionTitled(sections, "第四部分 名词解释");
    REQUIRE(glossary);
    CHECK(glossary->markdown.find("### ") == std::string::npos);
    CHECK(StartsWith(glossary->markdown, "一、财政拨款：指一般公共预算财政拨款和政府性基金预算财"));
    // 公开01表 … 公开12表 and the tables' notes stay with the tables.
    for (const Section& section : sections) {
      CHECK(section.markdown.find("公开") == std::string::npos);
      CHECK(section.markdown.find("科目编码") == std::string::npos);
    }
  }
  SECTION("万里街道 2023: the 填报表 pages are the projects', not narrative") {
    const Imported imported =
        ImportFile(kRoot + "/content/sources/09_shanghai_putuo_wanli_2023_dept_budget.pdf", "310107", registry);
    REQUIRE(imported.errors.empty());
    REQUIRE(imported.department.projects.size() == 5);
    REQUIRE(!imported.department.sections.empty());
    for (const Section& section : imported.department.sections) {
      CHECK(section.markdown.find("绩效目标填报表") == std::string::npos);
      CHECK(section.markdown.find("三级指标") == std::string::npos);
    }
  }
}

TEST_CASE("perturbed titles and header words give the same tables", "[importer][pdf]") {
  const std::string stem = "01_shanghai_putuo_sfj_2026_dept_budget";
  std::ifstream in(kRoot + "/tests/documents/corpus/" + stem + ".layout.txt", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string original = bytes.str();
  const auto tables_of = [](const std::string& text) {
    ImportReport report;
    return ReadLaidOutTables(LayOutText(MakeSourceDocument("perturbed.txt", text)), report);
  };
  const LaidOutTables base = tables_of(original);
  const auto replace_all = [](std::string text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
  };
  const std::vector<std::pair<const char*, std::string>> variants = {
      {"部门→单位", replace_all(original, "年部门", "年单位")},
      {"编制部门→编制单位", replace_all(original, "编制部门：", "编制单位：")},
      {"预算总表→总表", replace_all(original, "预算总表", "总表")},
      {"year removed", replace_all(original, "2026年部门", "部门")},
      {"numbered 表一", replace_all(original, "                        2026年部门财务收支预算总表", "表一  2026年部门财务收支预算总表")},
  };
  for (const auto& [name, text] : variants) {
    INFO(name);
    const LaidOutTables perturbed = tables_of(text);
    REQUIRE(perturbed.tables.size() == base.tables.size());
    for (size_t t = 0; t < base.tables.size(); ++t) {
      CHECK(perturbed.tables[t].kind == base.tables[t].kind);
      CHECK(perturbed.tables[t].rows.size() == base.tables[t].rows.size());
    }
    CHECK(perturbed.amounts == base.amounts);
    CHECK(perturbed.department_name == base.department_name);
  }
  // Tables in another order: the 三公 table moved to the front.
  const size_t three = original.find("                     2026年部门“三公”经费和机关运行经费预算表");
  const size_t after = original.find("其他相关情况说明", three);
  REQUIRE(three != std::string::npos);
  REQUIRE(after != std::string::npos);
  const size_t first = original.find("                        2026年部门财务收支预算总表");
  std::string reordered = original;
  const std::string block = original.substr(three, original.rfind('\n', after) - three + 1);
  reordered.erase(three, block.size());
  reordered.insert(first, block);
  const LaidOutTables moved = tables_of(reordered);
  REQUIRE(moved.tables.size() == base.tables.size());
  CHECK(moved.tables[0].kind == BudgetTableKind::kThreePublic);
  CHECK(moved.amounts == base.amounts);
}

TEST_CASE("万里街道 2023: the five 财政项目支出绩效目标填报表 as projects, each row under its 一级/二级", "[importer][pdf]") {
  DepartmentRegistry registry;
  const Imported imported =
      ImportFile(kRoot + "/content/sources/09_shanghai_putuo_wanli_2023_dept_budget.pdf", "310107", registry);
  REQUIRE(imported.errors.empty());
  const std::vector<Project>& projects = imported.department.projects;
  // Read off the document (layout text lines 847-1140): names, 项目资金总额 in 元, rows.
  REQUIRE(projects.size() == 5);
  const std::vector<std::tuple<std::string, std::string, size_t>> expected = {
      {"新建万里街道社区公共服务中心", "4100000.00", 5}, {"就业援助基地补贴", "6351000.00", 4},
      {"社区环境整治和建设经费", "4563800.00", 4},       {"各类工作经费", "7595500.00", 43},
      {"公共服务设施运行经费", "10903043.00", 9},
  };
  for (size_t p = 0; p < projects.size(); ++p) {
    INFO(std::get<0>(expected[p]));
    CHECK(projects[p].name == std::get<0>(expected[p]));
    CHECK(projects[p].money_unit == "元");
    REQUIRE(projects[p].budget);
    CHECK(projects[p].budget->ToString() == std::get<1>(expected[p]));
    CHECK(projects[p].indicators.size() == std::get<2>(expected[p]));
  }
  const auto row = [](const Project& project, size_t i) {
    const Indicator& indicator = project.indicators.at(i);
    return indicator.level1 + "|" + indicator.level2 + "|" + indicator.name + "|" + indicator.value.text;
  };
  // The labels sit on the middle row of their group, or between two rows.
  CHECK(row(projects[0], 0) == "产出指标|数量指标|规划建筑面积|≥13459.00(平方米)");
  CHECK(row(projects[0], 2) == "产出指标|成本指标|预算内经费|合规");
  CHECK(row(projects[0], 4) == "满意度指标|服务对象满意度指标|居民满意度|满意度");  // 二级 wrapped over two lines
  CHECK(row(projects[1], 0) == "产出指标|数量指标|补贴对象申请审核完成率|=100.00(%)");  // 产出指标 between its two rows
  CHECK(row(projects[1], 3) == "满意度指标|服务对象满意度指标|补贴对象满意度|≥80.00(%)");
  // 各类工作经费: 数量指标 over rows 1-15, 质量指标 16-23, 社会效益指标 24-37, 满意度 38-43.
  CHECK(row(projects[3], 14) == "产出指标|数量指标|15个居民区全覆盖|居民区全覆盖");
  CHECK(row(projects[3], 15) == "产出指标|质量指标|做好禁毒示范城区标准化建设|做好禁毒示范城区标准化建设");
  CHECK(row(projects[3], 22) == "产出指标|质量指标|民兵训练及备勤工作|根据区人武部安排，完成民兵训练任务及备勤任务");
  CHECK(row(projects[3], 23) == "效益指标|社会效益指标|扩大禁毒宣传教育覆盖面|扩大");
  // A 三级指标 wrapped above and below its 指标值.
  CHECK(row(projects[3], 32) ==
        "效益指标|社会效益指标|\"提升居民、驻区单位质量及节能环保意识提升驻区企业，依法统计意识优化营商环境\"|提升");
  CHECK(row(projects[3], 37) == "满意度指标|服务对象满意度指标|提升社区居民满意度|提升");
  CHECK(projects[1].goals == std::vector<std::string>{"管理各类下拨费用，实报实销"});
}
