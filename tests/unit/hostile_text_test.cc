// Hostile strings, one protection at a time: escaping, markdown, link
// schemes, UTF-8, invisible controls, path-like names, the base URL.
#include <catch2/catch.hpp>

#include "base/diagnostic.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "format/section_file.h"
#include "format/utf8_text.h"
#include "render/html_escape.h"
#include "render/markdown.h"
#include "validate/site_validator.h"
#include "write/site_writer.h"

using namespace gongkai;

namespace {

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string DepartmentJsonNamed(const std::string& name) {
  return R"({"format": 1, "year": 2021, "jurisdiction": {"code": "130322", "name": "昌黎县"},
  "department": {"code": "203", "name": ")" + name + R"("},
  "units": [{"code": "203001", "name": "本级"}], "projects": []})";
}

}  // namespace

TEST_CASE("hostile: text is escaped for elements and quoted attributes", "[hostile][escape]") {
  CHECK(EscapeHtml("<script>\"x\" & 'y'</script>") ==
        "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
  CHECK(EscapeHtml("\" onmouseover=\"alert(1)") == "&quot; onmouseover=&quot;alert(1)");
}

TEST_CASE("hostile: escaping drops controls and bidi overrides, keeps tab and newline", "[hostile][escape]") {
  CHECK(EscapeHtml(std::string("a\x01\x1b[2J\x7f" "b", 8)) == "a[2Jb");
  CHECK(EscapeHtml("a\tb\nc") == "a\tb\nc");
  // U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE.
  CHECK(EscapeHtml("invoice\xE2\x80\xAEgpj.exe") == "invoicegpj.exe");
  CHECK(EscapeHtml("a\xE2\x81\xA6" "b") == "ab");
  CHECK(EscapeHtml("预算") == "预算");
}

TEST_CASE("hostile: markdown raw HTML is shown as text, never markup", "[hostile][markdown]") {
  const std::vector<std::string> payloads = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<iframe src=\"https://evil.example/\"></iframe>",
      "<style>body{display:none}</style>",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<!-- comment --><p style=\"color:red\">x</p>",
      "<svg onload=alert(1)>",
      "<textarea><script>alert(1)</script></textarea>",
  };
  for (const std::string& payload : payloads) {
    INFO(payload);
    for (const std::string& markdown : {payload, "前 " + payload + " 后", payload + "\n\n正文"}) {
      const std::string html = RenderMarkdown(markdown);
      CHECK_FALSE(Contains(html, "<script"));
      CHECK_FALSE(Contains(html, "<img"));
      CHECK_FALSE(Contains(html, "<iframe"));
      CHECK_FALSE(Contains(html, "<style"));
      CHECK_FALSE(Contains(html, "<svg"));
      CHECK_FALSE(Contains(html, "<textarea"));
      CHECK_FALSE(Contains(html, "<!--"));
      CHECK_FALSE(Contains(html, "href=\"javascript"));
      CHECK(Contains(html, EscapeHtml(payload.substr(0, 8))));  // shown, not dropped
    }
  }
}

TEST_CASE("hostile: markdown links keep only http, https, mailto and relative URLs", "[hostile][markdown]") {
  const std::vector<std::string> refused = {
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x](<javascript:alert(1)>)",
      "[x](&#106;avascript:alert(1))",
      "[x](javascript&#58;alert(1))",
      "[x](%6Aavascript:alert(1))",  // harmless, but refused like any unknown scheme
      "[x](vbscript:msgbox)",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](file:///etc/passwd)",
      "[x][r]\n\n[r]: javascript:alert(1)",
      "[x]\n\n[x]: javascript:alert(1) \"t\"",
      "<javascript:alert(1)>",
      "![x](javascript:alert(1))",
      "![x](data:image/png;base64,AAAA)",
      "![x](https://evil.example/track.png)",
      "![x](//evil.example/track.png)",
  };
  for (const std::string& markdown : refused) {
    INFO(markdown);
    const std::string html = RenderMarkdown(markdown);
    CHECK_FALSE(Contains(html, "<a"));  // the link text stays, as text
    CHECK_FALSE(Contains(html, "<img"));
    CHECK_FALSE(Contains(html, "href="));
    CHECK_FALSE(Contains(html, "src="));
  }
  CHECK(Contains(RenderMarkdown("[x](https://czj.example.gov.cn/)"), "href=\"https://czj.example.gov.cn/\""));
  CHECK(Contains(RenderMarkdown("[x][r]\n\n[r]: ../2021/index.html"), "href=\"../2021/index.html\""));
  CHECK(Contains(RenderMarkdown("<mailto:czj@example.gov.cn>"), "href=\"mailto:czj@example.gov.cn\""));
  CHECK(Contains(RenderMarkdown("见 www.example.gov.cn 网站"), "href=\"http://www.example.gov.cn\""));
  // The link text of a refused link stays, as text.
  CHECK(Contains(RenderMarkdown("[点此](javascript:alert(1))"), "点此"));
}

TEST_CASE("hostile: character references cannot bring control characters or bidi overrides back", "[hostile][markdown]") {
  const std::string html = RenderMarkdown("a&#1;b&#x202E;c&#x7f;d&#27;[31m `&#x2066;` [x](/p&#x202e;.html \"t&#1;\")"
                                          " &#xFFFF;&#xFFFE;&#xFDD0;&#x1FFFE;\xEF\xBF\xBF\n\n    code&#2;\n");
  INFO(html);
  CHECK(FindInvalidUtf8(html) == std::string::npos);
  CHECK(FindInvisibleControl(html) == std::string::npos);
  CHECK(Contains(html, "abcd"));
}

TEST_CASE("hostile: a link inside a link's text becomes text (no <a> inside <a>)", "[hostile][markdown]") {
  for (const char* markdown : {"[<http://a.cn>](/x.html)", "[www.a.cn](/x.html)", "[a <mailto:b@c.cn>](/x.html)"}) {
    INFO(markdown);
    const std::string html = RenderMarkdown(markdown);
    INFO(html);
    CHECK(html.find("<a ") == html.rfind("<a "));  // exactly one link
    CHECK(Contains(html, "href=\"/x.html\""));
  }
  // A linked image stays linked.
  CHECK(Contains(RenderMarkdown("[![图](a.png)](/x.html)"), "<a href=\"/x.html\"><img src=\"a.png\" alt=\"图\""));
}

TEST_CASE("hostile: the scheme check sees through case, controls and whitespace", "[hostile][markdown]") {
  for (const char* url : {"javascript:x", "JAVASCRIPT:x", " javascript:x", "java\tscript:x", "java\nscript:x",
                          "\x01javascript:x", "data:text/html,x", "vbscript:x", "file:///x", "blob:x"}) {
    INFO(url);
    CHECK_FALSE(IsAllowedLinkUrl(url));
  }
  for (const char* url : {"https://a.cn/", "http://a.cn/", "mailto:a@b.cn", "../x.html", "#units", "x.html?a=b:c",
                          "/yusuan/", "a/b:c"}) {
    INFO(url);
    CHECK(IsAllowedLinkUrl(url));
  }
}

TEST_CASE("hostile: UTF-8 is checked strictly", "[hostile][utf8]") {
  CHECK(FindInvalidUtf8("预算 abc") == std::string::npos);
  CHECK(FindInvalidUtf8("ab\xff") == 2);
  CHECK(FindInvalidUtf8("a\xC0\x80") == 1);          // overlong NUL
  CHECK(FindInvalidUtf8("a\xE0\x80\xAF") == 1);      // overlong '/'
  CHECK(FindInvalidUtf8("a\xED\xA0\x80") == 1);      // surrogate
  CHECK(FindInvalidUtf8("a\xF4\x90\x80\x80") == 1);  // above U+10FFFF
  CHECK(FindInvalidUtf8("预\xE7\xAE") == 3);          // cut short
  CHECK(DescribeCharacterAt("\xE2\x80\xAE", 0) == "U+202E");
  CHECK(DescribeCharacterAt("\xff", 0) == "byte 0xFF");
}

TEST_CASE("hostile: invalid UTF-8 in department.json is an error naming file, place and byte offset", "[hostile][utf8][load]") {
  Diagnostics diagnostics;
  ParseDepartmentJson("content/2021/130322-203/department.json", DepartmentJsonNamed("组织\xff\xfe部"), diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  const std::string message = FormatDiagnostic(diagnostics.all()[0]);
  CHECK(message ==
        "content/2021/130322-203/department.json:2:44: error: invalid UTF-8 at byte offset 132 (byte 0xFF); "
        "save the file as UTF-8");
  CHECK(message.find('\xff') == std::string::npos);
}

TEST_CASE("hostile: a number too large for a double is a located error, not a crash", "[hostile][load]") {
  // nlohmann/json throws out_of_range (not parse_error) for these: uncaught,
  // one such number ended the whole build (found by the tables.json fuzzer).
  Diagnostics site;
  ParseSiteJson("site.json", "{\"format\": 1,\n \"title\": 1e999}", site);
  REQUIRE(site.error_count() == 1);
  CHECK(FormatDiagnostic(site.all()[0]).find("site.json:2:11: error: malformed JSON: the number 1e999 is too large to read") == 0);
  Diagnostics department;
  ParseDepartmentJson("d.json", "[-1e400]", department);
  CHECK(department.error_count() == 1);
  Diagnostics tables;
  ParseBudgetTablesJson("tables.json", "{\"format\": 7.7e7777777}", tables);
  CHECK(tables.error_count() == 1);
}

TEST_CASE("hostile: invalid UTF-8 in a section file is an error naming file, place and byte offset", "[hostile][utf8][load]") {
  Diagnostics diagnostics;
  ParseSectionFile("s/01-a.md", "01-a.md", "---\nformat: 1\ntitle: t\n---\n正文\xC0\x80\n", diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(FormatDiagnostic(diagnostics.all()[0]) ==
        "s/01-a.md:5:3: error: invalid UTF-8 at byte offset 33 (byte 0xC0); save the file as UTF-8");
}

TEST_CASE("hostile: invisible controls are removed from JSON strings with a warning at their place", "[hostile][load]") {
  for (const std::string& name : {std::string("组织\\u202e部"), std::string("组织\xE2\x80\xAE部"), std::string("组织\\u0000部"),
                                  std::string("组织\\u001b[2J部"), std::string("组织\x7f部"), std::string("组织\\u0085部")}) {
    INFO(name);
    Diagnostics diagnostics;
    const DepartmentYear department = ParseDepartmentJson("d.json", DepartmentJsonNamed(name), diagnostics);
    CHECK_FALSE(diagnostics.HasErrors());
    REQUIRE(diagnostics.warning_count() == 1);
    CHECK(Contains(FormatDiagnostic(diagnostics.all()[0]), "d.json:2:41: /department/name: warning: removed U+"));
    CHECK(Contains(department.department.name, "组织"));
    CHECK(FindInvisibleControl(department.department.name) == std::string::npos);
  }
}

TEST_CASE("hostile: invisible controls are removed from section files with a warning", "[hostile][load]") {
  Diagnostics diagnostics;
  const Section section = ParseSectionFile(
      "s/01-a.md", "01-a.md", "---\nformat: 1\ntitle: 标\xE2\x80\xAE题\n---\n正\x1b[31m文\xE2\x81\xA6\n", diagnostics);
  CHECK_FALSE(diagnostics.HasErrors());
  REQUIRE(diagnostics.warning_count() == 1);
  CHECK(FormatDiagnostic(diagnostics.all()[0]) ==
        "s/01-a.md:3:9: warning: removed U+202E and any other invisible control characters: they can make text read "
        "differently from what it says");
  CHECK(section.title == "标题");
  CHECK(section.markdown == "正[31m文\n");
}

TEST_CASE("hostile: a message quoting hostile content cannot drive the terminal", "[hostile][console]") {
  Diagnostics diagnostics;
  // Codes keep their bytes (so that they are refused, not renamed): the
  // message quotes them, escape sequences and all.
  ParseDepartmentJson("d\x1b]0;t\x07.json",
                      R"({"format": 1, "year": 2021, "jurisdiction": {"code": "130322", "name": "x"},
  "department": {"code": "203", "name": "x"}, "units": [{"code": "203001", "name": "x"}],
  "projects": [{"code": "P\u001b[2J\u202e1", "name": "x", "unit": "203001"}], "x\u001b[31m": 1})",
                      diagnostics);
  REQUIRE(diagnostics.all().size() >= 1);
  for (const Diagnostic& d : diagnostics.all()) {
    const std::string shown = FormatDiagnostic(d);
    INFO(shown);
    CHECK(shown.find('\x1b') == std::string::npos);
    CHECK(shown.find('\x07') == std::string::npos);
    CHECK(shown.find("\xE2\x80\xAE") == std::string::npos);
  }
  Diagnostic direct{Severity::kError, SourceLocation{"f", 1, 1, "/a\x1b", "x\x1b[2Jy\xC2\x85z"}, "m\x1b[31m\xE2\x81\xA6"};
  CHECK(FormatDiagnostic(direct) == "f:1:1: /a?: error: m?[31m?\n    x?[2Jy?z\n    ^");
}

TEST_CASE("hostile: a base_url that is not a path or http(s) URL is refused", "[hostile][load]") {
  for (const char* url : {"javascript:alert(1)//", "\" onmouseover=\"x", "yusuan/", "//evil.example/", "/a b/",
                          "https://", "https://host", "/yusuan", "data:text/html,x/", "/a?b=c/", "/a#b/"}) {
    INFO(url);
    CHECK_FALSE(IsValidBaseUrl(url));
    Diagnostics diagnostics;
    const SiteConfig config = ParseSiteJson(
        "site.json", std::string(R"({"format": 1, "title": "t", "base_url": )") + "\"" + url + "\"}", diagnostics);
    if (std::string(url).find('"') == std::string::npos) CHECK(diagnostics.error_count() == 1);
    CHECK(config.base_url == "/");
  }
  for (const char* url : {"/", "/yusuan/", "https://czj.example.gov.cn/yusuan/", "http://10.0.0.1:8080/"}) {
    INFO(url);
    CHECK(IsValidBaseUrl(url));
  }
}

TEST_CASE("hostile: names that would form paths are refused", "[hostile][paths]") {
  for (const std::string& name : {std::string(".."), std::string("."), std::string("../x"), std::string("a/b"),
                                  std::string("a\\b"), std::string("/etc"), std::string("a\0b", 3), std::string(".hidden"),
                                  std::string("-rf"), std::string("CON"), std::string("nul"), std::string("Lpt1"),
                                  std::string(""), std::string(65, 'a'), std::string("预算"), std::string("a b"),
                                  std::string("a:b")}) {
    INFO(name);
    CHECK_FALSE(IsSafePathSegment(name));
  }
  CHECK(IsSafePathSegment("130322210TL1EUNN2FE59"));
  CHECK(IsSafePathSegment("p-1a2b3c4d5e"));
  for (const std::string& path : {std::string("../x.html"), std::string("/etc/passwd"), std::string("a/../../x"),
                                  std::string("a//b"), std::string("a\\b"), std::string("a\0b", 3), std::string("./a"),
                                  std::string("")}) {
    INFO(path);
    CHECK_FALSE(IsContainedPath(path));
  }
  CHECK(IsContainedPath("2021/130322/203/index.html"));
}
