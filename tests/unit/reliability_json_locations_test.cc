// Locations in department.json stay exact and cheap: every project and
// indicator row keeps its line:col, and a large file must not make loading
// quadratic (a 1 MB file once took 10 s, a 10 MB one would take hours).
#include <catch2/catch.hpp>

#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>

#include "content_fixture.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "format/json_locator.h"

using namespace gongkai;

namespace {

// Every JSON pointer of a document, containers and leaves.
void Pointers(const nlohmann::json& value, const std::string& pointer, std::vector<std::string>& out) {
  out.push_back(pointer);
  if (value.is_object()) {
    for (const auto& item : value.items()) Pointers(item.value(), pointer + "/" + item.key(), out);
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) Pointers(value[i], pointer + "/" + std::to_string(i), out);
  }
}

std::string ManyRows(size_t projects, size_t rows) {
  std::string json = "[";
  for (size_t p = 0; p < projects; ++p) {
    json += std::string(p ? "," : "") + "\n{\"code\": \"P" + std::to_string(p) +
            "\", \"name\": \"项目\", \"unit\": \"203001\", \"purpose\": \"" + std::string(100, 'x') + "\", \"indicators\": [";
    for (size_t r = 0; r < rows; ++r) {
      json += std::string(r ? "," : "") +
              "\n  {\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"人数\", \"value\": \"≥10人\"}";
    }
    json += "]}";
  }
  return json + "]";
}

}  // namespace

TEST_CASE("json locations: the index gives what a scan from the top gives, for every pointer", "[reliability][load]") {
  for (const std::string& text :
       {testing::MinimalDepartmentJson(), nlohmann::json::parse(testing::MinimalDepartmentJson()).dump(),
        std::string("{\"a~b/c\": [1, {\"x\": \"预算\"}], \"e\": {}, \"f\": []}"), std::string("  [ [], [[1]] ]  ")}) {
    INFO(text);
    const JsonLocations locations("f.json", text);
    std::vector<std::string> pointers;
    Pointers(nlohmann::json::parse(text), "", pointers);
    for (std::string pointer : pointers) {
      // Escape as pointers are written: ~ as ~0, / as ~1 inside a key.
      if (pointer.find("a~b/c") != std::string::npos) pointer.replace(pointer.find("a~b/c"), 5, "a~0b~1c");
      INFO(pointer);
      const SourceLocation fast = locations.At(pointer);
      const SourceLocation slow = LocateOffset("f.json", text, LocateJsonPointer(text, pointer));
      CHECK(fast.line == slow.line);
      CHECK(fast.column == slow.column);
      CHECK(fast.source_line == slow.source_line);
      CHECK(fast.pointer == (pointer.empty() ? "/" : pointer));
    }
  }
}

TEST_CASE("json locations: a department of 8,000 indicator rows loads in well under a second", "[reliability][load]") {
  const std::string text = testing::MinimalDepartmentJson(ManyRows(800, 10));
  REQUIRE(text.size() > 800000);
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  const DepartmentYear department = ParseDepartmentJson("d.json", text, diagnostics);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  REQUIRE_FALSE(diagnostics.HasErrors());
  REQUIRE(department.projects.size() == 800);
  CHECK(department.projects[799].indicators[9].origin.line == static_cast<int>(std::count(text.begin(), text.end(), '\n')) - 1);
  // Linear takes 0.1 s (0.5 s under ASan); the quadratic scan took 15 s.
  CHECK(elapsed < std::chrono::seconds(5));
}

TEST_CASE("json locations: a tables.json of 20,000 rows loads in well under a second", "[reliability][load]") {
  std::string rows;
  for (int i = 0; i < 20000; ++i) {
    rows += std::string(i ? ",\n" : "") + "        {\"cells\": [\"单位" + std::to_string(i) + "\", \"行政\", \"正科级\", \"财政拨款\"]}";
  }
  const std::string text = R"({"format": 1, "tables": [{"kind": "organization", "title": "部门机构设置情况",
  "columns": [{"key": "name", "label": "单位名称", "type": "text"}, {"key": "nature", "label": "单位性质", "type": "text"},
              {"key": "rank", "label": "单位规格", "type": "text"}, {"key": "funding", "label": "经费保障形式", "type": "text"}],
  "rows": [
)" + rows + "]}]}";
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  const std::vector<BudgetTable> tables = ParseBudgetTablesJson("tables.json", text, diagnostics);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::kError) FAIL(FormatDiagnostic(d));
  }
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].rows.size() == 20000);
  CHECK(elapsed < std::chrono::seconds(5));  // 0.25 s; a rescan per row took 32 s
}

TEST_CASE("json locations: in a minified file of one long line, every row's origin is exact", "[reliability][load]") {
  // One line of 900 KB: the column is counted from the file's start, and no
  // row may cost a scan of the line (that made minified files slower).
  const std::string text = nlohmann::json::parse(testing::MinimalDepartmentJson(ManyRows(800, 10))).dump();
  REQUIRE(std::count(text.begin(), text.end(), '\n') == 0);
  Diagnostics diagnostics;
  const DepartmentYear department = ParseDepartmentJson("d.json", text, diagnostics);
  REQUIRE_FALSE(diagnostics.HasErrors());
  REQUIRE(department.projects.size() == 800);
  for (size_t p : {0, 1, 399, 799}) {
    for (size_t r : {0, 9}) {
      const std::string pointer = "/projects/" + std::to_string(p) + "/indicators/" + std::to_string(r);
      INFO(pointer);
      const SourceLocation slow = LocateOffset("d.json", text, LocateJsonPointer(text, pointer));
      const SourceLocation origin = department.projects[p].RowLocation(r);
      CHECK(origin.pointer == pointer);
      CHECK(origin.line == 1);
      CHECK(origin.column == slow.column);
      CHECK(origin.source_line.empty());  // too long to show, as LocateOffset
    }
  }
}

TEST_CASE("json locations: pointers asked out of order, backwards and past the end are found as a scan finds them",
          "[reliability][load]") {
  const std::string text = testing::MinimalDepartmentJson(ManyRows(20, 5));
  const JsonLocations locations("d.json", text);
  for (const std::string pointer :
       {"/projects/7/indicators/3", "/projects/7/indicators/1", "/projects/2", "/projects/19/indicators/4/value",
        "/projects/19/indicators/9", "/projects/25", "/projects/3/indicators/0", "/units/0/name", "/projects/3/nope",
        "/projects/3/indicators/4", "/year", ""}) {
    INFO(pointer);
    const SourceLocation slow = LocateOffset("d.json", text, LocateJsonPointer(text, pointer));
    const SourceLocation fast = locations.At(pointer);
    CHECK(fast.line == slow.line);
    CHECK(fast.column == slow.column);
    CHECK(fast.source_line == slow.source_line);
  }
}

TEST_CASE("json parts: projects are read one at a time, with the messages and order the whole tree gave",
          "[reliability][load]") {
  // A wrong value in a project, an unknown field at the top after the
  // projects: the project's messages come where the reader reaches
  // "projects", the top-level ones after, as before.
  const std::string text = R"({
  "format": 1,
  "year": 2021,
  "jurisdiction": {"code": "130322", "name": "昌黎县"},
  "department": {"code": "203", "name": "组织部"},
  "projects": [{"name": "甲", "unit": "203001", "budget": 12}],
  "unitz": [],
  "units": [{"code": "203001", "name": "本级"}]
}
)";
  Diagnostics diagnostics;
  const DepartmentYear department = ParseDepartmentJson("d.json", text, diagnostics);
  REQUIRE(department.projects.size() == 1);
  CHECK(department.projects[0].name == "甲");
  CHECK(department.units.size() == 1);
  REQUIRE(diagnostics.all().size() == 2);
  // Columns read off the text above: 12 is the 58th character of line 6,
  // the [ after "unitz": the 12th of line 7.
  const Diagnostic& budget = diagnostics.all()[0];
  CHECK(budget.severity == Severity::kError);
  CHECK(budget.where.pointer == "/projects/0/budget");
  CHECK(budget.where.line == 6);
  CHECK(budget.where.column == 58);
  CHECK(budget.where.source_line == R"(  "projects": [{"name": "甲", "unit": "203001", "budget": 12}],)");
  CHECK(budget.message == "expected an amount as a string such as \"16.80\", found a number");
  const Diagnostic& unknown = diagnostics.all()[1];
  CHECK(unknown.severity == Severity::kWarning);
  CHECK(unknown.where.pointer == "/unitz");
  CHECK(unknown.where.line == 7);
  CHECK(unknown.where.column == 12);
  CHECK(unknown.message == "unknown field \"unitz\"; did you mean \"units\"?");
}

TEST_CASE("json parts: a repeated \"projects\" key keeps the last, as the tree does", "[reliability][load]") {
  std::string text = testing::MinimalDepartmentJson(R"([{"name": "甲", "unit": "203001"}])");
  text.insert(text.find("\"projects\""), R"("projects": [{"name": "乙", "unit": "203001"}, {"name": 5}],
  )");
  Diagnostics diagnostics;
  const DepartmentYear department = ParseDepartmentJson("d.json", text, diagnostics);
  REQUIRE(department.projects.size() == 1);
  CHECK(department.projects[0].name == "甲");
  CHECK_FALSE(diagnostics.HasErrors());  // the first array's {"name": 5} is gone with it
}

TEST_CASE("json parts: a syntax error after some projects is the one message", "[reliability][load]") {
  std::string text = testing::MinimalDepartmentJson(R"([{"name": 5, "unit": "203001"}, {"name": "乙" "unit": "203001"}])");
  Diagnostics diagnostics;
  const DepartmentYear department = ParseDepartmentJson("d.json", text, diagnostics);
  CHECK(department.projects.empty());
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].message.rfind("malformed JSON: syntax error", 0) == 0);
}

TEST_CASE("json parts: tables.json's tables are read one at a time, a repeated kind still an error", "[reliability][load]") {
  const std::string table = R"({"kind": "organization", "title": "部门机构设置情况",
    "columns": [{"key": "name", "label": "单位名称", "type": "text"}], "rows": [{"cells": ["本级"]}]})";
  const std::string text = "{\"format\": 1, \"tables\": [" + table + ",\n" + table + "], \"extra\": 1}";
  Diagnostics diagnostics;
  const std::vector<BudgetTable> tables = ParseBudgetTablesJson("t.json", text, diagnostics);
  REQUIRE(tables.size() == 2);
  CHECK(tables[1].rows.at(0).cells.at(0).text == "本级");
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].where.pointer == "/tables/1/kind");
  CHECK(diagnostics.all()[0].where.line == 3);
  CHECK(diagnostics.all()[1].message == "unknown field \"extra\"");
}
