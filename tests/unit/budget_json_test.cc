// tables.json: read into the model with located errors, written back
// deterministically, loaded beside department.json.
#include <catch2/catch.hpp>

#include "content_fixture.h"
#include "html_document.h"
#include "format/budget_tables_json.h"
#include "load/content_loader.h"

using namespace gongkai;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace {

const std::string kSmall = R"({
  "format": 1,
  "tables": [
    {
      "kind": "general_basic",
      "title": "部门预算一般公共预算财政拨款基本支出表",
      "unit": "万元",
      "classification": "economic",
      "columns": [
        {"key": "code", "label": "科目编码", "type": "code"},
        {"key": "name", "label": "科目名称", "type": "text"},
        {"key": "total", "label": "合计", "type": "amount", "sum_of": ["personnel", "public"]},
        {"key": "personnel", "label": "人员经费", "type": "amount"},
        {"key": "public", "label": "公用经费", "type": "amount"}
      ],
      "rows": [
        {"level": 0, "cells": ["", "合计", "792.83", "743.73", "49.10"]},
        {"cells": ["301", "工资福利支出", "729.78", "729.78", ""]},
        {"cells": ["30101", "基本工资", "362.98", "362.98", ""]},
        {"part": true, "cells": ["30102", "津贴补贴", "89.01", "89.01", ""]}
      ],
      "notes": ["注：示例。"]
    }
  ]
}
)";

std::vector<BudgetTable> Parse(const std::string& text, Diagnostics& diagnostics) {
  return ParseBudgetTablesJson("tables.json", text, diagnostics);
}

std::string Messages(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics.all()) out += FormatDiagnostic(diagnostic) + "\n";
  return out;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("tables.json reads into the model with codes as text and amounts exact", "[budget][json]") {
  Diagnostics diagnostics;
  const auto tables = Parse(kSmall, diagnostics);
  INFO(Messages(diagnostics));
  REQUIRE(diagnostics.all().empty());
  REQUIRE(tables.size() == 1);
  const BudgetTable& table = tables[0];
  CHECK(table.kind == BudgetTableKind::kGeneralBasic);
  CHECK(table.classification == Classification::kEconomic);
  CHECK(table.columns[2].sum_of == std::vector<std::string>{"personnel", "public"});
  REQUIRE(table.rows.size() == 4);
  CHECK(table.rows[0].level == 0);
  CHECK(table.rows[1].level == 1);  // from the code: 3 digits
  CHECK(table.rows[2].level == 2);  // 5 digits
  CHECK(table.rows[3].part);
  CHECK(table.RowCode(table.rows[2]) == "30101");
  CHECK(table.rows[0].Cell(4).amount->ToString() == "49.10");  // the printed precision
  CHECK_FALSE(table.rows[1].Cell(4).amount);                   // blank
  CHECK(table.rows[2].origin.pointer == "/tables/0/rows/2");
  CHECK(table.rows[2].origin.line == 19);
}

TEST_CASE("tables.json written back is the same bytes, one row per line", "[budget][json]") {
  Diagnostics diagnostics;
  const std::string written = BudgetTablesToJson(Parse(kSmall, diagnostics));
  CHECK(written.find(R"(        {"cells": ["301", "工资福利支出", "729.78", "729.78", ""]},)") != std::string::npos);
  CHECK(BudgetTablesToJson(Parse(written, diagnostics)) == written);
  CHECK(diagnostics.all().empty());
  // The sample content's tables were written by the importer with this writer.
  const std::string content = std::string(GONGKAI_SOURCE_DIR) + "/content/2023/130371-203/tables.json";
  const std::string imported = ReadTextFile(content);
  REQUIRE_FALSE(imported.empty());
  CHECK(BudgetTablesToJson(ParseBudgetTablesJson(content, imported, diagnostics)) == imported);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("tables.json errors name file, line:column and pointer", "[budget][json]") {
  SECTION("a row with a cell too few") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"(["30101", "基本工资", "362.98", "362.98", ""])", R"(["30101", "基本工资", "362.98", "362.98"])"),
          diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(FormatDiagnostic(diagnostics.all()[0]).find(
              "tables.json:19:19: /tables/0/rows/2/cells: error: expected 5 cells, one per column, found 4") == 0);
  }
  SECTION("an unknown kind, with the closest one") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"("general_basic")", R"("general_basci")"), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].message == "unknown table kind \"general_basci\"; did you mean \"general_basic\"?");
    CHECK(diagnostics.all()[0].where.pointer == "/tables/0/kind");
  }
  SECTION("a misspelt field is a warning with a suggestion") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"("notes")", R"("nots")"), diagnostics);
    CHECK_FALSE(diagnostics.HasErrors());
    REQUIRE(diagnostics.warning_count() == 1);
    CHECK(diagnostics.all()[0].message == "unknown field \"nots\"; did you mean \"notes\"?");
  }
  SECTION("sum_of names a column the table does not have") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"(["personnel", "public"])", R"(["personnel", "pubic"])"), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].where.pointer == "/tables/0/columns/2/sum_of/1");
  }
  SECTION("a classified table without a code column") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"("type": "code")", R"("type": "text")"), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].message == "a table classified by economic needs a column with key \"code\" of type code");
  }
  SECTION("two tables of one kind") {
    Diagnostics diagnostics;
    const std::string table = kSmall.substr(kSmall.find("    {"), kSmall.rfind("    }") + 5 - kSmall.find("    {"));
    Parse(Replace(kSmall, table, table + ",\n" + table), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].where.pointer == "/tables/1/kind");
  }
  SECTION("an amount as a JSON number is not an amount") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"("362.98", "362.98")", R"(362.98, "362.98")"), diagnostics);
    REQUIRE(diagnostics.error_count() >= 1);
    CHECK(diagnostics.all()[0].where.pointer == "/tables/0/rows/2/cells/2");
  }
  SECTION("a newer format") {
    Diagnostics diagnostics;
    Parse(Replace(kSmall, R"("format": 1)", R"("format": 2)"), diagnostics);
    REQUIRE(diagnostics.error_count() == 1);
    CHECK(diagnostics.all()[0].message == "unsupported format version 2; this gongkai reads format 1");
  }
}

TEST_CASE("the loader reads tables.json beside department.json, when there is one", "[budget][json]") {
  TempFolder folder;
  gongkai::testing::WriteMinimalContent(folder, gongkai::testing::MinimalDepartmentJson());
  {
    Diagnostics diagnostics;
    const Site site = LoadSite(folder.path(), diagnostics);
    REQUIRE(site.departments.size() == 1);
    CHECK(site.departments[0].tables.empty());
  }
  folder.Write("2021/130322-203/tables.json", kSmall);
  {
    Diagnostics diagnostics;
    const Site site = LoadSite(folder.path(), diagnostics);
    INFO(Messages(diagnostics));
    REQUIRE(site.departments.size() == 1);
    REQUIRE(site.departments[0].tables.size() == 1);
    CHECK(site.departments[0].tables[0].origin.file == folder.path() + "/2021/130322-203/tables.json");
  }
  folder.Write("2021/130322-203/tables.json", "{\"format\": 1, \"tables\": [}");
  Diagnostics diagnostics;
  LoadSite(folder.path(), diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].where.file == folder.path() + "/2021/130322-203/tables.json");
  CHECK(diagnostics.all()[0].where.line == 1);
}
