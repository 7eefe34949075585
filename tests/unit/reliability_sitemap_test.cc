// sitemap.xml and robots.txt: every page but the 404 under the configured
// base URL, in a fixed order, written as XML by libxml2.
#include <catch2/catch.hpp>

#include "check/built_site.h"
#include "content_fixture.h"
#include "html_document.h"
#include "pipeline.h"
#include "reliability_support.h"
#include "write/sitemap.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;
using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::ReadWholeFile;
using gongkai::testing::SourcePath;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

namespace {

std::string FileNamed(const OutputFiles& files, const std::string& path) {
  for (const OutputFile& file : files) {
    if (file.path == path) return file.bytes;
  }
  return "";
}

}  // namespace

TEST_CASE("sitemap: every page but 404.html, at the base URL, home first", "[sitemap]") {
  const OutputFiles pages = {{"2021/index.html", ""}, {"404.html", ""}, {"index.html", ""},
                             {"2021/130322/203/projects/X1.html", ""}, {"assets/gongkai.css", ""}};
  const OutputFiles files = RenderSitemapFiles("https://czj.example.gov.cn/yusuan/", pages);
  CHECK(FileNamed(files, "sitemap.xml") ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        "  <url>\n    <loc>https://czj.example.gov.cn/yusuan/</loc>\n  </url>\n"
        "  <url>\n    <loc>https://czj.example.gov.cn/yusuan/2021/130322/203/projects/X1.html</loc>\n  </url>\n"
        "  <url>\n    <loc>https://czj.example.gov.cn/yusuan/2021/</loc>\n  </url>\n"
        "</urlset>\n");
  CHECK(FileNamed(files, "robots.txt") ==
        "User-agent: *\nAllow: /\n\nSitemap: https://czj.example.gov.cn/yusuan/sitemap.xml\n");
}

TEST_CASE("sitemap: the same pages in any order give the same bytes", "[sitemap][reproducible]") {
  OutputFiles pages = {{"b.html", ""}, {"index.html", ""}, {"a/index.html", ""}, {"c.html", ""}};
  const OutputFiles first = RenderSitemapFiles("/", pages);
  std::reverse(pages.begin(), pages.end());
  CHECK(RenderSitemapFiles("/", pages)[0].bytes == first[0].bytes);
}

TEST_CASE("sitemap: XML special characters in a URL are escaped", "[sitemap][hostile]") {
  const std::string xml = RenderSitemapFiles("/a&b<c>/", {{"index.html", ""}})[0].bytes;
  CHECK(xml.find("<loc>/a&amp;b&lt;c&gt;/</loc>") != std::string::npos);
}

TEST_CASE("sitemap: a path-only base URL gives paths and robots.txt names no sitemap", "[sitemap]") {
  const OutputFiles files = RenderSitemapFiles("/yusuan/", {{"index.html", ""}});
  CHECK(FileNamed(files, "sitemap.xml").find("<loc>/yusuan/</loc>") != std::string::npos);
  CHECK(FileNamed(files, "robots.txt") == "User-agent: *\nAllow: /\n");
}

TEST_CASE("sitemap: the build writes sitemap.xml and robots.txt from site.json's base_url", "[sitemap][build]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  folder.Write("site.json", R"({"format": 1, "title": "t", "base_url": "https://czj.example.gov.cn/yusuan/"})");
  BuildOptions options;
  options.content_dir = folder.path();
  options.theme_dir = SourcePath("themes/default");
  options.out_dir = folder.OutsidePath("site");
  Diagnostics diagnostics;
  REQUIRE(BuildSite(options, diagnostics).written);
  const std::string sitemap = ReadWholeFile(options.out_dir + "/sitemap.xml");
  CHECK(sitemap.find("<loc>https://czj.example.gov.cn/yusuan/2021/130322/203/projects/130322210TL1EUNN2FE59.html</loc>") !=
        std::string::npos);
  CHECK(sitemap.find("404") == std::string::npos);
  CHECK(ReadWholeFile(options.out_dir + "/robots.txt").find("Sitemap: https://czj.example.gov.cn/yusuan/sitemap.xml") !=
        std::string::npos);

  // --base-url wins over site.json, and must itself be a base URL.
  options.base_url = "/mirror/";
  Diagnostics second;
  REQUIRE(BuildSite(options, second).written);
  CHECK(ReadWholeFile(options.out_dir + "/sitemap.xml").find("<loc>/mirror/2021/</loc>") != std::string::npos);
  options.base_url = "javascript:alert(1)//";
  Diagnostics refused;
  CHECK_FALSE(BuildSite(options, refused).written);
  REQUIRE(refused.error_count() == 1);
  for (const Diagnostic& d : refused.all()) {
    if (d.severity == Severity::kError) CHECK(FormatDiagnostic(d).find("--base-url: error: expected a base URL") == 0);
  }
}

// A province's portal passes 50,000 pages (issue 16: 100,000 projects); the
// protocol allows 50,000 URLs a sitemap (sitemaps.org), so past that
// sitemap.xml becomes an index of parts.
TEST_CASE("sitemap: past 50,000 pages sitemap.xml is an index of parts of at most 50,000 URLs", "[sitemap]") {
  OutputFiles pages = {{"index.html", ""}, {"404.html", ""}};
  for (int n = 0; n < 100000; ++n) pages.push_back({"2021/p/" + std::to_string(1000000 + n) + ".html", ""});
  const OutputFiles files = RenderSitemapFiles("https://czj.example.gov.cn/yusuan/", pages);
  REQUIRE(files.size() == 5);  // the index, three parts, robots.txt

  const HtmlDocument index(FileNamed(files, "sitemap.xml"));
  CHECK(index.Count("//urlset") == 0);
  CHECK(index.Texts("//sitemapindex/sitemap/loc") ==
        std::vector<std::string>{"https://czj.example.gov.cn/yusuan/sitemap-1.xml",
                                 "https://czj.example.gov.cn/yusuan/sitemap-2.xml",
                                 "https://czj.example.gov.cn/yusuan/sitemap-3.xml"});
  const HtmlDocument first(FileNamed(files, "sitemap-1.xml"));
  const HtmlDocument second(FileNamed(files, "sitemap-2.xml"));
  const HtmlDocument third(FileNamed(files, "sitemap-3.xml"));
  // 100,002 pages less the 404: 100,001 URLs, every one listed once, home first, in order.
  CHECK(first.Count("//urlset/url/loc") == 50000);
  CHECK(second.Count("//urlset/url/loc") == 50000);
  CHECK(third.Count("//urlset/url/loc") == 1);
  CHECK(first.Text("//url[1]/loc") == "https://czj.example.gov.cn/yusuan/");
  CHECK(first.Text("//url[2]/loc") == "https://czj.example.gov.cn/yusuan/2021/p/1000000.html");
  CHECK(second.Text("//url[1]/loc") == "https://czj.example.gov.cn/yusuan/2021/p/1049999.html");
  CHECK(third.Text("//url[1]/loc") == "https://czj.example.gov.cn/yusuan/2021/p/1099999.html");
  CHECK(FileNamed(files, "robots.txt").find("Sitemap: https://czj.example.gov.cn/yusuan/sitemap.xml") != std::string::npos);

  // gongkai check reads the base URL back through the index.
  CHECK(BaseUrlOfBuiltSite(files) == "https://czj.example.gov.cn/yusuan/");
}

TEST_CASE("sitemap: exactly 50,000 pages stay one sitemap.xml", "[sitemap]") {
  OutputFiles pages = {{"index.html", ""}};
  for (int n = 1; n < 50000; ++n) pages.push_back({"p/" + std::to_string(1000000 + n) + ".html", ""});
  const OutputFiles files = RenderSitemapFiles("/", pages);
  REQUIRE(files.size() == 2);
  CHECK(HtmlDocument(FileNamed(files, "sitemap.xml")).Count("//urlset/url/loc") == 50000);
}
