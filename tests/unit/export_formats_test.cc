// The download formats' limits (issue 13), on small made-up tables: a sheet
// holds 1,048,576 rows and a cell 32,767 characters, sheet names are short
// and plain; the database keeps blanks apart from zeros.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "content_fixture.h"
#include "download_files.h"
#include "export/sqlite_database.h"
#include "export/xlsx_workbook.h"

using namespace gongkai;
using namespace gongkai::testing;

namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

ReadFile ReadBytes(const TempFolder& folder, const std::string& name, const std::string& bytes) {
  folder.Write(name, bytes);
  return ReadDownload(folder.path() + "/" + name);
}

}  // namespace

TEST_CASE("xlsx: a table longer than a sheet goes on over a second sheet, each with the header", "[downloads][xlsx]") {
  ExportTable table{"indicators", "绩效指标", {{"row", "行号", FieldType::kInteger}}, {}};
  const size_t rows = 1048576;  // one more than a sheet holds under its header
  table.rows.reserve(rows);
  for (size_t i = 1; i <= rows; ++i) table.rows.push_back({std::to_string(i)});
  const XlsxResult workbook = ExportTablesToXlsx({&table}, "测试");
  INFO(workbook.error);
  REQUIRE(workbook.bytes);
  const auto entries = XlsxEntries(*workbook.bytes);
  REQUIRE(entries.count("xl/worksheets/sheet2.xml"));
  CHECK(Count(entries.at("xl/workbook.xml"), "<sheet ") == 2);
  CHECK(entries.at("xl/workbook.xml").find("name=\"绩效指标 2\"") != std::string::npos);
  const std::string& second = entries.at("xl/worksheets/sheet2.xml");
  CHECK(Count(second, "<row ") == 2);
  CHECK(second.find("<v>1048576</v>") != std::string::npos);
  CHECK(Count(entries.at("xl/worksheets/sheet1.xml"), "<row ") == 1048576);
}

TEST_CASE("xlsx: text past Excel's 32,767 characters is cut with a note; sheet names are made acceptable",
          "[downloads][xlsx]") {
  std::string long_text;
  while (long_text.size() < 40000 * 3) long_text += "预";
  ExportTable first{"a", "项目/支出:汇总[2024]*?", {{"purpose", "资金用途", FieldType::kText}}, {{long_text}}};
  ExportTable second{"b", "项目/支出:汇总[2024]*?", {{"code", "编码", FieldType::kCode}}, {{"007"}}};
  const XlsxResult workbook = ExportTablesToXlsx({&first, &second}, "测试");
  INFO(workbook.error);
  REQUIRE(workbook.bytes);
  TempFolder folder;
  const ReadFile read = ReadBytes(folder, "t.xlsx", *workbook.bytes);
  INFO(read.error);
  REQUIRE(read.ok);
  REQUIRE(read.tables.size() == 2);
  CHECK(read.tables[0].name == "项目_支出_汇总_2024___");
  CHECK(read.tables[1].name == "项目_支出_汇总_2024___ 2");
  const std::string cell = read.tables[0].rows.at(0).at(0);
  CHECK(cell.size() == (32767 - 10) * 3 + std::string("…（全文见 CSV）").size());
  CHECK(cell.compare(cell.size() - std::string("…（全文见 CSV）").size(), std::string::npos, "…（全文见 CSV）") == 0);
  CHECK(read.tables[1].rows.at(0).at(0) == "007");  // a code is a text cell: the zeros stay
}

TEST_CASE("sqlite: blanks are NULL in number columns and '' in text; amounts keep their digits; integers are integers",
          "[downloads][sqlite]") {
  ExportTable table{"projects", "项目",
                    {{"number", "序号", FieldType::kInteger}, {"code", "编码", FieldType::kCode},
                     {"budget", "预算数", FieldType::kAmount}, {"name", "名称", FieldType::kText}},
                    {{"1", "007", "16.80", "甲"}, {"", "", "", ""}, {"3", "2013101", "0", "丙\"; DROP TABLE projects; --"}}};
  const SqliteResult database = ExportTablesToSqlite({&table});
  INFO(database.error);
  REQUIRE(database.bytes);
  CHECK(*ExportTablesToSqlite({&table}).bytes == *database.bytes);  // the same bytes again
  TempFolder folder;
  const ReadFile read = ReadBytes(folder, "t.sqlite", *database.bytes);
  INFO(read.error);
  REQUIRE(read.ok);
  const ReadTable* projects = read.Find("projects");
  REQUIRE(projects);
  CHECK(projects->columns == std::vector<std::string>{"number", "code", "budget", "name"});
  REQUIRE(projects->rows.size() == 3);
  CHECK(projects->rows[0] == std::vector<std::string>{"1", "007", "16.80", "甲"});
  CHECK(projects->rows[2] == std::vector<std::string>{"3", "2013101", "0", "丙\"; DROP TABLE projects; --"});
  CHECK(read.pragmas.at("nulls:projects.number") == "1");  // the blank 序号
  CHECK(read.pragmas.at("nulls:projects.budget") == "1");  // the blank 预算数, not 0
  CHECK(read.pragmas.at("nulls:projects.name") == "0");    // a blank name is ''
  CHECK(read.pragmas.at("integrity_check") == "ok");
}
