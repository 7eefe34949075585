// Small documents written out in full, one per trap: how each text format
// reaches the model, and what the report and the diagnostics say.
#include <array>
#include <catch2/catch.hpp>
#include <string>

#include "importer/document_importer.h"
#include "importer/document_lines.h"
#include "importer/format_detector.h"

namespace gongkai {
namespace {

ImportedDocument Import(const std::string& text, Diagnostics& diagnostics, IdentityOverrides overrides = {}) {
  return ImportDocument(MakeSourceDocument("doc.txt", text), overrides, diagnostics);
}

std::string AllDiagnostics(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) out += FormatDiagnostic(d) + "\n";
  return out;
}

bool HasNote(const ImportReport& report, NoteKind kind, int line, const std::string& what) {
  for (const ImportNote& note : report.notes) {
    if (note.kind == kind && note.line == line && note.what.find(what) != std::string::npos) return true;
  }
  return false;
}

// A Word table: one cell per line after a tab, a blank line after each row;
// the second goal is a paragraph of the same cell, without the tab.
const char* const kWordDocument =
    "第一部分\n"                                                    // 1
    "部门整体绩效目标\n"                                            // 2
    "一、总体绩效目标{ TC 总体绩效目标 \\f A \\l 1 }\n"             // 3
    "全面提升组织工作水平。\n"                                      // 4
    "二、分项绩效目标{ TC 分项绩效目标 \\f A \\l 1 }\n"             // 5
    "（一）加强干部队伍建设。\n"                                    // 6
    "\n"                                                            // 7
    "绩效目标：工资系统全覆盖。\n"                                  // 8
    "\n"                                                            // 9
    "绩效指标：全县79家单位使用工资系统。\n"                        // 10
    "三、工作保障措施{ TC 工作保障措施 \\f A \\l 1 }\n"             // 11
    "完善制度建设。\n"                                              // 12
    "\n"                                                            // 13
    "1. 加强支出管理。\n"                                           // 14
    "第二部分\n"                                                    // 15
    "预算项目绩效目标\n"                                            // 16
    "1.示范经费绩效目标表{ TC 1、示范经费绩效目标表 \\f C \\l 1 }\n"  // 17
    "\t203001中国共产党昌黎县委员会组织部本级\n"                    // 18
    "\t单位：万元\n"                                                // 19
    "\n"                                                            // 20
    "\t项目编码\n\t130322210TL1EUNN2FE59\n\t项目名称\n\t示范经费\n"  // 21-24
    "\n"                                                            // 25
    "\t预算规模及资金用途\n\t预算数\n\t20.32\n\t其中：财政资金\n\t20.32\n\t其他资金\n\t0\n"  // 26-32
    "\n"                                                            // 33
    "\t\n\t用于示范\n"                                              // 34-35
    "\n"                                                            // 36
    "\t资金支出计划（%）\n\t3月底\n\t6月底\n\t10月底\n\t12月底\n"   // 37-41
    "\n"                                                            // 42
    "\t\n\t\n\t50.00%\n\t50.00%\n\t100.00%\n"                       // 43-47
    "\n"                                                            // 48
    "\t绩效目标\n\t1.按时发放\n"                                    // 49-50
    "\n"                                                            // 51
    "2.按标准发放\n"                                                // 52
    "\n"                                                            // 53
    "\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n"  // 54-59
    "\n"                                                            // 60
    "\t产出指标\n\t数量指标\n\t人数\n\t保障人数\n\t≥10人\n\t工作计划\n"  // 61-66
    "\n"                                                            // 67
    "\t\n\t质量指标\n\t发放率\n\t发放比例\n\t100%\n\t\n"           // 68-73
    "\n"                                                            // 74
    "\t满意度指标\n\t服务对象满意度指标\n\t满意度\n\t满意程度\n\t≥95%\n\t调查\n";  // 75-80

TEST_CASE("Word text: cells per line, field codes, carried-down levels", "[importer]") {
  Diagnostics diagnostics;
  const ImportedDocument imported = Import(kWordDocument, diagnostics);
  INFO(AllDiagnostics(diagnostics));
  REQUIRE_FALSE(diagnostics.HasErrors());
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kWordText));
  const DepartmentYear& department = imported.department;
  CHECK(department.department.code == "203");
  CHECK(department.department.name == "中国共产党昌黎县委员会组织部");
  CHECK(department.jurisdiction.code == "130322");
  CHECK(department.jurisdiction.name == "昌黎县");
  CHECK(department.year == 2021);
  CHECK(department.folder == "2021/130322-203");
  CHECK(department.source == "doc.txt");
  CHECK(department.goals.overall == std::vector<std::string>{"全面提升组织工作水平。"});
  REQUIRE(department.goals.items.size() == 1);
  CHECK(department.goals.items[0].title == "（一）加强干部队伍建设。");
  CHECK(department.goals.items[0].goal == "工资系统全覆盖。");
  CHECK(department.goals.items[0].indicators == "全县79家单位使用工资系统。");
  REQUIRE(department.sections.size() == 1);
  CHECK(department.sections[0].id == "measures");
  CHECK(department.sections[0].title == "工作保障措施");
  CHECK(department.sections[0].markdown == "完善制度建设。\n\n1\\. 加强支出管理。");

  REQUIRE(department.projects.size() == 1);
  const Project& project = department.projects[0];
  CHECK(project.number == 1);
  CHECK(project.code == "130322210TL1EUNN2FE59");
  CHECK(project.name == "示范经费");
  CHECK(project.unit_code == "203001");
  CHECK(project.budget->ToString() == "20.32");
  CHECK(project.other_funds->ToString() == "0");
  CHECK(project.purpose == "用于示范");
  CHECK(project.plan.cumulative == std::array<std::string, 4>{"", "50.00%", "50.00%", "100.00%"});
  CHECK(project.goals == std::vector<std::string>{"按时发放", "按标准发放"});
  REQUIRE(project.indicators.size() == 3);
  CHECK(project.indicators[1].level1 == "产出指标");  // carried down over the merged cell
  CHECK(project.indicators[1].level2 == "质量指标");
  CHECK(project.indicators[1].basis == "");
  CHECK(project.indicators[2].level1 == "满意度指标");
  CHECK(project.indicators[2].value.text == "≥95%");
  CHECK(project.indicators[0].origin.line == 61);

  CHECK(HasNote(imported.report, NoteKind::kRepair, 3, "去掉 Word 域代码"));
  CHECK(HasNote(imported.report, NoteKind::kRepair, 17, "去掉 Word 域代码"));
  CHECK(HasNote(imported.report, NoteKind::kGuess, 18, "部门名称取自单位 203001"));
  CHECK(HasNote(imported.report, NoteKind::kGuess, 22, "行政区划代码 130322"));
}

// PDF text: rows on one line, tab-separated; a wrapped code, split cells, a
// blank 3月底 and an empty column after it, the header repeated after a page
// break.
const char* const kPdfDocument =
    "示例县委组织部\n"                                                                   // 1
    "2024 年部门预算绩效文本\n"                                                          // 2
    "(草案)\n"                                                                           // 3
    "\n"                                                                                 // 4
    "示例县委组织部编制\n"                                                               // 5
    "第二部分\n"                                                                         // 6
    "预算项目绩效目标\n"                                                                 // 7
    "7.示范经费绩效目标表\n"                                                             // 8
    "203003 示例县大数据发展中心\n"                                                      // 9
    "单位：万元\n"                                                                       // 10
    "项目编码\t13052924P0058401208 62\t\t项目名称\t示范 经费\t\t\n"                      // 11
    "预算规模及 资金用途\t预算数\t16.80\t其中：财政 资金\t16.80\t其他资金\t\n"            // 12
    "\t支付费用。\t\t\t\t\t\n"                                                           // 13
    "资金支出计 划（%）\t3 月底\t\t6 月底\t10 月底\t12 月底\t\n"                         // 14
    "\t\t\t40%\t\t100%\t\n"                                                              // 15
    "绩效目标\t1.保障运行 2.提高水平\t\t\t\t\t\n"                                         // 16
    "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定 依据\t\n"            // 17
    "产出指标\t数量指标\t份数\t订购份数\t1000 份\t实际测算\t\n"                           // 18
    "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定 依据\t\n"            // 19
    "\t时效指标\t完成时限\t完成的时间\t12 月底\t支出进度表\t\n"                           // 20
    "效益指标\t社会效益指 标\t积极性\t学习积极性\t≥95%\t发放单据测 算\t\n";               // 21

TEST_CASE("PDF text: wrapped code, split cells, plan by column, repeated header", "[importer]") {
  Diagnostics diagnostics;
  const ImportedDocument imported = Import(kPdfDocument, diagnostics, IdentityOverrides{});
  INFO(AllDiagnostics(diagnostics));
  REQUIRE_FALSE(diagnostics.HasErrors());
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kPdfText));
  const DepartmentYear& department = imported.department;
  CHECK(department.title == "2024 年部门预算绩效文本(草案)");
  CHECK(department.department.name == "示例县委组织部");
  CHECK(department.jurisdiction.name == "示例县");
  CHECK(department.year == 2024);
  REQUIRE(department.projects.size() == 1);
  const Project& project = department.projects[0];
  CHECK(project.number == 7);
  CHECK(project.code == "13052924P005840120862");
  CHECK(project.name == "示范经费");
  CHECK(project.unit_code == "203003");
  CHECK(project.fiscal_funds->ToString() == "16.80");
  CHECK_FALSE(project.other_funds.has_value());  // blank cell: absent, not 0
  CHECK(project.purpose == "支付费用。");
  // Values sit under their milestones: 3 月底 spans two columns.
  CHECK(project.plan.cumulative == std::array<std::string, 4>{"", "40%", "", "100%"});
  CHECK(project.goals == std::vector<std::string>{"保障运行", "提高水平"});
  REQUIRE(project.indicators.size() == 3);
  CHECK(project.indicators[0].value.text == "1000 份");
  CHECK(project.indicators[1].level1 == "产出指标");
  CHECK(project.indicators[1].value.text == "12 月底");
  CHECK(project.indicators[2].level2 == "社会效益指标");
  CHECK(project.indicators[2].basis == "发放单据测算");

  const ImportReport& report = imported.report;
  CHECK(HasNote(report, NoteKind::kRepair, 11, "折断的项目编码接回"));
  CHECK(HasNote(report, NoteKind::kRepair, 21, "被空格拆开的单元格接回"));
  CHECK(HasNote(report, NoteKind::kRepair, 19, "分页后重复的表头"));
  CHECK(HasNote(report, NoteKind::kGuess, 2, "标题由第 2–3 行接成"));
  CHECK(HasNote(report, NoteKind::kSkipped, 5, "封面的行，未导入"));
}

// OCR markdown: the header block printed above its heading, a code cut in
// two columns and a line, the description header split in two columns, the
// 一级指标 printed in the middle of its rows, a row cut by a page break.
const char* const kOcrDocument =
    "# 示例县委组织部\n"                                                                    // 1
    "2024 年部门预算绩效文本\n"                                                             // 2
    "## 第二部分 预算项目绩效目标\n"                                                        // 3
    "#### 203001 示例县委组织部本级\n"                                                      // 4
    "项目编码\t13052924P00012210001W\t\t项目名称\t<b>党建</b>活动\t\t\n"                   // 5
    "预算规模及 资金用途\t预算数\t5.00\t其中:财政 资金\t5.00\t其他资金\t\n"                 // 6
    "资金用途\t组织党员\t活动\t•\t\n"                                                       // 7
    "资金支出计\t3 F\t]底\t6 月底\t10 月底\t12\t月底\n"                                     // 8
    "划(%)\t25%\t\t50%\t75%\t100%\t\n"                                                      // 9
    "绩效目标\t1.组织党员\t活动\t\t\n"                                                      // 10
    "## 1.党建活动绩效目标表\n"                                                             // 11
    "一级指标\t二级指标\t三级指标\t绩效指\t标描述\t指标值\t指标值确定 依据\n"               // 12
    "\t数量指标\t活动次数\t开展党内\t活动次数\t≥1次\t计划\n"                                // 13
    "产出指标\t质量指标\t覆盖率\t活动覆盖率\t\t≥85%\t计划\n"                                // 14
    "满意度指标\t服务对象满\t满意度\t党员满意度\t\t≥70%\t计划\n"                            // 15
    "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"                   // 16
    "\t意度指标\t\t\t\t调查\n"                                                              // 17
    "## 2.党员教育绩效目标表\n"                                                             // 18
    "项目编码\t13052924P0 1X\t0001251000\t项目名称\t党员教育\t\n"                           // 19
    "预算规模及 资金用途\t预算数\t5.00\t其中:财政 资金\t5.00\t其他资金\t\n"                 // 20
    "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\n"                   // 21
    "产出指标\t数量指标\t站点数量\t站点数量\t≥50 个\t计划\n";                               // 22

TEST_CASE("OCR markdown: columns regrouped, rows joined, levels and codes recovered", "[importer][ocr]") {
  Diagnostics diagnostics;
  const ImportedDocument imported = Import(kOcrDocument, diagnostics);
  INFO(AllDiagnostics(diagnostics));
  REQUIRE_FALSE(diagnostics.HasErrors());
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kOcrMarkdown));
  const DepartmentYear& department = imported.department;
  CHECK(department.department.name == "示例县委组织部");
  REQUIRE(department.projects.size() == 2);
  const Project& first = department.projects[0];
  CHECK(first.code == "13052924P00012210001W");
  CHECK(first.name == "党建活动");  // the heading's, and the cell's once its tag is gone
  CHECK(first.unit_code == "203001");  // line 4, above the heading
  CHECK(first.purpose == "组织党员活动");  // two columns, the bullet dropped
  CHECK(first.plan.cumulative == std::array<std::string, 4>{"25%", "50%", "75%", "100%"});
  CHECK(first.goals == std::vector<std::string>{"组织党员活动"});
  REQUIRE(first.indicators.size() == 3);
  CHECK(first.indicators[0].level1 == "产出指标");  // printed a row lower
  CHECK(first.indicators[0].description == "开展党内活动次数");
  CHECK(first.indicators[0].value.text == "≥1次");
  CHECK(first.indicators[2].level2 == "服务对象满意度指标");  // lines 15 and 17
  CHECK(first.indicators[2].basis == "计划调查");
  const Project& second = department.projects[1];
  CHECK(second.code == "13052924P00012510001X");  // the 0 at the cut read twice
  CHECK(second.unit_code == "203001");            // no unit line: the table before's
  CHECK(HasNote(imported.report, NoteKind::kGuess, 4, "读作该表的开头"));
  CHECK(HasNote(imported.report, NoteKind::kRepair, 17, "接续上一行的行"));
  CHECK(HasNote(imported.report, NoteKind::kGuess, 18, "折行处的字符被两栏各读了一次"));
}

TEST_CASE("a plan value under no milestone is an error with its line", "[importer]") {
  std::string text = kPdfDocument;
  const std::string values = "\t\t\t40%\t\t100%\t\n";
  text.replace(text.find(values), values.size(), "\t\t30%\t40%\t\t100%\t\n");
  Diagnostics diagnostics;
  Import(text, diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(FormatDiagnostic(diagnostics.all()[0]).rfind("doc.txt:15: error: 支出计划的值“30%”不在任何时间节点下面", 0) == 0);
}

TEST_CASE("an indicator row without a level to carry down is an error", "[importer]") {
  std::string text = kPdfDocument;
  const std::string first = "产出指标\t数量指标\t份数";
  text.replace(text.find(first), first.size(), "\t\t份数");
  Diagnostics diagnostics;
  Import(text, diagnostics);
  REQUIRE(diagnostics.HasErrors());
  CHECK(diagnostics.all()[0].where.line == 18);
  CHECK(diagnostics.all()[0].message.find("这一行没有一级指标") != std::string::npos);
}

TEST_CASE("the flags --year and --jurisdiction win over what the document says", "[importer]") {
  Diagnostics diagnostics;
  IdentityOverrides overrides;
  overrides.year = 2023;
  overrides.jurisdiction_code = "130500";
  overrides.jurisdiction_name = "邢台市";
  const ImportedDocument imported = Import(kPdfDocument, diagnostics, overrides);
  REQUIRE_FALSE(diagnostics.HasErrors());
  CHECK(imported.department.year == 2023);
  CHECK(imported.department.jurisdiction.code == "130500");
  CHECK(imported.department.jurisdiction.name == "邢台市");
  CHECK(imported.department.folder == "2023/130500-203");
}

TEST_CASE("formats are told apart by the shape of their lines", "[importer]") {
  CHECK(DetectDocumentFormat(MakeSourceDocument("a", kWordDocument).lines).format == DocumentFormat::kWordText);
  CHECK(DetectDocumentFormat(MakeSourceDocument("a", kPdfDocument).lines).format == DocumentFormat::kPdfText);
  std::string pdf;
  for (int i = 0; i < 12; ++i) pdf += "产出指标\t数量指标\t份数\n";
  CHECK(DetectDocumentFormat(MakeSourceDocument("a", pdf).lines).format == DocumentFormat::kPdfText);
  CHECK(DetectDocumentFormat(MakeSourceDocument("a", "## 目录\n<b>a</b>\n# 标题\n" + pdf).lines).format ==
        DocumentFormat::kOcrMarkdown);
}

TEST_CASE("a document in no known format is refused", "[importer]") {
  Diagnostics diagnostics;
  Import("只有一行文字\n", diagnostics);
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.all()[0].message.find("无法判断这份文本的提取方式") != std::string::npos);
}

TEST_CASE("lines keep their numbers; CRLF and a byte order mark are dropped", "[importer]") {
  const SourceDocument document = MakeSourceDocument("x.txt", "\xEF\xBB\xBF" "a\r\n\r\nb");
  REQUIRE(document.lines.size() == 3);
  CHECK(document.lines[0].text == "a");
  CHECK(document.lines[2].number == 3);
  CHECK(document.lines[2].text == "b");
  CHECK(MakeSourceDocument("x.txt", "a\n").lines.size() == 1);
}

}  // namespace
}  // namespace gongkai
