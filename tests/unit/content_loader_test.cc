// The loader and its messages: every problem names the file, the place
// (line:column and JSON pointer) and what was expected.
#include "load/content_loader.h"

#include <catch2/catch.hpp>

#include "content_fixture.h"
#include "load/project_slugs.h"
#include "validate/site_validator.h"

using namespace gongkai;
using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

namespace {

// Loads and validates; returns every diagnostic formatted, one per line.
std::string Problems(const TempFolder& folder, Site* site_out = nullptr) {
  Diagnostics diagnostics;
  Site site = LoadSite(folder.path(), diagnostics);
  AssignProjectSlugs(site);
  ValidateSite(site, diagnostics);
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) {
    std::string text = FormatDiagnostic(d);
    // Paths differ per run: show them relative to the fixture.
    for (size_t at; (at = text.find(folder.path() + "/")) != std::string::npos;) {
      text.erase(at, folder.path().size() + 1);
    }
    out += text + "\n";
  }
  if (site_out) *site_out = site;
  return out;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a valid department loads into the model", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  folder.Write("2021/130322-203/sections/02-measures.md", "---\nformat: 1\ntitle: 工作保障措施\n---\n完善制度建设。\n");
  folder.Write("2021/130322-203/sections/01-duties.md", "---\nformat: 1\ntitle: 部门职责\n---\n职责。\n");
  Site site;
  CHECK(Problems(folder, &site) == "");
  REQUIRE(site.departments.size() == 1);
  const DepartmentYear& department = site.departments[0];
  CHECK(department.year == 2021);
  CHECK(department.folder == "2021/130322-203");
  REQUIRE(department.projects.size() == 1);
  const Project& project = department.projects[0];
  CHECK(project.slug == "130322210TL1EUNN2FE59");
  CHECK(project.budget->ToString() == "20.32");
  CHECK(project.plan.cumulative[0] == "");
  CHECK(project.plan.cumulative[3] == "100.00%");
  REQUIRE(project.indicators.size() == 2);
  CHECK(project.indicators[0].value.text == "≥10人");
  CHECK(project.indicators[0].value.kind == TargetKind::kComparison);
  CHECK(project.indicators[1].value.kind == TargetKind::kDeadline);
  // Sections are ordered by their number prefix.
  REQUIRE(department.sections.size() == 2);
  CHECK(department.sections[0].id == "duties");
  CHECK(department.sections[1].title == "工作保障措施");
}

TEST_CASE("malformed JSON is reported at line:column", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"year\": 2021,", "\"year\": 2021"));
  const std::string problems = Problems(folder);
  INFO(problems);
  CHECK(problems.rfind("2021/130322-203/department.json:4:3: error: malformed JSON: syntax error", 0) == 0);
  // The offending line and a caret under the column follow.
  CHECK(problems.find("\n      \"jurisdiction\"") != std::string::npos);
  CHECK(problems.find("\n      ^") != std::string::npos);
}

TEST_CASE("a wrong value is reported with its JSON pointer and line:column", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"budget\": \"20.32\"", "\"budget\": 20.32"));
  CHECK(Problems(folder) ==
        "2021/130322-203/department.json:13:17: /projects/0/budget: error: expected an amount as a string such as "
        "\"16.80\", found a number\n"
        "          \"budget\": 20.32,\n"
        "                    ^\n");
}

TEST_CASE("an amount that is not a decimal is refused", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"20.32\",\n      \"fiscal", "\"20,32\",\n      \"fiscal"));
  CHECK(Problems(folder).find("/projects/0/budget: error: expected an amount such as \"16.80\"") != std::string::npos);
}

TEST_CASE("a missing required field names the object it belongs to", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"name\": \"选聘高校毕业生到村任职补助\",", ""));
  const std::string problems = Problems(folder);
  INFO(problems);
  CHECK(problems.find("department.json:8:5: /projects/0: error: missing required field \"name\"") != std::string::npos);
}

TEST_CASE("an unknown field is a warning with a suggestion", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"purpose\"", "\"purpsoe\""));
  const std::string problems = Problems(folder);
  INFO(problems);
  CHECK(problems.find("/projects/0/purpsoe: warning: unknown field \"purpsoe\"; did you mean \"purpose\"?") !=
        std::string::npos);
}

TEST_CASE("a year that disagrees with its folder is an error", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"year\": 2021", "\"year\": 2020"));
  CHECK(Problems(folder).find("department.json:3:11: /year: error: year 2020 disagrees with its folder 2021/") !=
        std::string::npos);
}

TEST_CASE("a folder named for another department is an error", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"code\": \"203\"", "\"code\": \"204\""));
  CHECK(Problems(folder).find("error: the folder is named 130322-203 but the file says jurisdiction 130322, "
                              "department 204; name the folder 130322-204") != std::string::npos);
}

TEST_CASE("duplicate project codes are an error naming both", "[load]") {
  const std::string project = R"({"code": "X1", "name": "甲", "unit": "203001"})";
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson("[" + project + ", " + project + "]"));
  CHECK(Problems(folder).find("/projects/1: error: another project has the same 项目编码 X1: /projects/0") !=
        std::string::npos);
}

TEST_CASE("a project of an unknown unit is an error", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson(R"([{"code": "X1", "name": "甲", "unit": "209001"}])"));
  CHECK(Problems(folder).find("/projects/0: error: unit \"209001\" is not in this department's units") !=
        std::string::npos);
}

TEST_CASE("a BOM, an empty file and a folder in place of a file are errors", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, "\xEF\xBB\xBF" + MinimalDepartmentJson());
  folder.Write("2021/130322-204/department.json", "");
  folder.Write("2021/130322-205/department.json/x", "");
  const std::string problems = Problems(folder);
  INFO(problems);
  CHECK(problems.find("130322-203/department.json:1:1: error: the file starts with a UTF-8 byte order mark") !=
        std::string::npos);
  CHECK(problems.find("130322-204/department.json: error: the file is empty; expected a JSON object") !=
        std::string::npos);
  CHECK(problems.find("130322-205/department.json: error: expected a file, found a directory") != std::string::npos);
}

TEST_CASE("a format version this gongkai does not read is refused", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, Replace(MinimalDepartmentJson(), "\"format\": 1", "\"format\": 2"));
  CHECK(Problems(folder).find("/format: error: unsupported format version 2; this gongkai reads format 1") !=
        std::string::npos);
}

TEST_CASE("a section file without front matter is an error at its first line", "[load]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  folder.Write("2021/130322-203/sections/01-duties.md", "部门职责\n");
  folder.Write("2021/130322-203/sections/职责.md", "---\nformat: 1\ntitle: x\n---\n");
  const std::string problems = Problems(folder);
  INFO(problems);
  CHECK(problems.find("sections/01-duties.md:1:1: error: expected front matter") != std::string::npos);
  CHECK(problems.find("sections/职责.md: error: a section file is named NN-<id>.md") != std::string::npos);
}

TEST_CASE("project codes that would form paths are refused", "[load]") {
  for (const char* code : {"../../etc", "a/b", ".hidden", "CON", "x y"}) {
    INFO(code);
    TempFolder folder;
    WriteMinimalContent(folder, MinimalDepartmentJson(std::string(R"([{"code": ")") + code +
                                                      R"(", "name": "甲", "unit": "203001"}])"));
    CHECK(Problems(folder).find("error: 项目编码") != std::string::npos);
  }
}

TEST_CASE("projects without a code get slugs that do not move", "[load]") {
  Project a;
  a.unit_code = "203001";
  a.name = "党建工作经费";
  Project b = a;
  b.name = "宣传工作经费";
  const std::string slug = DerivedProjectSlug(a);
  CHECK(slug.size() == 12);
  CHECK(slug.rfind("p-", 0) == 0);
  CHECK(slug != DerivedProjectSlug(b));
  // Depends only on unit and name: number, order and budget do not matter.
  a.number = 17;
  a.budget = Decimal::Parse("3.00");
  CHECK(DerivedProjectSlug(a) == slug);
  // A known value, so a change to the hash (which would move published
  // URLs) fails here.
  CHECK(slug == "p-7f229845a3");
}
