// HTML input: a 预算公开 column page written out here, with the markup such
// pages have (rowspan, colspan, <br>, &nbsp;, unclosed tags, a script).
#include <catch2/catch.hpp>
#include <string>

#include "importer/document_importer.h"
#include "importer/format_detector.h"
#include "importer/document_input.h"

namespace gongkai {
namespace {

const char* const kPage = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>不是正文</title>
<script>var x = "第二部分 预算项目绩效目标";</script><style>p{}</style></head>
<body>
<div class="nav">首页 &gt; 预算公开</div>
<h1>中共示例县委组织部</h1>
<p>2024年部门预算绩效文本</p>
<h2>第一部分 部门整体绩效目标</h2>
<h3>一、总体绩效目标</h3>
<p>&nbsp;&nbsp;全面提升组织
   工作水平。</p>
<h2>第二部分 预算项目绩效目标</h2>
<p>1.党刊征订费绩效目标表</p>
<table border="1">
<tr><td colspan="5">203001中共示例县委组织部本级</td><td colspan="2">单位：万元</td></tr>
<tr><td>项目编码</td><td colspan="2">13052924P005840120862</td><td>项目名称</td><td colspan="3">党刊征订费</td></tr>
<tr><td rowspan="2">预算规模及资金用途</td><td>预算数</td><td>16.80</td><td>其中：财政资金</td><td>16.80</td><td>其他资金</td><td>0</td></tr>
<tr><td colspan="6">支付党刊<br>征订费用。</td></tr>
<tr><td>资金支出计划（%）</td><td>3月底</td><td>6月底</td><td>10月底</td><td>12月底</td></tr>
<tr><td></td><td></td><td>40%</td><td></td><td>100%</td></tr>
<tr><td>绩效目标</td><td colspan="6"><p>1.保障党刊征订。</p><p>2.促进党员学习。</td></tr>
<tbody>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>绩效指标描述</th><th>指标值</th><th>指标值确定依据</th></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>订购份数</td><td>订购党刊份数</td><td>1000 份</td><td>实际测算</td></tr>
<tr><td>时效指标</td><td>完成时限</td><td>完成的时间</td><td>12 月底</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>党员满意度</td><td>满意程度</td><td>≥95%</td><td>满意度调查</td></tr>
</tbody></table>
</body></html>
)";

TEST_CASE("HTML: paragraphs and a table with rowspan and colspan become a project", "[importer][html]") {
  Diagnostics diagnostics;
  const auto document = ReadDocumentBytes("gongkai.html", kPage, diagnostics);
  REQUIRE(document);
  CHECK(document->kind == SourceKind::kHtml);
  const ImportedDocument imported = ImportDocument(*document, IdentityOverrides{}, diagnostics);
  std::string problems;
  for (const Diagnostic& d : diagnostics.all()) problems += FormatDiagnostic(d) + "\n";
  INFO(problems);
  REQUIRE_FALSE(diagnostics.HasErrors());
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kHtml));
  const DepartmentYear& d = imported.department;
  CHECK(d.department.name == "中共示例县委组织部");
  CHECK(d.title == "2024年部门预算绩效文本");
  // &nbsp; indentation dropped, the line break inside Chinese text closed.
  CHECK(d.goals.overall == std::vector<std::string>{"全面提升组织工作水平。"});
  REQUIRE(d.projects.size() == 1);
  const Project& project = d.projects[0];
  CHECK(project.code == "13052924P005840120862");
  CHECK(project.budget->ToString() == "16.80");
  CHECK(project.purpose == "支付党刊\n征订费用。");  // <br> kept as a line break in the cell
  CHECK(project.plan.cumulative == std::array<std::string, 4>{"", "40%", "", "100%"});
  CHECK(project.goals == std::vector<std::string>{"保障党刊征订。", "促进党员学习。"});
  REQUIRE(project.indicators.size() == 3);
  CHECK(project.indicators[1].level1 == "产出指标");  // under the rowspan
  CHECK(project.indicators[1].level2 == "时效指标");
  CHECK(project.indicators[1].value.text == "12 月底");
  CHECK(project.indicators[2].basis == "满意度调查");
}

TEST_CASE("HTML is told from its start or its name; a page without a charset is UTF-8", "[importer][html]") {
  Diagnostics diagnostics;
  const auto bare = ReadDocumentBytes("page.txt", "  <html><body><p>中文段落</p></body></html>", diagnostics);
  REQUIRE(bare);
  CHECK(bare->kind == SourceKind::kHtml);
  REQUIRE(bare->lines.size() == 1);
  CHECK(bare->lines[0].text == "中文段落");
  const auto named = ReadDocumentBytes("page.htm", "<p>一</p><p>二</p>", diagnostics);
  REQUIRE(named);
  CHECK(named->lines.size() == 2);
  CHECK(diagnostics.all().empty());
}

}  // namespace
}  // namespace gongkai
