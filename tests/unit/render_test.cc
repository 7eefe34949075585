// Pages are checked by parsing the HTML with libxml2, not by grepping.
#include <catch2/catch.hpp>

#include "html_document.h"
#include "load/theme_loader.h"
#include "render/markdown.h"
#include "render/routes.h"
#include "render/site_renderer.h"
#include "render/template_engine.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;

namespace {

Indicator Row(const std::string& level1, const std::string& level2, const std::string& name) {
  Indicator indicator;
  indicator.level1 = level1;
  indicator.level2 = level2;
  indicator.name = name;
  indicator.value.text = "≥95%";
  return indicator;
}

Site SampleSite() {
  Site site;
  site.config.title = "测试门户";
  DepartmentYear department;
  department.year = 2024;
  department.jurisdiction = {"130529", "巨鹿县"};
  department.department = {"203", "中共巨鹿县委组织部"};
  department.folder = "2024/130529-203";
  department.units.push_back({"203001", "中共巨鹿县委组织部本级", "", "", ""});
  Project project;
  project.number = 1;
  project.code = "13052924P005840120862";
  project.slug = project.code;
  project.name = "2024 年度党刊征订费 <b>";
  project.unit_code = "203001";
  project.budget = Decimal::Parse("16.80");
  project.indicators = {Row("产出指标", "数量指标", "订购份数"), Row("产出指标", "质量指标", "征订率"),
                        Row("产出指标", "质量指标", "到达率"), Row("效益指标", "社会效益指标", "学习积极性"),
                        Row("满意度指标", "服务对象满意度指标", "党员满意度")};
  department.projects.push_back(project);
  site.departments.push_back(department);
  return site;
}

std::string ThemeDir() { return std::string(GONGKAI_SOURCE_DIR) + "/themes/default"; }

OutputFiles RenderSample(const Site& site) {
  Diagnostics diagnostics;
  const Theme theme = LoadTheme(ThemeDir(), RequiredLayouts(), diagnostics);
  const auto engine = TemplateEngine::Compile(theme, diagnostics);
  REQUIRE(engine);
  OutputFiles files = RenderSite(site, *engine, diagnostics);
  for (const Diagnostic& d : diagnostics.all()) FAIL(FormatDiagnostic(d));
  return files;
}

const OutputFile& FileAt(const OutputFiles& files, const std::string& path) {
  for (const OutputFile& file : files) {
    if (file.path == path) return file;
  }
  FAIL("no output at " << path);
  return files.front();
}

}  // namespace

TEST_CASE("the indicator table spans 一级 and 二级 cells like the printed table", "[render]") {
  const Site site = SampleSite();
  const OutputFiles files = RenderSample(site);
  const HtmlDocument page(FileAt(files, "2024/130529/203/projects/13052924P005840120862.html").bytes);
  REQUIRE(page.ok());
  CHECK(page.parse_problems() == 0);
  const std::string table = "//table[contains(@class,'indicator-table')]";
  CHECK(page.Count(table + "/tbody/tr") == 5);
  // 产出指标 spans its three rows, 质量指标 its two.
  CHECK(page.Texts(table + "//th[@scope='rowgroup']") ==
        std::vector<std::string>{"产出指标", "数量指标", "质量指标", "效益指标", "社会效益指标", "满意度指标",
                                 "服务对象满意度指标"});
  CHECK(page.Attributes(table + "//th[@scope='rowgroup']", "rowspan") ==
        std::vector<std::string>{"3", "1", "2", "1", "1", "1", "1"});
  // Every row names its 三级指标 in a row header.
  CHECK(page.Texts(table + "//th[@scope='row']").size() == 5);
}

TEST_CASE("the department page folds each indicator table in a <details>", "[render]") {
  const OutputFiles files = RenderSample(SampleSite());
  const HtmlDocument page(FileAt(files, "2024/130529/203/index.html").bytes);
  CHECK(page.parse_problems() == 0);
  CHECK(page.Count("//html[@lang='zh-CN']") == 1);
  CHECK(page.Count("//article[@id='project-13052924P005840120862']//details[not(@open)]/summary") == 1);
  CHECK(page.Count("//article//details//table/tbody/tr") == 5);
  // The project links to its own page, relatively.
  CHECK(page.Attributes("//article//h3/a", "href") ==
        std::vector<std::string>{"../../../2024/130529/203/projects/13052924P005840120862.html"});
}

TEST_CASE("content is escaped, never markup", "[render]") {
  const OutputFiles files = RenderSample(SampleSite());
  const HtmlDocument page(FileAt(files, "2024/130529/203/projects/13052924P005840120862.html").bytes);
  CHECK(page.Count("//h1//b") == 0);
  CHECK(page.Text("//h1").find("党刊征订费 <b>") != std::string::npos);
}

TEST_CASE("the project page has breadcrumbs to department, year and home", "[render]") {
  const OutputFiles files = RenderSample(SampleSite());
  const HtmlDocument page(FileAt(files, "2024/130529/203/projects/13052924P005840120862.html").bytes);
  CHECK(page.Attributes("//nav[contains(@class,'breadcrumbs')]//a", "href") ==
        std::vector<std::string>{"../../../../index.html", "../../../../2024/index.html",
                                 "../../../../2024/130529/203/index.html"});
  CHECK(page.Count("//nav[contains(@class,'breadcrumbs')]//span[@aria-current='page']") == 1);
}

TEST_CASE("the home page lists each department-year with total and project count", "[render]") {
  const OutputFiles files = RenderSample(SampleSite());
  const HtmlDocument page(FileAt(files, "index.html").bytes);
  CHECK(page.Texts("//table[contains(@class,'departments')]/tbody/tr/*") ==
        std::vector<std::string>{"中共巨鹿县委组织部", "2024年", "1", "未公开", "16.80", "历年对比"});
  FileAt(files, "404.html");
  FileAt(files, "2024/index.html");
}

TEST_CASE("relative URLs climb one level per folder", "[routes]") {
  CHECK(RelativeUrl("index.html", "2021/index.html") == "2021/index.html");
  CHECK(RelativeUrl("2021/130322/203/index.html", "index.html") == "../../../index.html");
  CHECK(RelativeUrl("2021/130322/203/projects/x.html", "assets/gongkai.css") == "../../../../assets/gongkai.css");
}

TEST_CASE("markdown: raw HTML shows as text, unsafe links become text", "[markdown]") {
  const HtmlDocument html(RenderMarkdown("前<script>alert(1)</script>后\n\n<div onclick=\"x\">块</div>\n\n"
                                         "[坏](javascript:alert(1)) [好](https://example.cn/) [本站](../x.html) "
                                         "[信](mailto:a@b.cn) [数据](data:text/html,x) ![图](https://evil.cn/a.png)"));
  CHECK(html.Count("//script") == 0);
  CHECK(html.Count("//*[@onclick]") == 0);
  CHECK(html.Count("//img") == 0);
  CHECK(html.Text("//p[1]") == "前<script>alert(1)</script>后");
  CHECK(html.Attributes("//a", "href") ==
        std::vector<std::string>{"https://example.cn/", "../x.html", "mailto:a@b.cn"});
  CHECK(html.Text("//p[3]").find("坏") != std::string::npos);
}

TEST_CASE("markdown renders GitHub tables", "[markdown]") {
  const HtmlDocument html(RenderMarkdown("| 项目 | 金额 |\n|---|---|\n| 甲 | 1.00 |\n"));
  CHECK(html.Texts("//table//td") == std::vector<std::string>{"甲", "1.00"});
}
