// Bad files, as `gongkai build` meets them: each gives one clear message
// naming the file and the place, then a summary, exit 1, and the site that
// was there before stays exactly as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <sstream>

#include "cli/command.h"
#include "cli/console.h"
#include "content_fixture.h"
#include "reliability_support.h"

using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::ReadTree;
using gongkai::testing::SourcePath;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

namespace fs = std::filesystem;

namespace {

struct BuildRun {
  int status;
  std::string err;
};

// A content folder and a copy of the default theme, with a site built from
// them, ready to be broken.
struct Fixture {
  TempFolder folder;
  std::string content = folder.path() + "/content";
  std::string theme = folder.path() + "/theme";
  std::string site = folder.path() + "/site";

  Fixture() {
    fs::create_directories(content);
    fs::copy(SourcePath("themes/default"), theme, fs::copy_options::recursive);
    Write("site.json", gongkai::testing::MinimalSiteJson());
    Write("2021/130322-203/department.json", MinimalDepartmentJson());
    Write("2021/130322-203/sections/01-measures.md", "---\nformat: 1\ntitle: 保障措施\n---\n完善制度。\n");
  }
  void Write(const std::string& relative, const std::string& bytes) const {
    const fs::path path = fs::path(content) / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
  }
  BuildRun Build() const {
    std::ostringstream out, err;
    const int status = gongkai::RunBuildCommand({"--content", content, "--theme", theme, "--out", site, "--quiet"},
                                                gongkai::CommandIo{out, err});
    return {status, err.str()};
  }
};

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

size_t Count(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

struct BadFile {
  const char* what;
  std::function<void(const Fixture&)> spoil;
  std::string expected;  // the message, after the fixture's folder
};

}  // namespace

TEST_CASE("bad files: one located message each, a summary, exit 1, the previous site unchanged", "[reliability][bad-files]") {
  const std::string dept = "/content/2021/130322-203/department.json";
  const std::vector<BadFile> cases = {
      {"malformed JSON", [](const Fixture& f) { f.Write("2021/130322-203/department.json", "{\"format\": 1, \"year\": }"); },
       dept + ":1:23: error: malformed JSON: syntax error while parsing value - unexpected '}'"},
      {"a wrong type",
       [](const Fixture& f) {
         f.Write("2021/130322-203/department.json", Replace(MinimalDepartmentJson(), "\"year\": 2021", "\"year\": \"2021\""));
       },
       dept + ":3:11: /year: error: expected a whole number, found a string"},
      {"a missing required field",
       [](const Fixture& f) {
         f.Write("2021/130322-203/department.json",
                 Replace(MinimalDepartmentJson(), "\"name\": \"选聘高校毕业生到村任职补助\",", ""));
       },
       dept + ":8:5: /projects/0: error: missing required field \"name\""},
      {"duplicate project codes",
       [](const Fixture& f) {
         f.Write("2021/130322-203/department.json",
                 MinimalDepartmentJson(R"([{"code": "P1", "name": "甲", "unit": "203001"}, {"code": "P1", "name": "乙", "unit": "203001"}])"));
       },
       dept + ":7:63: /projects/1: error: another project has the same 项目编码 P1: /projects/0"},
      {"a folder year that disagrees with the file",
       [](const Fixture& f) {
         f.Write("2021/130322-203/department.json", Replace(MinimalDepartmentJson(), "\"year\": 2021", "\"year\": 2022"));
       },
       dept + ":3:11: /year: error: year 2022 disagrees with its folder 2021/"},
      {"a UTF-8 byte order mark",
       [](const Fixture& f) { f.Write("2021/130322-203/department.json", "\xEF\xBB\xBF" + MinimalDepartmentJson()); },
       dept + ":1:1: error: the file starts with a UTF-8 byte order mark"},
      {"an empty file", [](const Fixture& f) { f.Write("2021/130322-203/department.json", ""); },
       dept + ": error: the file is empty; expected a JSON object"},
      {"invalid UTF-8",
       [](const Fixture& f) { f.Write("2021/130322-203/department.json", Replace(MinimalDepartmentJson(), "昌黎县", "昌\xB2\xFD县")); },
       dept + ":4:48: error: invalid UTF-8 at byte offset 82 (byte 0xB2); save the file as UTF-8"},
      {"a folder where department.json belongs",
       [](const Fixture& f) {
         fs::remove(f.content + "/2021/130322-203/department.json");
         fs::create_directories(f.content + "/2021/130322-203/department.json");
       },
       dept + ": error: expected a file, found a directory"},
      {"a folder where site.json belongs",
       [](const Fixture& f) {
         fs::remove(f.content + "/site.json");
         fs::create_directories(f.content + "/site.json");
       },
       "/content/site.json: error: expected a file, found a directory"},
      {"a file where the sections folder belongs",
       [](const Fixture& f) {
         fs::remove_all(f.content + "/2021/130322-203/sections");
         f.Write("2021/130322-203/sections", "x");
       },
       "/content/2021/130322-203/sections: error: expected a folder of section files NN-<id>.md, found a file"},
      {"a folder where a section file belongs",
       [](const Fixture& f) { fs::create_directories(f.content + "/2021/130322-203/sections/02-more.md"); },
       "/content/2021/130322-203/sections/02-more.md: error: expected a section file NN-<id>.md, found a folder"},
      {"a missing theme file", [](const Fixture& f) { fs::remove(f.theme + "/layouts/project.mustache"); },
       "/theme/layouts/project.mustache: error: missing theme file: the project page needs this layout"},
      {"an unreadable theme file",
       [](const Fixture& f) {
         fs::remove(f.theme + "/partials/project_body.mustache");
         fs::create_symlink(f.theme + "/partials/gone.mustache", f.theme + "/partials/project_body.mustache");
       },
       "/theme/partials/project_body.mustache: error: a link to a file that does not exist; remove it or point it at a file"},
      {"a folder where a theme file belongs",
       [](const Fixture& f) {
         fs::remove(f.theme + "/layouts/year.mustache");
         fs::create_directories(f.theme + "/layouts/year.mustache");
       },
       "/theme/layouts/year.mustache: error: missing theme file: the year page needs this layout"},
      {"a template syntax error",
       [](const Fixture& f) {
         std::ofstream(f.theme + "/layouts/home.mustache") << "<h1>{{site_title}}</h1>\n<ul>\n{{#years}}<li>{{year}}</li>\n</ul>\n";
       },
       "/theme/layouts/home.mustache:3:1: error: template syntax error: Unclosed section \"years\""},
      {"a template variable the view never provides",
       [](const Fixture& f) {
         std::ofstream(f.theme + "/layouts/year.mustache", std::ios::app) << "<p>{{budgte}}</p>\n";
       },
       "/theme/layouts/year.mustache: error: the template (or base.mustache, or a partial it includes) uses {{budgte}}, "
       "which the year page does not provide"},
      {"a template with invalid UTF-8",
       [](const Fixture& f) { std::ofstream(f.theme + "/partials/project_body.mustache", std::ios::app) << "\xff\n"; },
       "/theme/partials/project_body.mustache:"},
  };
  for (const BadFile& bad : cases) {
    INFO(bad.what);
    Fixture fixture;
    REQUIRE(fixture.Build().status == 0);
    const auto before = ReadTree(fixture.site);
    bad.spoil(fixture);
    const BuildRun run = fixture.Build();
    INFO(run.err);
    CHECK(run.status == gongkai::kExitContentError);
    const std::string expected = bad.expected[0] == '/' ? fixture.folder.path() + bad.expected : bad.expected;
    CHECK(run.err.find(expected) != std::string::npos);
    CHECK(Count(run.err, ": error: ") == 1);  // one clear message, not a cascade
    CHECK(run.err.find("gongkai: 1 error(s), ") != std::string::npos);
    CHECK(run.err.find("gongkai build: nothing written; " + fixture.site + " is unchanged") != std::string::npos);
    CHECK(ReadTree(fixture.site) == before);
  }
}

TEST_CASE("bad files: an unknown field is a warning with did-you-mean, and the build goes on", "[reliability][bad-files]") {
  Fixture fixture;
  fixture.Write("2021/130322-203/department.json", Replace(MinimalDepartmentJson(), "\"budget\"", "\"budgte\""));
  const BuildRun run = fixture.Build();
  INFO(run.err);
  CHECK(run.status == 0);
  CHECK(run.err.find(fixture.content + "/2021/130322-203/department.json:13:17: /projects/0/budgte: warning: unknown "
                     "field \"budgte\"; did you mean \"budget\"?") != std::string::npos);
  CHECK(run.err.find("gongkai: 0 error(s), 1 warning(s)") != std::string::npos);
}

TEST_CASE("bad files: every bad department is reported in one run, at most 50 messages, then a count", "[reliability][bad-files]") {
  Fixture fixture;
  for (int i = 0; i < 70; ++i) {
    const std::string code = std::to_string(300 + i);
    const std::string json = Replace(MinimalDepartmentJson(), "\"year\": 2021", "\"year\": \"x\"");
    fixture.Write("2021/130322-" + code + "/department.json", Replace(json, "\"code\": \"203\"", "\"code\": \"" + code + "\""));
  }
  const BuildRun run = fixture.Build();
  INFO(run.err);
  CHECK(run.status == gongkai::kExitContentError);
  CHECK(Count(run.err, ": error: ") == static_cast<size_t>(gongkai::kMaxShownDiagnostics));
  CHECK(run.err.find("gongkai: … and 20 more not shown") != std::string::npos);
  CHECK(run.err.find("gongkai: 70 error(s), 0 warning(s)") != std::string::npos);
}
