// The importer's text repairs, one by one, on inline text: what extraction
// damage they undo and, as important, what published text they leave alone.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "importer/cell_repair.h"
#include "importer/cjk_text.h"
#include "importer/markdown_paragraphs.h"
#include "importer/project_table.h"
#include "importer/word_field_codes.h"
#include "importer/markdown_tables.h"
#include "importer/ocr_markdown.h"
#include "importer/ocr_table_rows.h"
#include "importer/outline_headings.h"

namespace gongkai {
namespace {

TEST_CASE("a cell split by a space between two Chinese characters is rejoined", "[importer]") {
  CHECK(MendSplitCell("社会效益指 标") == "社会效益指标");
  CHECK(MendSplitCell("服务对象满 意度指标") == "服务对象满意度指标");
  CHECK(MendSplitCell("发放单据测 算") == "发放单据测算");
  CHECK(MendSplitCell("资金支出计 划（%）") == "资金支出计划（%）");  // 划 and full-width （
  CHECK(MendSplitCell("保障大数据 中心工作正 常开展") == "保障大数据中心工作正常开展");
  CHECK(MendSplitCell("正常开展工   作") == "正常开展工作");  // a run of spaces is one seam
  // Chinese quotes are full-width: the table of contents prints this name
  // without the space.
  CHECK(MendSplitCell("“名校英才入冀” 人员房租补助") == "“名校英才入冀”人员房租补助");
}

TEST_CASE("spaces next to Latin letters and digits stay as printed", "[importer]") {
  CHECK(MendSplitCell("1000 份") == "1000 份");
  CHECK(MendSplitCell("12 月底") == "12 月底");
  CHECK(MendSplitCell("提高 12345 热线服务质 量") == "提高 12345 热线服务质量");
  CHECK(MendSplitCell("保障巨好办 APP 正常运行") == "保障巨好办 APP 正常运行");
  CHECK(MendSplitCell("邢组字 [2015]14 号") == "邢组字 [2015]14 号");  // ASCII bracket
  CHECK(MendSplitCell(" 前后 ") == " 前后 ");  // no character on one side: not a seam
  CHECK(MendSplitCell("") == "");
}

TEST_CASE("a project code wrapped by the PDF is reassembled", "[importer]") {
  CHECK(ReassembleCode("13052924P0058401208 62") == "13052924P005840120862");
  CHECK(ReassembleCode("13052923P0058521011 3B") == "13052923P00585210113B");
  CHECK(ReassembleCode("130322210TL1EUNN2FE59") == "130322210TL1EUNN2FE59");
  CHECK(LooksLikeProjectCode("13052924P005840120862"));
  CHECK(LooksLikeProjectCode("130322210TL1EUNN2FE59"));
  CHECK_FALSE(LooksLikeProjectCode("13052924P0058401208 62"));
  CHECK_FALSE(LooksLikeProjectCode("1305292"));
  CHECK_FALSE(LooksLikeProjectCode("13052a24P005840120862"));
}

TEST_CASE("Word field codes are removed, braced or bare", "[importer]") {
  CHECK(StripWordFieldCodes("一、总体绩效目标{ TC 总体绩效目标 \\f A \\l 1 }") == "一、总体绩效目标");
  CHECK(StripWordFieldCodes("1.2021年选聘高校毕业生到村任职中央补助资金绩效目标表"
                            "{ TC 1、2021年选聘高校毕业生到村任职中央补助资金绩效目标表 \\f C \\l 1 }") ==
        "1.2021年选聘高校毕业生到村任职中央补助资金绩效目标表");
  // Seed 002 prints the code without braces, with escaped quotes inside.
  CHECK(StripWordFieldCodes("13.“三创四建”专项经费绩效目标表 TC 13、\\“三创四建\\”专项经费绩效目标表 \\f C \\l 1 ") ==
        "13.“三创四建”专项经费绩效目标表");
  // Text that merely mentions TC keeps it.
  CHECK(StripWordFieldCodes("采购 TC 型号设备") == "采购 TC 型号设备");
  CHECK(StripWordFieldCodes("{ TC 无开关 }") == "{ TC 无开关 }");
  CHECK(StripWordFieldCodes("\t203001中国共产党昌黎县委员会组织部本级") == "\t203001中国共产党昌黎县委员会组织部本级");
}

TEST_CASE("numbered goals are split where the next number starts", "[importer]") {
  // PDF text: one cell, goals separated by spaces.
  CHECK(SplitNumberedGoals("1.通过经费支出保障党刊征订。 2.通过党刊征订促进党员干部学习。 3.通过党刊征订加强思想政治建设。") ==
        std::vector<std::string>{"通过经费支出保障党刊征订。", "通过党刊征订促进党员干部学习。",
                                 "通过党刊征订加强思想政治建设。"});
  // Numbers that are not the next goal's stay in the text.
  CHECK(SplitNumberedGoals("1.为 291 个村发放经费。 2.为 1165 名村“两委”干部发放补贴。") ==
        std::vector<std::string>{"为 291 个村发放经费。", "为 1165 名村“两委”干部发放补贴。"});
  CHECK(SplitNumberedGoals("1.增长 2.5% 以上 2.按时完成") == std::vector<std::string>{"增长 2.5% 以上", "按时完成"});
  // Word text: one paragraph per goal; a goal may number its own points.
  CHECK(SplitNumberedGoals("1.1.强化培训。2.加强培养。\n2.1.创新方法。2.提高能力。") ==
        std::vector<std::string>{"1.强化培训。2.加强培养。", "1.创新方法。2.提高能力。"});
  CHECK(SplitNumberedGoals("按时发放补助") == std::vector<std::string>{"按时发放补助"});
  CHECK(SplitNumberedGoals("  ").empty());
}

TEST_CASE("markdown escaping only where CommonMark would read markup", "[importer]") {
  CHECK(EscapeMarkdownParagraph("1、加强组织领导") == "1、加强组织领导");
  CHECK(EscapeMarkdownParagraph("1.党员和党组织建设") == "1.党员和党组织建设");  // no space: not a list
  CHECK(EscapeMarkdownParagraph("1. 加强组织领导") == "1\\. 加强组织领导");
  CHECK(EscapeMarkdownParagraph("12) 其他") == "12\\) 其他");
  CHECK(EscapeMarkdownParagraph("# 标题") == "\\# 标题");
  CHECK(EscapeMarkdownParagraph("- 要点") == "\\- 要点");
  CHECK(EscapeMarkdownParagraph("a*b_c`d[e]<f>&g~h\\i") == "a\\*b\\_c\\`d\\[e\\]\\<f>\\&g\\~h\\\\i");
  CHECK(ParagraphsToMarkdown({"完善制度建设。", "加强支出管理。"}) == "完善制度建设。\n\n加强支出管理。");
}

TEST_CASE("list numbers and Chinese numbering of headings", "[importer]") {
  std::string_view rest;
  CHECK(ReadListNumber("12.三干会工作经费 绩效目标表", &rest) == 12);
  CHECK(rest == "三干会工作经费 绩效目标表");
  CHECK(ReadListNumber("2. “名校英才入冀”", &rest) == 2);
  CHECK(rest == "“名校英才入冀”");
  CHECK(ReadListNumber("1、加强组织领导", &rest) == 1);
  CHECK_FALSE(ReadListNumber("2024 年度", &rest));
  CHECK(WithoutChineseNumbering("三、工作保障措施") == "工作保障措施");
  CHECK(WithoutChineseNumbering("十二、其他") == "其他");
  CHECK(WithoutChineseNumbering("工作保障措施") == "工作保障措施");
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

TEST_CASE("OCR lines: heading and list marks, tags and wrap spaces go", "[importer][ocr]") {
  std::string removed;
  CHECK(OcrLineToText("# 中共承德高新技术产业开发 区工作委员会党群工作部本 级", &removed) ==
        "中共承德高新技术产业开发区工作委员会党群工作部本级");
  CHECK(OcrLineToText("  - 3. 绩效目标:完成档案管理中心建设", &removed) == "3. 绩效目标:完成档案管理中心建设");
  CHECK(OcrLineToText("预算规模及 资金用途\t预算数\t5.00\t<b>其中:财政</b> 资金", &removed) ==
        "预算规模及资金用途\t预算数\t5.00\t其中:财政资金");
  CHECK(removed.empty());
  CHECK(OcrLineToText("项目名称\t<del>一一位:2370</del> 院)", &removed) == "项目名称\t 院)");
  CHECK(removed == "一一位:2370");
  // Text in angle brackets that is no tag stays.
  CHECK(OcrLineToText("按照<河北省大组工网入网实施方案>", &removed) == "按照<河北省大组工网入网实施方案>");
  // OCR prints full-width punctuation as ASCII: a space next to it is a seam too.
  CHECK(MendOcrSeams("切实提升干部队伍素质, 推进干部人事制度") == "切实提升干部队伍素质,推进干部人事制度");
  CHECK(MendOcrSeams("2023 年部门预算") == "2023 年部门预算");
  CHECK(MendOcrSeams("≥50 个") == "≥50 个");
}

TEST_CASE("OCR noise cells are stray marks, never text or numbers", "[importer][ocr]") {
  for (const char* noise : {"•", "·", "_", "Ę", "II", "Ţ.", "₹", "·····················", "'"}) {
    INFO(noise);
    CHECK(IsOcrNoise(noise));
  }
  for (const char* text : {"无", "1", "≥1次", "APP", "100%", "档案", "a b c"}) {
    INFO(text);
    CHECK_FALSE(IsOcrNoise(text));
  }
}

TEST_CASE("a code OCR split over two columns and a line is put back in order", "[importer][ocr]") {
  CHECK(ReassembleCodeParts({"13081123P0 1X", "0001251000"}) == "13081123P000012510001X");
  CHECK(ReassembleCodeParts({"13081123P0001991000 17"}) == "13081123P000199100017");
  CHECK(ReassembleCodeParts({"13052924P0058401208 62"}) == "13052924P005840120862");
  CHECK(ReassembleCodeParts({"13081123P0", "0001971000"}) == "13081123P00001971000");
  CHECK(ReassembleCodeParts({}).empty());
}

TEST_CASE("headings are told by their words, however they are numbered", "[importer]") {
  const auto kind = [](const std::string& text) {
    const auto heading = ClassifyHeading({1, text});
    return heading ? static_cast<int>(heading->kind) : -1;
  };
  const auto id = [](const std::string& text) { return ClassifyHeading({1, text})->id; };
  CHECK(kind("第一部分:部门职责及机构设置情况") == static_cast<int>(HeadingKind::kNarrative));
  CHECK(id("第一部分:部门职责及机构设置情况") == "duties");
  CHECK(id("四、财政拨款“三公”经费预算情况及增减变化原因") == "official-costs");
  CHECK(id("九、其他需要说明的事项") == "other");
  CHECK(id("第八部分：名词解释") == "glossary");
  CHECK(kind("五、预算绩效信息") == static_cast<int>(HeadingKind::kContainer));
  CHECK(kind("   部门整体绩效目标:") == static_cast<int>(HeadingKind::kContainer));
  CHECK(kind("预算项目绩效目标：") == static_cast<int>(HeadingKind::kContainer));
  CHECK(kind("三、工作保障措施") == static_cast<int>(HeadingKind::kMeasures));
  CHECK(kind("部门预算财政拨款“三公”经费支出表") == static_cast<int>(HeadingKind::kBudgetTable));
  CHECK(kind("40.2021年省级残疾人事业发展补助资金（残疾人教育就业及托养补助）冀财社【2020】197号绩效目标表") ==
        static_cast<int>(HeadingKind::kProject));
  // Not headings: unnumbered narrative words, sentences, table cells.
  CHECK(kind("部门职责：") == -1);
  CHECK(kind("机构设置：") == -1);
  CHECK(kind("一、部门职责，详见下文。") == -1);
  CHECK(kind("\t1.按时发放绩效目标表") == -1);
  CHECK(kind("部门固定资产占用情况表") == -1);
  CHECK(kind("第七部分：机构运转的新情况") == static_cast<int>(HeadingKind::kNarrative));
  CHECK(id("第七部分：机构运转的新情况").empty());  // a part of unknown title: numbered later
}

TEST_CASE("a published table becomes a markdown table, its cells escaped", "[importer]") {
  CHECK(TableToMarkdown({{"项目", "数量"}, {"车辆|台", "9"}, {"合计"}}) ==
        "| 项目 | 数量 |\n| --- | --- |\n| 车辆\\|台 | 9 |\n| 合计 | |");
  CHECK(TableToMarkdown({{"a*b", "1. 项"}}) == "| a\\*b | 1\\. 项 |\n| --- | --- |");
}

}  // namespace
}  // namespace gongkai
