// The JSON reader (issue 15): one reader for department.json, site.json,
// tables.json and patch files, with a nesting limit; no input ends the
// program with an exception.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "base/diagnostic.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "importer/source_patches.h"

using namespace gongkai;

namespace {

std::string Messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& diagnostic : diagnostics.all()) text += FormatDiagnostic(diagnostic) + "\n";
  return text;
}

}  // namespace

TEST_CASE("json: a department.json nested 100,000 deep is one error, at once", "[safety][json]") {
  // Before: 19.5 GB and 28 s in the location index, then std::bad_alloc.
  const std::string deep = "{\"format\": 1, \"projects\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  ParseDepartmentJson("department.json", deep, diagnostics);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(diagnostics.error_count() == 1);
  CHECK(Messages(diagnostics).find("department.json:1:90: error: values nested more than 64 deep") == 0);
  CHECK(elapsed < std::chrono::seconds(10));  // milliseconds; generous for a loaded machine
}

TEST_CASE("json: tables.json and patch files have the same nesting limit", "[safety][json]") {
  const std::string deep = "{\"format\": 1, \"tables\": " + std::string(65, '[') + std::string(65, ']') + "}";
  Diagnostics tables;
  ParseBudgetTablesJson("tables.json", deep, tables);
  INFO(Messages(tables));
  CHECK(Messages(tables).find("tables.json:1:88: error: values nested more than 64 deep") == 0);
  Diagnostics patches;
  CHECK_FALSE(ParsePatchFile("a.patch.json", "{\"patches\": " + std::string(70, '{'), patches));
  CHECK(Messages(patches).find("a.patch.json:1:76: error: 补丁文件在这里不是合法的 JSON（解析器的原话：values nested more than 64 deep") == 0);
  // 64 deep is still read (and then judged on its contents).
  Diagnostics shallow;
  ParseBudgetTablesJson("tables.json", "{\"format\": 1, \"tables\": " + std::string(63, '[') + std::string(63, ']') + "}",
                        shallow);
  CHECK(Messages(shallow).find("nested more than") == std::string::npos);
}

TEST_CASE("json: a patch file with 1e999 is an error, not an abort", "[safety][json]") {
  // Before: std::out_of_range uncaught, `gongkai import` aborted (exit 134).
  Diagnostics diagnostics;
  const auto file = ParsePatchFile(
      "a.patch.json", "{\"format\": 1,\n \"document\": \"a.txt\",\n \"patches\": [{\"line\": 1e999}]}", diagnostics);
  CHECK_FALSE(file);
  INFO(Messages(diagnostics));
  CHECK(Messages(diagnostics).find("a.patch.json:3:23: error: 补丁文件在这里不是合法的 JSON（解析器的原话：malformed JSON: the number 1e999 is too large to read") == 0);
}

TEST_CASE("json: a patch file is read as content files are: invalid UTF-8 and a BOM are errors", "[safety][json]") {
  Diagnostics invalid;
  CHECK_FALSE(ParsePatchFile("a.patch.json", "{\"format\": 1, \"document\": \"\xff\"}", invalid));
  CHECK(Messages(invalid).find("a.patch.json:1:28: error: 补丁文件在这里不是合法的 JSON（解析器的原话：invalid UTF-8 at byte offset 27 (byte 0xFF)") == 0);
  Diagnostics bom;
  CHECK_FALSE(ParsePatchFile("a.patch.json", "\xEF\xBB\xBF{}", bom));
  CHECK(Messages(bom).find("byte order mark") != std::string::npos);
}
