// The hostile corpus (tests/hostile/content, see its README): built with the
// output checks on, then every page walked with libxml2's HTML parser. No
// element, attribute or URL from the data may survive as markup; the text
// must still be there, as text; nothing may be written outside --out. Then
// the same with a 10 MB field, and with codes that try to form paths.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "check/built_site.h"
#include "check/html_page.h"
#include "check/site_checker.h"
#include "content_fixture.h"
#include "download_files.h"
#include "format/utf8_text.h"
#include "reliability_support.h"
#include "render/markdown.h"
#include "write/site_writer.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

const std::string kDepartmentFile = "2021/130322-666/department.json";
const std::string kTablesFile = "2021/130322-666/tables.json";

std::string CorpusPath() { return SourcePath("tests/hostile/content"); }

ProcessResult Build(const std::string& content, const std::string& out) {
  return RunGongkai({"build", "--content", content, "--theme", SourcePath("themes/default"), "--out", out});
}

// The corpus with every payload string replaced by plain text ("文本<n>",
// the same payload always by the same text, so unit references hold): what
// the theme alone puts on the pages.
void WriteBenignTwin(const std::string& dir) {
  std::map<std::string, std::string> replacements;
  std::function<void(nlohmann::json&)> defuse = [&](nlohmann::json& value) {
    if (value.is_string()) {
      const std::string text = value.get<std::string>();
      if (text.find("gk-") == std::string::npos) return;
      const auto [it, inserted] = replacements.emplace(text, "文本" + std::to_string(replacements.size()));
      value = it->second;
    } else if (value.is_structured()) {
      for (auto& item : value) defuse(item);
    }
  };
  for (const std::string& file : {std::string("site.json"), kDepartmentFile, kTablesFile}) {
    nlohmann::json json = nlohmann::json::parse(ReadWholeFile(CorpusPath() + "/" + file));
    defuse(json);
    fs::create_directories((fs::path(dir) / file).parent_path());
    std::ofstream(fs::path(dir) / file) << json.dump(2);
  }
  fs::create_directories(dir + "/2021/130322-666/sections");
  std::ofstream(dir + "/2021/130322-666/sections/01-text.md") << "---\nformat: 1\ntitle: 文本\n---\n文本\n";
}

struct Vocabulary {
  std::set<std::string> elements;
  std::set<std::string> attributes;
};

Vocabulary VocabularyOf(const std::map<std::string, std::string>& site) {
  Vocabulary vocabulary;
  for (const auto& [path, bytes] : site) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    for (const HtmlNode& node : ParseHtmlPage(bytes).nodes) {
      if (node.kind != HtmlNode::Kind::kElement) continue;
      vocabulary.elements.insert(node.name);
      for (const auto& attribute : node.attributes) vocabulary.attributes.insert(attribute.first);
    }
  }
  return vocabulary;
}

bool IsHtml(const std::string& path) { return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0; }

// The whole text of a page, as a reader sees it.
std::string PageText(const std::string& bytes) {
  std::string text;
  for (const HtmlNode& node : ParseHtmlPage(bytes).nodes) {
    if (node.kind == HtmlNode::Kind::kText) text += node.text;
  }
  return text;
}

struct BuiltCorpus {
  TempFolder folder;
  ProcessResult hostile;
  ProcessResult benign;
  std::map<std::string, std::string> site;
  Vocabulary theme;
  std::map<std::string, std::string> corpus_before;
};

const BuiltCorpus& Corpus() {
  static BuiltCorpus* built = [] {
    auto* corpus = new BuiltCorpus;
    corpus->corpus_before = ReadTree(CorpusPath());
    corpus->hostile = Build(CorpusPath(), corpus->folder.path() + "/out/site");
    corpus->site = ReadTree(corpus->folder.path() + "/out/site");
    WriteBenignTwin(corpus->folder.path() + "/twin");
    corpus->benign = Build(corpus->folder.path() + "/twin", corpus->folder.path() + "/twin-out/site");
    corpus->theme = VocabularyOf(ReadTree(corpus->folder.path() + "/twin-out/site"));
    return corpus;
  }();
  return *built;
}

}  // namespace

TEST_CASE("hostile corpus: it builds, with the output checks on, and gongkai check finds it clean", "[hostile][corpus]") {
  const BuiltCorpus& corpus = Corpus();
  INFO(corpus.hostile.output);
  REQUIRE(corpus.hostile.status == 0);
  REQUIRE(corpus.benign.status == 0);
  CHECK(corpus.hostile.output.find("warning: removed U+202E") != std::string::npos);
  CHECK(corpus.site.count("2021/130322/666/index.html"));
  CHECK(corpus.site.size() > 20);
  OutputFiles files;
  Diagnostics diagnostics;
  REQUIRE(ReadBuiltSite(corpus.folder.path() + "/out/site", files, diagnostics));
  CheckSite(files, CheckOptions{}, diagnostics);
  for (const Diagnostic& d : diagnostics.all()) FAIL(FormatDiagnostic(d));
}

TEST_CASE("hostile corpus: no element or attribute from the data survives as markup", "[hostile][corpus]") {
  const BuiltCorpus& corpus = Corpus();
  // What markdown itself produces (cmark-gfm's vocabulary for the corpus's
  // constructs), on top of what the theme writes.
  std::set<std::string> elements = corpus.theme.elements;
  for (const char* name : {"p", "a", "em", "strong", "del", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
                           "ul", "ol", "li", "blockquote", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6"}) {
    elements.insert(name);
  }
  std::set<std::string> attributes = corpus.theme.attributes;
  for (const char* name : {"href", "title", "class", "align", "start"}) attributes.insert(name);
  REQUIRE(elements.count("main"));

  size_t pages = 0;
  for (const auto& [path, bytes] : corpus.site) {
    if (!IsHtml(path)) continue;
    ++pages;
    INFO(path);
    const HtmlPage page = ParseHtmlPage(bytes);
    CHECK(page.problems.empty());
    for (const HtmlNode& node : page.nodes) {
      CHECK(node.kind != HtmlNode::Kind::kComment);
      if (node.kind != HtmlNode::Kind::kElement) continue;
      INFO("<" << node.name << "> on line " << node.line);
      CHECK(elements.count(node.name));
      for (const auto& [name, value] : node.attributes) {
        INFO(name << "=\"" << value << "\"");
        CHECK(attributes.count(name));
        CHECK(name.compare(0, 2, "on") != 0);
        CHECK(name != "style");
        if (name == "href" || name == "src") {
          CHECK(IsAllowedLinkUrl(value));
          CHECK(value.find("evil.example") == std::string::npos);
          CHECK(value.find("alert") == std::string::npos);
        }
      }
      if (node.name == "script") {
        REQUIRE(node.Attribute("src"));
        CHECK(node.Attribute("src")->find("assets/") != std::string::npos);
      }
    }
  }
  CHECK(pages > 20);
}

TEST_CASE("hostile corpus: the payloads are shown as text, not dropped", "[hostile][corpus]") {
  const BuiltCorpus& corpus = Corpus();
  const std::string department = PageText(corpus.site.at("2021/130322/666/index.html"));
  for (const std::string& shown : {
           std::string("县 <script>alert(\"gk-1\")</script>"),
           std::string("部门 <img src=x onerror=alert('gk-2')>"),
           std::string("\"><svg onload=alert(3)>gk-3"),
           std::string("' onmouseover='alert(4)' x='gk-4"),
           std::string("{{site_title}}{{{body}}}{{> base}}{{=<% %>=}}<% body %>gk-8"),
           std::string("<!-- gk-9 --><![CDATA[gk-9]]>"),
           std::string("&lt;script&gt;alert(10)&lt;/script&gt; &amp; &#x3C;b&#x3E;gk-10"),
           std::string("invoicegpj.exegk-11"),                        // bidi controls removed
           std::string("bellesc[31mreddelnelnul gk-12"),              // control characters removed
           std::string("<math><mtext><table><mglyph><style><img src=x onerror=alert(21)>gk-21"),
           std::string("段落里的 <script>alert(\"gk-md-1\")</script> 行内脚本"),  // markdown raw HTML
           std::string("<!-- gk-md-8 comment -->"),
           std::string("自动链接 javascript:alert('gk-link-10')"),           // refused link, text kept
           std::string("<script>alert(\"gk-code-2\")</script>"),          // code block
           std::string("支出 </textarea></title></style></script><script>alert(7)</script>gk-7"),  // tables.json
       }) {
    INFO(shown);
    CHECK(department.find(shown) != std::string::npos);
  }
  const std::string project = PageText(corpus.site.at("2021/130322/666/projects/GK000.html"));
  CHECK(project.find("项目 <script>alert(\"gk-1\")</script>") != std::string::npos);
}

TEST_CASE("hostile corpus: no control character or bidi override reaches any output file", "[hostile][corpus]") {
  for (const auto& [path, bytes] : Corpus().site) {
    INFO(path);
    if (path.compare(0, 7, "assets/") == 0) continue;  // the theme's own files
    if (EndsWith(path, ".xlsx")) {
      // A zip archive: its sheets' XML is what a spreadsheet reads.
      const auto entries = XlsxEntries(bytes);
      CHECK(!entries.empty());
      for (const auto& [name, text] : entries) {
        INFO(name);
        CHECK(FindInvalidUtf8(text) == std::string::npos);
        CHECK(FindInvisibleControl(text) == std::string::npos);
      }
      continue;
    }
    // The database's pages are binary; its cells are the CSVs' (checked
    // here), which the round-trip tests compare it with.
    if (EndsWith(path, ".sqlite")) continue;
    CHECK(FindInvalidUtf8(bytes) == std::string::npos);
    CHECK(FindInvisibleControl(bytes) == std::string::npos);
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0) {
      CHECK_NOTHROW(nlohmann::json::parse(bytes));
    }
  }
}

// The fields of RFC 4180 CSV text, outer quotes removed.
std::vector<std::string> CsvFields(const std::string& csv) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',' || c == '\n') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

TEST_CASE("hostile corpus: a CSV download cannot smuggle a spreadsheet formula", "[hostile][corpus]") {
  size_t csv_files = 0;
  size_t defused = 0;
  for (const auto& [path, bytes] : Corpus().site) {
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".csv") != 0) continue;
    ++csv_files;
    for (const std::string& field : CsvFields(bytes)) {
      if (field.empty()) continue;
      defused += field[0] == '\'';
      const size_t first = field.find_first_not_of(' ');
      if (first == std::string::npos) continue;
      if (field[0] != '\t' && field[0] != '\r' && std::string("=+-@").find(field[first]) == std::string::npos) continue;
      INFO(path << ": " << field);
      // Only a number (an amount such as -12.30) may start so; codes are
      // plain digits, and text that starts like a formula starts with '.
      const bool number = field.find_first_not_of("-0123456789.") == std::string::npos;
      CHECK(number);
    }
  }
  CHECK(csv_files >= 2);
  CHECK(defused >= 4);
}

TEST_CASE("hostile corpus: nothing is written outside --out, and the corpus is not touched", "[hostile][corpus]") {
  const BuiltCorpus& corpus = Corpus();
  for (const std::string& path : ListTree(corpus.folder.path())) {
    INFO(path);
    CHECK((path.rfind("out", 0) == 0 || path.rfind("twin", 0) == 0));
  }
  for (const std::string& path : ListTree(corpus.folder.path() + "/out")) {
    INFO(path);
    CHECK((path == "site" || path.rfind("site/", 0) == 0));
  }
  CHECK(ReadTree(CorpusPath()) == corpus.corpus_before);
}

TEST_CASE("hostile corpus: a 10 MB field builds, stays text, and loads in linear time", "[hostile][corpus][large]") {
  TempFolder folder;
  fs::copy(CorpusPath(), folder.path() + "/content", fs::copy_options::recursive);
  nlohmann::json department = nlohmann::json::parse(ReadWholeFile(CorpusPath() + "/" + kDepartmentFile));
  std::string huge;
  const std::string unit = "<script>alert(\"gk-huge\")</script>预算公开\"'&";
  while (huge.size() < 10 * 1024 * 1024) huge += unit;
  department["projects"][0]["purpose"] = huge;
  std::ofstream(folder.path() + "/content/" + kDepartmentFile) << department.dump();

  const auto start = std::chrono::steady_clock::now();
  const ProcessResult run = Build(folder.path() + "/content", folder.path() + "/out/site");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  INFO(run.output.substr(0, 2000));
  REQUIRE(run.status == 0);
  CHECK(elapsed < std::chrono::seconds(60));
  const std::string page = ReadWholeFile(folder.path() + "/out/site/2021/130322/666/projects/GK000.html");
  CHECK(page.size() > 10 * 1024 * 1024);
  const HtmlPage parsed = ParseHtmlPage(page);
  CHECK(parsed.problems.empty());
  size_t scripts = 0;
  for (const HtmlNode& node : parsed.nodes) scripts += node.name == "script";
  CHECK(scripts == 1);  // the theme's, nothing from 10 MB of <script>
  CHECK(PageText(page).find(unit + unit) != std::string::npos);
}

TEST_CASE("hostile corpus: codes and slugs that would form paths are refused; nothing is written anywhere",
          "[hostile][corpus][paths]") {
  const std::vector<std::string> names = {
      "..", ".", "../../../../tmp/gongkai-escape", "a/b", "a\\\\b", "a\\u0000b", ".hidden", "CON", "nul", "LPT1",
      "/etc/cron.d/x", "~root", "a b", "%2e%2e", "-rf", std::string(80, 'a')};
  struct Field {
    const char* what;
    const char* from;  // the JSON text to replace, once
    const char* to;    // with %s for the name
  };
  const std::vector<Field> fields = {
      {"department code", "\"code\": \"666\"", "\"code\": \"%s\""},
      {"jurisdiction code", "\"code\": \"130322\"", "\"code\": \"%s\""},
      {"project code", "\"code\": \"GK000\"", "\"code\": \"%s\""},
      {"project slug", "\"name\": \"项目 <img", "\"slug\": \"%s\", \"name\": \"项目 <img"},
  };
  const std::string original = ReadWholeFile(CorpusPath() + "/" + kDepartmentFile);
  for (const Field& field : fields) {
    for (const std::string& name : names) {
      INFO(field.what << " = " << name);
      TempFolder folder;
      fs::copy(CorpusPath(), folder.path() + "/content", fs::copy_options::recursive);
      std::string json = original;
      std::string replacement = field.to;
      replacement.replace(replacement.find("%s"), 2, name);
      const size_t at = json.find(field.from);
      REQUIRE(at != std::string::npos);
      json.replace(at, std::string(field.from).size(), replacement);
      std::ofstream(folder.path() + "/content/" + kDepartmentFile) << json;
      const auto before = ListTree(folder.path());

      const ProcessResult run = Build(folder.path() + "/content", folder.path() + "/out/site");
      INFO(run.output.substr(0, 1500));
      CHECK(run.status == 1);
      CHECK(run.output.find("nothing written") != std::string::npos);
      CHECK(ListTree(folder.path()) == before);
      CHECK_FALSE(fs::exists("/tmp/gongkai-escape"));
      CHECK_FALSE(fs::exists("/tmp/gongkai-escape.html"));
    }
  }
}

TEST_CASE("hostile corpus: the writer refuses paths that leave the output folder on its own", "[hostile][paths]") {
  TempFolder folder;
  for (const std::string& path : {std::string("../escape.html"), std::string("/tmp/gongkai-escape.html"),
                                  std::string("a/../../escape.html"), std::string("a\\..\\escape.html"),
                                  std::string("ok/\0/x.html", 11)}) {
    INFO(path);
    Diagnostics diagnostics;
    CHECK_FALSE(WriteSiteAtomically(folder.path() + "/out/site", {{"index.html", "x"}, {path, "x"}}, diagnostics));
    CHECK(diagnostics.error_count() == 1);
    CHECK_FALSE(fs::exists(folder.path() + "/out/site"));
    CHECK_FALSE(fs::exists(folder.path() + "/out/escape.html"));
    CHECK_FALSE(fs::exists(folder.path() + "/escape.html"));
    CHECK_FALSE(fs::exists("/tmp/gongkai-escape.html"));
  }
}
