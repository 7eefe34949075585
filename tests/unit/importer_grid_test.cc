// .docx, HTML, .xlsx and .xls: the same budget tables as the PDF they were
// transcribed from. The files are made here, in the test, from the cells of
// two tables of 上海市普陀区司法局's 2026 disclosure (grid_documents.h); the
// .xls is committed (tests/documents/grid/, made by make-xls.py with
// python3-xlwt, since libfreexl only reads). Each is imported and compared
// table by table, row by row, amount by amount with the import of the PDF
// itself, whose amounts tests/unit/importer_pdf_test.cc checks against the
// PDF's oracle; a few values are also checked as read off the PDF.
#include <catch2/catch.hpp>

#include "base/file_system.h"
#include "content_fixture.h"
#include "grid_documents.h"
#include "importer/document_importer.h"
#include "importer/document_input.h"
#include "importer/layout/laid_out_text.h"
#include "importer/read/shown_number.h"

namespace gongkai {
namespace {

using testing::TempFolder;

const std::string kRoot = GONGKAI_SOURCE_DIR;

struct Imported {
  DepartmentYear department;
  ImportReport report;
  std::string errors;
};

Imported ImportBytes(const std::string& path, const std::string& bytes) {
  Diagnostics diagnostics;
  const auto document = ReadDocumentBytes(path, bytes, diagnostics);
  Imported out;
  if (document) {
    ImportOptions options;
    options.overrides.jurisdiction_code = "310107";
    options.overrides.department_code = "101";
    ImportedDocument imported = ImportDocument(*document, options, diagnostics);
    out.department = std::move(imported.department);
    out.report = std::move(imported.report);
  }
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::kError) out.errors += FormatDiagnostic(d) + "\n";
  }
  return out;
}

Imported ImportFile(const std::string& path) {
  std::string bytes, error;
  REQUIRE(ReadFileBytes(path, bytes, error));
  return ImportBytes(path, bytes);
}

const BudgetTable* TableOf(const std::vector<BudgetTable>& tables, BudgetTableKind kind) {
  for (const BudgetTable& table : tables) {
    if (table.kind == kind) return &table;
  }
  return nullptr;
}

std::vector<std::string> ColumnKeys(const BudgetTable& table) {
  std::vector<std::string> keys;
  for (const BudgetColumn& column : table.columns) keys.push_back(column.key);
  return keys;
}

// An amount without the trailing zeros of its decimals: "0.00" and "0" are
// one amount (an .xls keeps no number format to tell them apart).
std::string ByValue(std::string amount) {
  if (amount.find('.') == std::string::npos) return amount;
  while (amount.back() == '0') amount.pop_back();
  if (amount.back() == '.') amount.pop_back();
  return amount;
}

// Each row as "code name | key=amount …", amounts as exact decimals
// (`by_value`: without trailing zeros).
std::vector<std::string> RowsOf(const BudgetTable& table, bool by_value = false) {
  std::vector<std::string> rows;
  for (const BudgetRow& row : table.rows) {
    std::string text = table.RowCode(row) + " " + table.RowName(row) + " |";
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].type == ColumnType::kAmount && row.Cell(c).amount) {
        const std::string amount = row.Cell(c).amount->ToString();
        text += " " + table.columns[c].key + "=" + (by_value ? ByValue(amount) : amount);
      }
    }
    rows.push_back(text);
  }
  return rows;
}

// The two tables of `imported` are the PDF's, column for column and row for row.
void CheckSameTablesAsPdf(const Imported& imported, const Imported& pdf, bool by_value = false) {
  INFO(imported.errors);
  REQUIRE(imported.errors.empty());
  CHECK(imported.department.department.name == "上海市普陀区司法局");
  CHECK(imported.department.year == 2026);
  REQUIRE(imported.department.tables.size() == 2);
  for (const BudgetTableKind kind : {BudgetTableKind::kExpenditure, BudgetTableKind::kThreePublic}) {
    const BudgetTable* expected = TableOf(pdf.department.tables, kind);
    const BudgetTable* got = TableOf(imported.department.tables, kind);
    REQUIRE(expected);
    REQUIRE(got);
    CHECK(got->unit == expected->unit);
    CHECK(ColumnKeys(*got) == ColumnKeys(*expected));
    CHECK(RowsOf(*got, by_value) == RowsOf(*expected, by_value));
  }
  if (by_value) return;
  // As printed (PDF page 13): 合计 96282213.44 25741666.44 70540547.00; 2040604 基层司法业务 in 项目支出.
  const BudgetTable& spending = *TableOf(imported.department.tables, BudgetTableKind::kExpenditure);
  CHECK(RowsOf(spending).back() == " 合计 | total=96282213.44 basic=25741666.44 project=70540547.00");
  CHECK(RowsOf(spending)[3] == "2040604 基层司法业务 | total=21703947.00 basic=0.00 project=21703947.00");
  const BudgetTable& three = *TableOf(imported.department.tables, BudgetTableKind::kThreePublic);
  CHECK(RowsOf(three) == std::vector<std::string>{
                             "  | total=10.81 abroad=0 reception=0.83 vehicles=9.98 purchase=0 running=9.98 office=217.83"});
}

const Imported& PdfImport() {
  static const Imported pdf = ImportFile(kRoot + "/content/sources/" + testing::kShanghaiJusticeStem + ".pdf");
  return pdf;
}

TEST_CASE("a .docx of the PDF's tables gives the PDF's tables: merged cells kept as cells", "[importer][grid]") {
  TempFolder folder;
  const std::string path = folder.path() + "/司法局.docx";
  testing::WriteZip(path, testing::DocxParts(testing::DocxDocumentXml(testing::ShanghaiJusticeTables())));
  const Imported imported = ImportFile(path);
  CheckSameTablesAsPdf(imported, PdfImport());
  CHECK(imported.report.format == "Word 文件（.docx）");
}

TEST_CASE("an HTML page of the PDF's tables gives the PDF's tables: colspan and rowspan kept", "[importer][grid]") {
  const Imported imported = ImportBytes("司法局.html", testing::HtmlPage(testing::ShanghaiJusticeTables()));
  CheckSameTablesAsPdf(imported, PdfImport());
  CHECK(imported.report.format == "网页（HTML）");
}

TEST_CASE("an .xlsx of the PDF's tables gives the PDF's tables: merges, number formats, a sum's binary noise",
          "[importer][grid][xlsx]") {
  TempFolder folder;
  const std::string path = folder.path() + "/司法局.xlsx";
  testing::WriteZip(path, testing::XlsxParts(testing::ShanghaiJusticeTables()));
  const Imported imported = ImportFile(path);
  CheckSameTablesAsPdf(imported, PdfImport());
}

TEST_CASE("an .xls of the PDF's tables gives the PDF's tables: amounts at the decimals the column shows",
          "[importer][grid][xls]") {
  const Imported imported = ImportFile(kRoot + "/tests/documents/grid/shanghai-justice-2026.xls");
  CheckSameTablesAsPdf(imported, PdfImport(), /*by_value=*/true);
  // The decimals the sheet shows, where the sheet has them: 合计 of 项目支出 70540547.00.
  const BudgetTable* spending = TableOf(imported.department.tables, BudgetTableKind::kExpenditure);
  REQUIRE(spending);
  CHECK(RowsOf(*spending).back() == " 合计 | total=96282213.44 basic=25741666.44 project=70540547.00");
  bool says_how = false;
  for (const ImportNote& note : imported.report.notes) says_how = says_how || note.what.find("15 位有效数字") != std::string::npos;
  CHECK(says_how);
}

// A header with a cell over two columns and one over two rows, as a
// .docx, an HTML page and an .xlsx hold it: each cell is one word over
// the grid columns it covers (x counts columns, a cell stands in 0.1 from
// its grid lines), and the cell under a vertical merge leaves its column
// empty, as the table prints it.
TEST_CASE("merged cells keep their columns: a span is one cell over its columns, a covered cell is empty",
          "[importer][grid]") {
  using testing::SpecCell;
  testing::SpecTable table;
  table.title = "支出预算表";
  table.width = 3;
  table.rows = {{SpecCell{"项目", 1, 2}, SpecCell{"支出预算", 2, 1}},
                {SpecCell{"基本支出"}, SpecCell{"项目支出"}},
                {SpecCell{"合计"}, SpecCell{"1.00", 1, 1, true}, SpecCell{"2.00", 1, 1, true}}};
  TempFolder folder;
  testing::WriteZip(folder.path() + "/t.docx", testing::DocxParts(testing::DocxDocumentXml({table})));
  testing::WriteZip(folder.path() + "/t.xlsx", testing::XlsxParts({table}));
  folder.Write("t.html", testing::HtmlPage({table}));
  for (const char* name : {"t.docx", "t.html", "t.xlsx"}) {
    INFO(name);
    Diagnostics diagnostics;
    const auto document = ReadDocumentFile(folder.path() + "/" + name, diagnostics);
    REQUIRE(document);
    REQUIRE(document->layout);
    const auto line_of = [&](const std::string& first_word) -> const LaidOutLine* {
      for (const LaidOutLine& line : document->layout->lines) {
        if (!line.words.empty() && line.words[0].text == first_word) return &line;
      }
      return nullptr;
    };
    const LaidOutLine* top = line_of("项目");
    REQUIRE(top);
    REQUIRE(top->words.size() == 2);
    CHECK(top->words[0].x0 == Approx(0.1));
    CHECK(top->words[0].x1 == Approx(0.9));
    CHECK(top->words[1].text == "支出预算");  // one cell over columns 2 and 3
    CHECK(top->words[1].x0 == Approx(1.1));
    CHECK(top->words[1].x1 == Approx(2.9));
    const LaidOutLine* under = line_of("基本支出");
    REQUIRE(under);
    REQUIRE(under->words.size() == 2);  // nothing in column 1: 项目 covers it from above
    CHECK(under->words[0].x0 == Approx(1.1));
    CHECK(under->words[1].text == "项目支出");
    CHECK(under->words[1].x0 == Approx(2.1));
    const LaidOutLine* total = line_of("合计");
    REQUIRE(total);
    REQUIRE(total->words.size() == 3);
    CHECK(total->words[1].text == "1.00");
    CHECK(total->words[2].text == "2.00");
    CHECK(total->words[2].x0 == Approx(2.1));
  }
}

TEST_CASE("a spreadsheet's number as the sheet shows it, rounded by decimal digits", "[importer][grid][xlsx]") {
  const ShownFormat two = ParseNumberFormat("#,##0.00;[Red]-#,##0.00");
  CHECK_FALSE(two.general);
  CHECK(two.decimals == 2);
  CHECK(two.grouping);
  CHECK(ShowNumber("96282213.44", two) == "96,282,213.44");
  CHECK(ShowNumber("1149678", ParseNumberFormat("0.00")) == "1149678.00");
  CHECK(ShowNumber("25741666.440000001", ParseNumberFormat("0.00")) == "25741666.44");
  CHECK(ShowNumber("0.30000000000000004", ShownFormat{}) == "0.3");  // General: 15 significant digits
  CHECK(ShowNumber("9.6282213440000001E7", ShownFormat{}) == "96282213.44");
  CHECK(ShowNumber("0.125", ParseNumberFormat("0.00")) == "0.13");  // half away from zero, as Excel shows it
  CHECK(ShowNumber("-0.001", ParseNumberFormat("0.00")) == "0.00");
  CHECK(ShowNumber("0.955", ParseNumberFormat("0%")) == "96%");
  CHECK(ShowNumber("99.995", ParseNumberFormat("0.00")) == "100.00");
  CHECK(ShowNumber("abc", two).empty());
  // A double's shortest text, then Excel's 15 digits: 0.1 + 0.2 shows 0.3.
  CHECK(ShortestText(0.1 + 0.2) == "0.30000000000000004");
  CHECK(ShownDecimals(ShortestText(0.1 + 0.2)) == 1);
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

// tests/documents/grid/chongqing-transport-2023-explanation.html: a page in
// the form of 重庆市交通委员会's 情况说明 (issue 10, document 07): a JSP
// template served raw, the disclosure one long line inside it, a breadcrumb
// and the site's navigation around it. The page's text is reconstructed in
// that form (the original is not in the corpus); expectations are read off it.
TEST_CASE("a narrative-only JSP page imports as sections with its figures; the template is left out and reported",
          "[importer][grid][html]") {
  const Imported imported = ImportFile(kRoot + "/tests/documents/grid/chongqing-transport-2023-explanation.html");
  INFO(imported.errors);
  REQUIRE(imported.errors.empty());
  const DepartmentYear& d = imported.department;
  CHECK(d.department.name == "重庆市交通委员会");
  CHECK(d.year == 2023);
  CHECK(d.title == "重庆市交通委员会2023年部门预算情况说明");  // not the breadcrumb, not the JSP directive
  CHECK(d.tables.empty());
  REQUIRE(d.sections.size() == 1);
  const Section& section = d.sections[0];
  CHECK(section.title == "重庆市交通委员会2023年部门预算情况说明");
  // Its figures as the page prints them, each paragraph on its own.
  CHECK(section.markdown.find("2023年部门预算收入总计1,356,820.45万元，比上年增加54,312.08万元，增长4.2%。") != std::string::npos);
  CHECK(section.markdown.find("2023年“三公”经费预算数为486.50万元") != std::string::npos);
  CHECK(section.markdown.find("### 二、部门收支预算情况") != std::string::npos);
  // No template text in the sections.
  for (const char* noise : {"当前位置", "首页", "政务公开", "版权所有", "<%", "%>", "${", "分享到"}) {
    INFO(noise);
    CHECK(section.markdown.find(noise) == std::string::npos);
  }
  // Each part left out is in the report.
  std::string skipped;
  for (const ImportNote& note : imported.report.notes) {
    if (note.kind == NoteKind::kSkipped) skipped += note.what + "：" + note.detail + "\n";
  }
  INFO(skipped);
  // With the line of the page's source each starts on (the JSP directives
  // on lines 1–3, the body on line 6, as the fixture is written).
  CHECK(skipped.find("服务器代码（JSP/ASP/PHP 指令，共 5 处），不是正文，未读入（网页源文件第 1 行起）：<%@ page language=\"java\"") !=
        std::string::npos);
  CHECK(skipped.find("网站导航栏，不是正文，未读入（网页源文件第 6 行起）：首页") != std::string::npos);
  CHECK(skipped.find("页面位置（面包屑导航），不是正文，未读入（网页源文件第 6 行起）：当前位置：首页 > 政务公开 > 财政预决算") !=
        std::string::npos);
  CHECK(skipped.find("网站页脚，不是正文，未读入（网页源文件第 6 行起）：主办单位：重庆市交通委员会") != std::string::npos);
  CHECK(skipped.find("分享按钮，不是正文，未读入（网页源文件第 6 行起）：分享到") != std::string::npos);
  CHECK(skipped.find("占位符（${…}，共 2 处），未读入（网页源文件第 6 行起）：${article.publishDate}") != std::string::npos);
}

}  // namespace
}  // namespace gongkai
