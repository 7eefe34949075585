// Values in content files (issue 15): CSV fields a spreadsheet would run
// are defused with a leading '; an amount cell typed as a formula is an
// error; sums cannot overflow; integer fields are range-checked; CRLF
// section files are read; base_url has no credentials and a valid port.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "content_fixture.h"

#include "base/diagnostic.h"
#include "format/budget_tables_csv.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "format/section_file.h"
#include "validate/site_validator.h"

using namespace gongkai;

namespace {

std::string JsonQuoted(const char* text) { return nlohmann::json(text).dump(); }

std::string Messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics.all()) text += FormatDiagnostic(diagnostic) + "\n";
  return text;
}

// A one-table tables.json: a text column and an amount column, with `rows`.
std::string TablesJson(const std::string& rows) {
  return R"({"format": 1, "tables": [{"kind": "organization", "title": "表", "unit": "万元",
 "columns": [{"key": "name", "label": "名称", "type": "text"}, {"key": "total", "label": "合计", "type": "amount"}],
 "rows": [)" + rows + "]}]}";
}

}  // namespace

TEST_CASE("values: CSV text that a spreadsheet would run gets a leading ' and reads back unchanged", "[safety][csv]") {
  Diagnostics diagnostics;
  const auto tables = ParseBudgetTablesJson(
      "tables.json",
      TablesJson(R"J({"cells": ["=HYPERLINK(\"http://x\")", "1.00"]}, {"cells": ["+1", "2.00"]},
        {"cells": ["-2+3", "-3.00"]}, {"cells": ["@SUM(A1)", ""]}, {"cells": ["\tTAB", ""]}, {"cells": ["\r=CR", ""]},
        {"cells": ["  =SPACES", ""]}, {"cells": ["'quoted", ""]}, {"cells": ["普通文字", ""]})J"),
      diagnostics);
  REQUIRE(tables.size() == 1);
  const std::string csv = BudgetTableToCsv(tables[0]);
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\")\",1.00\r\n") != std::string::npos);
  CHECK(csv.find("\r\n'+1,2.00\r\n") != std::string::npos);
  CHECK(csv.find("\r\n'-2+3,-3.00\r\n") != std::string::npos);  // an amount stays a number
  CHECK(csv.find("\r\n'@SUM(A1),\r\n") != std::string::npos);
  CHECK(csv.find("\r\n'\tTAB,\r\n") != std::string::npos);
  CHECK(csv.find("\r\n\"'\r=CR\",\r\n") != std::string::npos);
  CHECK(csv.find("\r\n'  =SPACES,\r\n") != std::string::npos);
  CHECK(csv.find("\r\n''quoted,\r\n") != std::string::npos);
  CHECK(csv.find("\r\n普通文字,\r\n") != std::string::npos);
  const auto records = ParseBudgetCsv(csv);
  REQUIRE(records);
  REQUIRE(records->size() == 10);
  for (size_t r = 0; r < tables[0].rows.size(); ++r) CHECK((*records)[r + 1][0] == tables[0].rows[r].Cell(0).text);
}

TEST_CASE("values: codes are plain CSV fields, and a code that starts like a formula is defused too", "[safety][csv]") {
  // Before: digit codes were written ="2013101", which pandas and R read as that literal text.
  Diagnostics diagnostics;
  const auto tables = ParseBudgetTablesJson("tables.json", R"({"format": 1, "tables": [{"kind": "expenditure",
 "title": "表", "unit": "万元", "classification": "function",
 "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
  {"key": "total", "label": "合计", "type": "amount"}],
 "rows": [{"cells": ["2013101", "行政运行", "1.00"]}, {"cells": ["007", "零开头", "2.00"]},
  {"cells": ["=1+1", "公式", "3.00"]}]}]})", diagnostics);
  REQUIRE(tables.size() == 1);
  const std::string csv = BudgetTableToCsv(tables[0]);
  CHECK(csv.find("\r\n2013101,行政运行,1.00\r\n") != std::string::npos);
  CHECK(csv.find("\r\n007,零开头,2.00\r\n") != std::string::npos);
  CHECK(csv.find("\r\n'=1+1,公式,3.00\r\n") != std::string::npos);
  CHECK(csv.find("=\"") == std::string::npos);
  const auto records = ParseBudgetCsv(csv);
  REQUIRE(records);
  REQUIRE(records->size() == 4);
  CHECK((*records)[3][0] == "=1+1");
}

TEST_CASE("values: an amount cell typed as a formula is an error; printed damage stays a warning", "[safety][csv]") {
  // Before: only the warning "…不是数字…", and the cell written raw into the CSV.
  Diagnostics formula;
  ParseBudgetTablesJson("tables.json", TablesJson(R"({"cells": ["合计", "-1+cmd|' /C calc'!A0"]})"), formula);
  INFO(Messages(formula));
  CHECK(Messages(formula).find("tables.json:3:28: /tables/0/rows/0/cells/1: error: expected an amount such as 12.30 "
                               "in column \"total\", found \"-1+cmd|' /C calc'!A0\", which a spreadsheet would run as "
                               "a formula; correct the cell") == 0);
  for (const char* cell : {"=1+1", "+A5", "@A1", "\t1", " =1"}) {
    INFO(cell);
    Diagnostics one;
    ParseBudgetTablesJson("tables.json", TablesJson("{\"cells\": [\"x\", " + JsonQuoted(cell) + "]}"), one);
    CHECK(one.error_count() == 1);
  }
  for (const char* cell : {"0,。2", "-", "—", "", "12.30", "-4.5"}) {
    INFO(cell);
    Diagnostics none;
    ParseBudgetTablesJson("tables.json", TablesJson("{\"cells\": [\"x\", " + JsonQuoted(cell) + "]}"), none);
    CHECK(none.error_count() == 0);
  }
}

TEST_CASE("values: a level of 4294967295 is out of range, not -1", "[safety][range]") {
  // Before: accepted, stored as -1.
  Diagnostics diagnostics;
  ParseBudgetTablesJson("tables.json", TablesJson(R"({"level": 4294967295, "cells": ["合计", "1.00"]})"), diagnostics);
  CHECK(Messages(diagnostics).find("/tables/0/rows/0/level: error: expected a level from 0 (a total) to 9") !=
        std::string::npos);
}

TEST_CASE("values: amounts that would add up past what a Decimal holds are an error naming the file", "[safety][range]") {
  // Before: ten projects of 999999999999.999999 published "-8446744073709.551626".
  std::string projects = "[";
  for (int p = 0; p < 10; ++p) {
    projects += std::string(p ? "," : "") + "{\"code\": \"P" + std::to_string(p) +
                "\", \"name\": \"项目\", \"unit\": \"203001\", \"budget\": \"999999999999.999999\"}";
  }
  Diagnostics diagnostics;
  Site site;
  site.departments.push_back(ParseDepartmentJson("2021/130322-203/department.json",
                                                 gongkai::testing::MinimalDepartmentJson(projects + "]"), diagnostics));
  INFO(Messages(diagnostics));
  REQUIRE(site.departments[0].projects.size() == 10);
  Diagnostics validation;
  ValidateSite(site, validation);
  CHECK(Messages(validation).find("2021/130322-203/department.json:") == 0);
  CHECK(Messages(validation).find("/projects/9: error: the amounts of the site, added up to here, pass "
                                  "9223372036854.775807 (万元)") != std::string::npos);
  // Nine of them still add up exactly.
  site.departments[0].projects.resize(9);
  Diagnostics nine;
  ValidateSite(site, nine);
  CHECK(Messages(nine).find("added up to here") == std::string::npos);
}

TEST_CASE("values: a section file with CRLF line endings is read like one with LF", "[safety][crlf]") {
  // Before: error: expected front matter: a first line "---" …
  Diagnostics diagnostics;
  const Section section = ParseSectionFile("sections/01-measures.md", "01-measures.md",
                                           "---\r\nformat: 1\r\ntitle: 保障措施\r\n---\r\n正文第一段。\r\n\r\n第二段。\r\n",
                                           diagnostics);
  CHECK(Messages(diagnostics) == "");
  CHECK(section.title == "保障措施");
  CHECK(section.markdown == "正文第一段。\n\n第二段。\n");
}

TEST_CASE("values: base_url has no credentials and a port from 1 to 65535", "[safety][base-url]") {
  // Before: both accepted, and published in every canonical link.
  CHECK_FALSE(IsValidBaseUrl("https://user:pw@czj.example.gov.cn/yusuan/"));
  CHECK_FALSE(IsValidBaseUrl("https://czj.example.gov.cn:99999/yusuan/"));
  CHECK_FALSE(IsValidBaseUrl("https://czj.example.gov.cn:0/yusuan/"));
  CHECK_FALSE(IsValidBaseUrl("https://czj.example.gov.cn:/yusuan/"));
  CHECK_FALSE(IsValidBaseUrl("https://:8080/yusuan/"));
  CHECK(IsValidBaseUrl("https://czj.example.gov.cn:8443/yusuan/"));
  CHECK(IsValidBaseUrl("https://czj.example.gov.cn/yusuan/"));
  CHECK(IsValidBaseUrl("/yusuan/"));
}
