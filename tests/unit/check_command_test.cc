// `gongkai check` as a user runs it, and the same checks inside `gongkai
// build`: the sample portal is clean, a tampered site is not, and a theme
// that adds inline script never gets its site swapped in.
#include <catch2/catch.hpp>

#include <filesystem>

#include "content_fixture.h"
#include "reliability_support.h"

using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::ReadTree;
using gongkai::testing::RunGongkai;
using gongkai::testing::SourcePath;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

namespace fs = std::filesystem;

namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void Append(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::app);
  out << text;
}

}  // namespace

TEST_CASE("gongkai check finds the sample site clean", "[check][sample]") {
  TempFolder folder;
  const std::string site = folder.OutsidePath("site");
  // --no-check: the build must not hide what check would say.
  const auto build = RunGongkai({"build", "--content", SourcePath("content"), "--theme", SourcePath("themes/default"),
                                 "--out", site, "--no-check"});
  REQUIRE(build.status == 0);
  const auto check = RunGongkai({"check", "--site", site});
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(Contains(check.output, "clean"));
  CHECK(fs::exists(site + "/sitemap.xml"));
  CHECK(fs::exists(site + "/robots.txt"));
}

TEST_CASE("gongkai check reports a tampered page with its place and exits 1", "[check]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  const std::string site = folder.OutsidePath("site");
  REQUIRE(RunGongkai({"build", "--content", folder.path(), "--theme", SourcePath("themes/default"), "--out", site}).status == 0);
  REQUIRE(RunGongkai({"check", "--site", site}).status == 0);

  Append(site + "/2021/130322/203/index.html", "<img src=x onerror=alert(1)>\n<a href=\"../nowhere.html\">x</a>\n");
  const auto check = RunGongkai({"check", "--site", site});
  INFO(check.output);
  CHECK(check.status == 1);
  CHECK(Contains(check.output, site + "/2021/130322/203/index.html:"));
  CHECK(Contains(check.output, "event-handler attribute onerror=\"alert(1)\" on <img>"));
  CHECK(Contains(check.output, "<img> without alt"));
  CHECK(Contains(check.output, "link to \"../nowhere.html\" leads nowhere: the site has no file 2021/130322/nowhere.html"));
  CHECK(Contains(check.output, "has problems"));
}

TEST_CASE("gongkai check reads the base URL back from the sitemap to follow the 404 page's links", "[check]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  for (const std::string& base : {"/yusuan/", "https://czj.example.gov.cn/yusuan/"}) {
    INFO(base);
    const std::string site = folder.OutsidePath("site");
    REQUIRE(RunGongkai({"build", "--content", folder.path(), "--theme", SourcePath("themes/default"), "--out", site,
                        "--base-url", base}).status == 0);
    const auto check = RunGongkai({"check", "--site", site});
    INFO(check.output);
    CHECK(check.status == 0);
    // Without the sitemap the checker assumes "/", and the 404 page's
    // links under /yusuan/ lead outside the site.
    fs::remove(site + "/sitemap.xml");
    const auto guessed = RunGongkai({"check", "--site", site});
    CHECK(guessed.status == 1);
    CHECK(Contains(guessed.output, site + "/404.html:"));
  }
}

TEST_CASE("gongkai check: usage errors exit 2, a missing site exits 1", "[check][cli]") {
  const auto typo = RunGongkai({"check", "--stie", "x"});
  CHECK(typo.status == 2);
  CHECK(Contains(typo.output, "did you mean --site?"));
  const auto help = RunGongkai({"check", "--help"});
  CHECK(help.status == 0);
  CHECK(Contains(help.output, "Exit status: 0 clean, 1 problems found, 2 usage error."));
  const auto listed = RunGongkai({"--help"});
  CHECK(Contains(listed.output, "check"));
  TempFolder folder;
  const auto missing = RunGongkai({"check", "--site", folder.path() + "/nope"});
  CHECK(missing.status == 1);
  CHECK(Contains(missing.output, "site folder not found"));
}

TEST_CASE("gongkai build runs the checks before the swap; --no-check turns them off", "[check][build]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  const std::string theme = folder.path() + "/theme";
  fs::copy(SourcePath("themes/default"), theme, fs::copy_options::recursive);
  const std::string site = folder.OutsidePath("site");
  REQUIRE(RunGongkai({"build", "--content", folder.path(), "--theme", theme, "--out", site}).status == 0);
  const auto before = ReadTree(site);

  // A theme edit that puts inline script on every page.
  Append(theme + "/partials/project_body.mustache", "<script>track()</script>\n");
  const auto checked = RunGongkai({"build", "--content", folder.path(), "--theme", theme, "--out", site});
  INFO(checked.output);
  CHECK(checked.status == 1);
  CHECK(Contains(checked.output, site + "/2021/130322/203/index.html:"));
  CHECK(Contains(checked.output, "inline <script>"));
  CHECK(Contains(checked.output, "nothing written"));
  CHECK(ReadTree(site) == before);

  const auto unchecked = RunGongkai({"build", "--content", folder.path(), "--theme", theme, "--out", site, "--no-check"});
  CHECK(unchecked.status == 0);
  CHECK(ReadTree(site) != before);
}
