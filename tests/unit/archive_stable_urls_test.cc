// Issue 11: adding a year never moves or changes an earlier page. Build the
// content without its newest years, add them, build again: every earlier
// department-year and project page is still there, and its <main> is byte
// for byte the same but for the one element marked as the cross-year
// navigation (nav data-cross-year).
#include <catch2/catch.hpp>

#include <filesystem>

#include "content_fixture.h"
#include "html_document.h"
#include "pipeline.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace fs = std::filesystem;

namespace {

// content/ copied without the department-years in `left_out` (2019/320000-r01 …).
void CopyContent(const std::string& to, const std::vector<std::string>& left_out) {
  const fs::path from = fs::path(GONGKAI_SOURCE_DIR) / "content";
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    const std::string relative = entry.path().lexically_relative(from).generic_string();
    bool skipped = false;
    for (const std::string& folder : left_out) skipped = skipped || relative.rfind(folder, 0) == 0;
    if (skipped) continue;
    if (entry.is_directory()) {
      fs::create_directories(fs::path(to) / relative);
    } else {
      fs::copy_file(entry.path(), fs::path(to) / relative);
    }
  }
}

std::string Build(const std::string& content, const std::string& out) {
  BuildOptions options;
  options.content_dir = content;
  options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
  options.out_dir = out;
  Diagnostics diagnostics;
  REQUIRE(BuildSite(options, diagnostics).written);
  return out;
}

// The page's <main>, with the cross-year navigation cut out; `navs` counts it.
std::string MainWithoutCrossYear(const std::string& html, int& navs) {
  const size_t start = html.find("<main");
  const size_t end = html.find("</main>");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  std::string main = html.substr(start, end - start);
  navs = 0;
  for (size_t at; (at = main.find("<nav class=\"cross-year\" data-cross-year")) != std::string::npos;) {
    const size_t close = main.find("</nav>", at);
    REQUIRE(close != std::string::npos);
    main.erase(at, close + 6 - at);
    ++navs;
  }
  return main;
}

std::vector<std::string> DepartmentYearPages(const std::string& site) {
  std::vector<std::string> pages;
  for (const auto& entry : fs::recursive_directory_iterator(site)) {
    const std::string relative = entry.path().lexically_relative(site).generic_string();
    // <year>/<jurisdiction>/<department>/index.html and …/projects/<slug>.html
    if (entry.path().extension() == ".html" && relative.size() > 5 && relative[4] == '/' &&
        std::isdigit(static_cast<unsigned char>(relative[0])) && std::count(relative.begin(), relative.end(), '/') >= 3) {
      pages.push_back(relative);
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

}  // namespace

TEST_CASE("adding a year keeps every earlier page, its <main> the same but for the cross-year navigation", "[archive][stable]") {
  TempFolder before_content, after_content;
  CopyContent(before_content.path(), {"2019/320000-r01", "2025/310107-r02"});
  CopyContent(after_content.path(), {});
  const std::string before = Build(before_content.path(), before_content.OutsidePath("site"));
  const std::string after = Build(after_content.path(), after_content.OutsidePath("site"));

  const std::vector<std::string> pages = DepartmentYearPages(before);
  REQUIRE(pages.size() > 100);
  size_t compared_in_changed_departments = 0;
  for (const std::string& page : pages) {
    INFO(page);
    const std::string later = ReadTextFile(after + "/" + page);
    REQUIRE(!later.empty());  // the page is still there, at the same address
    int navs_before = 0, navs_after = 0;
    const std::string main_before = MainWithoutCrossYear(ReadTextFile(before + "/" + page), navs_before);
    const std::string main_after = MainWithoutCrossYear(later, navs_after);
    CHECK(navs_before == 1);
    CHECK(navs_after == 1);
    CHECK(main_before == main_after);
    if (page.find("/320000/r01/") != std::string::npos || page.find("/310107/r02/") != std::string::npos) {
      ++compared_in_changed_departments;
    }
  }
  // 2017, 2018 of the court and 2023, 2024 of 万里街道 (with its five projects).
  CHECK(compared_in_changed_departments == 9);

  // The navigation itself did change: 2018 now links to 2019.
  const HtmlDocument page(ReadTextFile(after + "/2018/320000/r01/index.html"));
  CHECK(page.Count("//nav[@data-cross-year]//a[@href='../../../2019/320000/r01/index.html']") == 1);
  const HtmlDocument old_page(ReadTextFile(before + "/2018/320000/r01/index.html"));
  CHECK(old_page.Count("//nav[@data-cross-year]//a[@href='../../../2019/320000/r01/index.html']") == 0);
}
