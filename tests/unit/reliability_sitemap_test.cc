// sitemap.xml and robots.txt: every page but the 404 under the configured
// base URL, in a fixed order, written as XML by libxml2.
#include <catch2/catch.hpp>

#include "content_fixture.h"
#include "pipeline.h"
#include "reliability_support.h"
#include "write/sitemap.h"

using namespace gongkai;
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
