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
