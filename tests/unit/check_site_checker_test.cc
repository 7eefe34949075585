// gongkai check's rules, one by one, on small sites declared inline: each
// problem is found, located (page:line), and a clean page stays clean.
#include <catch2/catch.hpp>

#include "check/html_page.h"
#include "check/site_checker.h"

using namespace gongkai;

namespace {

// A clean page around `body`, as the default theme would write it; `body`
// starts on line 11. `root` leads from the page to the site's root.
std::string Page(const std::string& body, const std::string& head = "", const std::string& root = "") {
  return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n"
         "<link rel=\"stylesheet\" href=\"" + root + "assets/gongkai.css\">\n<script src=\"" + root +
         "assets/gongkai.js\" defer></script>\n" + head + "</head>\n<body>\n<main id=\"main\">\n" + body +
         "\n</main>\n</body>\n</html>\n";
}

OutputFiles Site(const std::string& index_body) {
  return {{"index.html", Page(index_body)}, {"assets/gongkai.css", "body{}"}, {"assets/gongkai.js", ""}};
}

// Every message of a check, as formatted for the console.
std::vector<std::string> Problems(const OutputFiles& files, const std::string& base_url = "/") {
  Diagnostics diagnostics;
  CheckOptions options;
  options.base_url = base_url;
  options.display_root = "site/";
  CheckSite(files, options, diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.all()) messages.push_back(FormatDiagnostic(d));
  return messages;
}

bool AnyContains(const std::vector<std::string>& messages, const std::string& part) {
  for (const std::string& message : messages) {
    if (message.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("check: a page of HTML5 the theme writes is clean", "[check]") {
  const std::string body = R"(<nav aria-label="x"><a href="#main">跳到正文</a></nav>
<section id="s"><article><details open><summary>表</summary>
<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>
</details></article></section>
<dl><div><dt>项目编码</dt><dd>x</dd></div></dl>
<svg role="img" viewBox="0 0 1 1"><title>图</title><rect x="0" y="0" width="1" height="1"/></svg>
<img src="assets/gongkai.css" alt=""><a href="https://example.gov.cn/">外部</a><a href="mailto:a@b.cn">信</a>)";
  CHECK(Problems(Site(body)).empty());
}

TEST_CASE("check: a page that does not parse cleanly is reported at page:line:col", "[check]") {
  CHECK(AnyContains(Problems(Site("<p><div>x</div></p>")), "site/index.html:11:20: error: the page does not parse cleanly"));
  CHECK(AnyContains(Problems(Site("<p><div>x</div></p>")), "does not parse cleanly: Unexpected end tag : p"));
  CHECK(AnyContains(Problems(Site("<secton>x</secton>")), "Tag secton invalid"));
  CHECK(AnyContains(Problems(Site("<p>a &amp b</p>")), "does not parse cleanly"));
  CHECK(AnyContains(Problems(Site("<p title=\"a\" title=\"b\">x</p>")), "Attribute title redefined"));
  CHECK(AnyContains(Problems(Site("<p>\xff\xfe</p>")), "invalid UTF-8"));
  CHECK(AnyContains(Problems(Site("<p>\x01</p>")), "does not parse cleanly"));
}

TEST_CASE("check: internal links and #anchors must lead somewhere", "[check]") {
  OutputFiles files = Site("<a href=\"2021/\">2021</a> <a href=\"2021/index.html#units\">u</a> <a href=\"#main\">m</a>");
  files.push_back({"2021/index.html", Page("<p id=\"units\">x</p><a href=\"../index.html\">home</a><a href=\"./\">self</a>", "", "../")});
  CHECK(Problems(files).empty());

  CHECK(AnyContains(Problems(Site("<a href=\"2022/index.html\">x</a>")),
                    "site/index.html:11: error: link to \"2022/index.html\" leads nowhere: the site has no file 2022/index.html"));
  CHECK(AnyContains(Problems(Site("<a href=\"#nowhere\">x</a>")), "index.html has no element with id \"nowhere\""));
  CHECK(AnyContains(Problems(Site("<a href=\"../../etc/passwd\">x</a>")), "climbs above the site's root folder"));
  CHECK(AnyContains(Problems(Site("<img src=\"missing.png\" alt=\"x\">")), "leads nowhere"));
  // Percent-encoding is decoded before the lookup.
  OutputFiles encoded = Site("<a href=\"a%20b.html\">x</a>");
  encoded.push_back({"a b.html", Page("")});
  CHECK(Problems(encoded).empty());
}

TEST_CASE("check: links from the root follow the base URL", "[check]") {
  OutputFiles files = Site("<a href=\"/yusuan/index.html#main\">home</a> <a href=\"/yusuan/\">home</a>"
                           " <a href=\"https://czj.example.gov.cn/yusuan/index.html\">abs</a>");
  CHECK(Problems(files, "https://czj.example.gov.cn/yusuan/").empty());
  CHECK(AnyContains(Problems(Site("<a href=\"/other/index.html\">x</a>"), "/yusuan/"),
                    "leads outside the site (its base path is /yusuan/)"));
  CHECK(AnyContains(Problems(Site("<a href=\"https://czj.example.gov.cn/yusuan/x.html\">x</a>"),
                             "https://czj.example.gov.cn/yusuan/"),
                    "the site has no file x.html"));
}

TEST_CASE("check: images need a text alternative, data tables need header cells", "[check]") {
  CHECK(AnyContains(Problems(Site("<img src=\"assets/gongkai.css\">")), "<img> without alt"));
  CHECK(AnyContains(Problems(Site("<svg viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>")),
                    "<svg> without a text alternative"));
  CHECK(Problems(Site("<svg aria-hidden=\"true\"><rect width=\"1\" height=\"1\"/></svg>")).empty());
  CHECK(Problems(Site("<svg aria-label=\"图\"><rect width=\"1\" height=\"1\"/></svg>")).empty());
  CHECK(AnyContains(Problems(Site("<table><tr><td>1</td></tr></table>")), "data table without header cells"));
  // A header cell of a nested table does not count for the outer one.
  CHECK(AnyContains(Problems(Site("<table><tr><td><table><tr><th>h</th></tr></table></td></tr></table>")),
                    "data table without header cells"));
  CHECK(Problems(Site("<table role=\"presentation\"><tr><td>1</td></tr></table>")).empty());
}

TEST_CASE("check: an id used twice makes its anchor ambiguous", "[check]") {
  CHECK(AnyContains(Problems(Site("<p id=\"a\">1</p>\n<p id=\"a\">2</p>")),
                    "id \"a\" is used twice on this page (first on line 11)"));
}

TEST_CASE("check: scripts, styles and URLs the theme did not put there are foreign", "[check]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<script>alert(1)</script>", "inline <script>"},
      {"<script src=\"assets/gongkai.js\">alert(1)</script>", "<script src> with inline code"},
      {"<script src=\"https://evil.example/x.js\"></script>", "loads a script from outside the site"},
      {"<script src=\"//evil.example/x.js\"></script>", "loads a script from outside the site"},
      {"<style>body{display:none}</style>", "<style> element"},
      {"<p style=\"color:red\">x</p>", "inline style=\"color:red\" on <p>"},
      {"<p ONCLICK=\"x()\">x</p>", "event-handler attribute onclick=\"x()\""},
      {"<img src=\"assets/gongkai.css\" alt=\"\" onerror=\"x()\">", "event-handler attribute onerror"},
      {"<a href=\"javascript:alert(1)\">x</a>", "href=\"javascript:alert(1)\" on <a>"},
      {"<a href=\" JaVaScRiPt:alert(1)\">x</a>", "only http, https, mailto and relative URLs"},
      {"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "only http, https, mailto and relative URLs"},
      {"<a href=\"vbscript:x\">x</a>", "only http, https, mailto and relative URLs"},
      {"<img alt=\"\" src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "src=\"data:image/svg+xml"},
      {"<img alt=\"\" src=\"assets/gongkai.css\" srcset=\"assets/gongkai.css 1x, javascript:x 2x\">", "srcset=\"javascript:x\""},
      {"<form action=\"javascript:x\"><button formaction=\"javascript:y\">b</button></form>", "formaction=\"javascript:y\""},
      {"<iframe src=\"https://evil.example/\"></iframe>", "<iframe> element"},
      {"<object data=\"x.swf\"></object>", "<object> element"},
      {"<embed src=\"x.swf\">", "<embed> element"},
      {"<svg aria-label=\"x\"><a xlink:href=\"javascript:x\">x</a></svg>", "xlink:href=\"javascript:x\""},
  };
  for (const auto& [body, expected] : cases) {
    INFO(body);
    CHECK(AnyContains(Problems(Site(body)), expected));
  }
  // In <head> too.
  CHECK(AnyContains(Problems({{"index.html", Page("", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n")}}),
                    "<meta http-equiv=\"refresh\">"));
  CHECK(AnyContains(Problems({{"index.html", Page("", "<base href=\"https://evil.example/\">\n")}}), "<base> element"));
}

TEST_CASE("check: a value shown in a message cannot drive the terminal", "[check]") {
  const auto messages = Problems(Site("<p onclick=\"\x1b[2J\x1b]0;pwned\x07\">x</p>"));
  REQUIRE(AnyContains(messages, "event-handler attribute onclick"));
  for (const std::string& message : messages) CHECK(message.find('\x1b') == std::string::npos);
}

TEST_CASE("check: a page full of problems reports a few and counts the rest", "[check]") {
  std::string body;
  for (int i = 0; i < 40; ++i) body += "<p><div>x</div></p>\n";
  const auto messages = Problems(Site(body));
  CHECK(messages.size() == static_cast<size_t>(kMaxProblemsPerPage) + 1);
  CHECK(AnyContains(messages, "… and 30 more parse problems on this page"));
}

TEST_CASE("check: only .html files are parsed as pages", "[check]") {
  OutputFiles files = Site("");
  files.push_back({"search/index-0.json", "<script>alert(1)</script>"});
  files.push_back({"assets/gongkai.js", "document.write('<script>')"});
  CHECK(Problems(files).empty());
}

// gongkai build streams its files through the check in batches; the
// result must be the check of the whole site at once, messages and order.
TEST_CASE("check: a site checked batch by batch gives the messages of the whole site at once", "[check]") {
  const OutputFiles files = {
      {"assets/gongkai.css", "body{}"},
      {"assets/gongkai.js", ""},
      // Links forward into pages of later batches: a page, an anchor there,
      // an anchor that is not there, and a file nobody writes.
      {"index.html", Page("<a href=\"a/index.html\">a</a>\n<a href=\"b/index.html#t\">b</a>\n"
                          "<a href=\"b/index.html#none\">n</a>\n<a href=\"gone.html\">g</a>")},
      {"a/index.html", Page("<a href=\"../index.html#main\">home</a>\n<a href=\"#nowhere\">x</a>", "", "../")},
      {"b/index.html", Page("<p id=\"t\">t</p><p id=\"t\">twice</p>", "", "../")},
  };
  std::vector<std::string> whole = Problems(files);
  REQUIRE(whole.size() == 5);  // three links, and the id twice (libxml2's and the page rules')

  Diagnostics diagnostics;
  CheckOptions options;
  options.display_root = "site/";
  SiteCheck check(options);
  check.Expect({"a/index.html"});  // planned; b/ is not declared, so its links wait for Finish
  for (const OutputFile& file : files) check.Add({file});
  const CheckSummary summary = check.Finish(diagnostics, [&](const std::string& path) {
    for (const OutputFile& file : files) {
      if (file.path == path) return file.bytes;
    }
    return std::string();
  });
  std::vector<std::string> streamed;
  for (const Diagnostic& d : diagnostics.all()) streamed.push_back(FormatDiagnostic(d));
  CHECK(streamed == whole);
  CHECK(summary.page_count == 3);
  CHECK(AnyContains(streamed, "site/index.html:13: error: link to \"b/index.html#none\" leads nowhere: b/index.html has no element with id \"none\""));
  CHECK(AnyContains(streamed, "<a href=\"gone.html\">g</a>"));  // the source line, read back at Finish
}

TEST_CASE("check: a file the build planned but never made is reported", "[check]") {
  Diagnostics diagnostics;
  SiteCheck check(CheckOptions{});
  check.Expect({"index.html", "planned.html"});
  check.Add(Site("<a href=\"planned.html\">p</a>"));
  check.Finish(diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(FormatDiagnostic(diagnostics.all()[0]).find("planned.html: error: the build planned this file but did not make it") !=
        std::string::npos);
}
