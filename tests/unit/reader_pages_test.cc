// Issue 12, what the HTML itself must say (the browser tests check what only
// a browser shows): heading order, unique landmark names, a description and
// share title per page, fingerprinted assets, the 404 page's links from the
// base URL, the footer's registration lines, headline amounts.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "content_fixture.h"
#include "html_document.h"
#include "pipeline.h"
#include "render/asset_names.h"
#include "render/page_chrome.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace {

struct SampleBuild {
  TempFolder folder;
  std::string out;
  std::vector<std::string> pages;  // site-relative
};

// The sample content in content/, built once.
const SampleBuild& Sample() {
  static SampleBuild* built = [] {
    auto* b = new SampleBuild;
    BuildOptions options;
    options.content_dir = std::string(GONGKAI_SOURCE_DIR) + "/content";
    options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
    options.out_dir = b->folder.path() + "/site";
    Diagnostics diagnostics;
    REQUIRE(BuildSite(options, diagnostics).written);
    b->out = options.out_dir;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(b->out)) {
      if (entry.path().extension() == ".html") b->pages.push_back(entry.path().lexically_relative(b->out).string());
    }
    std::sort(b->pages.begin(), b->pages.end());
    return b;
  }();
  return *built;
}

}  // namespace

TEST_CASE("no page skips a heading level, and each has one h1", "[render][reader]") {
  REQUIRE(Sample().pages.size() > 100);
  for (const std::string& path : Sample().pages) {
    INFO(path);
    const HtmlDocument page(ReadTextFile(Sample().out + "/" + path));
    CHECK(page.Count("//h1") == 1);
    // A heading hN right after a heading of level N-2 or less skips a level.
    const std::string any = "self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6";
    for (int level = 2; level <= 6; ++level) {
      std::string shallower;
      for (int l = 1; l <= level - 2; ++l) shallower += std::string(shallower.empty() ? "" : " or ") + "self::h" + std::to_string(l);
      if (shallower.empty()) continue;
      const std::string xpath = "//h" + std::to_string(level) + "[preceding::*[" + any + "][1][" + shallower + "]]";
      INFO(xpath);
      CHECK(page.Count(xpath) == 0);
    }
  }
}

TEST_CASE("landmarks and scroll regions have names unique on their page", "[render][reader]") {
  for (const std::string& path : Sample().pages) {
    INFO(path);
    const HtmlDocument page(ReadTextFile(Sample().out + "/" + path));
    std::map<std::string, int> seen;
    for (const std::string& label : page.Attributes("//*[@role='region' or self::nav or @role='search']", "aria-label")) {
      if (!label.empty()) ++seen[label];
    }
    for (const auto& [label, count] : seen) {
      INFO(label);
      CHECK(count == 1);
    }
  }
}

TEST_CASE("every page has a description, a share title and a favicon that exists", "[render][reader]") {
  for (const std::string& path : Sample().pages) {
    INFO(path);
    const HtmlDocument page(ReadTextFile(Sample().out + "/" + path));
    CHECK_FALSE(page.Text("//meta[@name='description']/@content").empty());
    CHECK_FALSE(page.Text("//meta[@property='og:title']/@content").empty());
    const std::string icon = page.Text("//link[@rel='icon']/@href");
    REQUIRE_FALSE(icon.empty());
    if (path != "404.html") {
      const std::filesystem::path file = std::filesystem::path(Sample().out + "/" + path).parent_path() / icon;
      CHECK(std::filesystem::is_regular_file(file));
    }
  }
}

TEST_CASE("assets are published under names carrying their content's hash", "[render][reader]") {
  const HtmlDocument page(ReadTextFile(Sample().out + "/index.html"));
  const std::string css = page.Text("//link[@rel='stylesheet']/@href");
  const std::string bytes = ReadTextFile(Sample().out + "/" + css);
  REQUIRE_FALSE(bytes.empty());
  CHECK(css == "assets/gongkai." + ContentHash(bytes) + ".css");
  CHECK_FALSE(std::filesystem::exists(Sample().out + "/assets/gongkai.css"));

  OutputFiles assets = {{"assets/a.css", "x"}, {"assets/b", "x"}, {"other/c.js", "y"}};
  const AssetNames names = AssetNames::Fingerprint(assets);
  CHECK(names.Path("a.css") == "assets/a." + ContentHash("x") + ".css");
  CHECK(assets[1].path == "assets/b." + ContentHash("x"));
  CHECK(assets[2].path == "other/c.js");
  CHECK(names.Path("missing.js") == "assets/missing.js");
  CHECK(ContentHash("x") != ContentHash("y"));
  CHECK(ContentHash("x").size() == 10);
}

TEST_CASE("the glossary explains the terms the pages link to", "[render][reader]") {
  const HtmlDocument glossary(ReadTextFile(Sample().out + "/glossary/index.html"));
  std::set<std::string> ids;
  for (const std::string& id : glossary.Attributes("//dt", "id")) ids.insert(id);
  for (const char* id : {"budget-total", "project-total", "basic", "project", "sangong"}) CHECK(ids.count(id) == 1);
  const HtmlDocument department(ReadTextFile(Sample().out + "/2023/130371/203/index.html"));
  for (const std::string& href : department.Attributes("//a[contains(@href,'glossary/index.html#')]", "href")) {
    CHECK(ids.count(href.substr(href.find('#') + 1)) == 1);
  }
  // Each budget table links the terms its title and columns use.
  CHECK(department.Texts("//section[@id='table-general-basic']/p[@class='table-terms']/a") ==
        std::vector<std::string>{"基本支出", "人员经费", "公用经费", "一般公共预算", "财政拨款", "科目编码"});
  // The department page leads with its totals: 1,241.14 万元 from its tables.
  CHECK(department.Text("//main/dl[@class='totals']/div[1]/dd").find("1,241.14 万元") == 0);
}

TEST_CASE("headline amounts get thousands separators", "[render][reader]") {
  CHECK(GroupedAmount(*Decimal::Parse("1241.14")) == "1,241.14");
  CHECK(GroupedAmount(*Decimal::Parse("16.80")) == "16.80");
  CHECK(GroupedAmount(*Decimal::Parse("1234567")) == "1,234,567");
  CHECK(GroupedAmount(*Decimal::Parse("-1000.5")) == "-1,000.5");
  CHECK(GroupedAmount(*Decimal::Parse("100")) == "100");
}

TEST_CASE("site.json's registration lines and full base URL reach every page", "[render][reader]") {
  TempFolder folder;
  gongkai::testing::WriteMinimalContent(folder, gongkai::testing::MinimalDepartmentJson());
  folder.Write("site.json", R"({"format": 1, "title": "t", "base_url": "https://czj.example.gov.cn/yusuan/",
    "site_code": "1303220001", "icp_record": "冀ICP备12345678号", "police_record": "冀公网安备13032202000001号"})");
  BuildOptions options;
  options.content_dir = folder.path();
  options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
  options.out_dir = folder.OutsidePath("site");  // never inside the content it reads
  Diagnostics diagnostics;
  REQUIRE(BuildSite(options, diagnostics).written);

  const HtmlDocument department(ReadTextFile(options.out_dir + "/2021/130322/203/index.html"));
  CHECK(department.Texts("//footer//p[@class='registration']/span") ==
        std::vector<std::string>{"网站标识码：1303220001", "冀ICP备12345678号", "冀公网安备13032202000001号"});
  CHECK(department.Text("//link[@rel='canonical']/@href") == "https://czj.example.gov.cn/yusuan/2021/130322/203/");
  CHECK(department.Text("//div[contains(@class,'print-meta')]/p[2]") ==
        "本页地址：https://czj.example.gov.cn/yusuan/2021/130322/203/");

  // The 404 page is served at any missing URL: its links and assets start from the base URL.
  const HtmlDocument missing(ReadTextFile(options.out_dir + "/404.html"));
  for (const std::string& href : missing.Attributes("//a[@href]|//link[@href]", "href")) {
    if (href[0] == '#') continue;
    INFO(href);
    CHECK(href.rfind("https://czj.example.gov.cn/yusuan/", 0) == 0);
  }
  CHECK(missing.Text("//script/@src").rfind("https://czj.example.gov.cn/yusuan/assets/gongkai.", 0) == 0);
}
