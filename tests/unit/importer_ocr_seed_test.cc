// The importer on seed 000, OCR markdown of 承德高新区党群工作部's 2023 绩效文本,
// with its reviewed patch file (content/patches). Expected values were read
// off the seed (line numbers given) and, where the OCR is damaged, off what
// the same table prints elsewhere; never copied from the importer's output.
#include <array>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "importer/document_importer.h"
#include "importer/format_detector.h"
#include "importer/document_input.h"
#include "importer/source_patches.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

const std::string kSeed = std::string(GONGKAI_SOURCE_DIR) + "/content/sources/000_f79a4c65a83f20f0.txt";

struct Imported {
  ImportedDocument document;
  Diagnostics diagnostics;
};

Imported ImportSeed(bool with_patches) {
  Imported imported;
  const auto document = ReadDocumentFile(kSeed, imported.diagnostics);
  REQUIRE(document);
  std::optional<PatchFile> patches;
  if (with_patches) {
    const std::string path = PatchFilePath(std::string(GONGKAI_SOURCE_DIR) + "/content/patches", kSeed);
    std::string text, error;
    REQUIRE(ReadFileBytes(path, text, error));
    patches = ParsePatchFile(path, text, imported.diagnostics);
    REQUIRE(patches);
  }
  ImportOptions options;
  options.patches = patches ? &*patches : nullptr;
  imported.document = ImportDocument(*document, options, imported.diagnostics);
  return imported;
}

struct Expected {
  const char* name;
  const char* code;  // "" where the OCR left the code unreadable
  const char* budget;
};

TEST_CASE("seed 000: OCR markdown of 承德高新区党群工作部's 2023 绩效文本", "[importer][seed]") {
  const Imported imported = ImportSeed(true);
  std::string messages;
  for (const Diagnostic& d : imported.diagnostics.all()) messages += FormatDiagnostic(d) + "\n";
  INFO(messages);
  REQUIRE(imported.diagnostics.all().empty());
  const DepartmentYear& d = imported.document.department;
  CHECK(imported.document.report.format == DocumentFormatName(DocumentFormat::kOcrMarkdown));
  CHECK(d.year == 2023);                            // line 3
  CHECK(d.jurisdiction.code == "130811");           // every code starts 13081123
  CHECK(d.jurisdiction.name == "承德高新技术产业开发区");
  CHECK(d.department.code == "102");                // unit 102001, line 55
  CHECK(d.department.name == "中共承德高新技术产业开发区工作委员会党群工作部");  // line 1, without 本级
  CHECK(d.folder == "2023/130811-102");
  REQUIRE(d.units.size() == 1);
  CHECK(d.units[0].name == "中共承德高新技术产业开发区工作委员会党群工作部本级");

  // Codes: printed whole on lines 57, 345, 392; split over two columns and a
  // line (84 "13081123P0 1X" | "0001251000") elsewhere, where the character
  // at the cut was read twice. Unreadable: 105–106 (two middles), 130, 177,
  // 201, 225 (no last part), 297–298 (no middle). 预算数 on the line after.
  const std::vector<Expected> expected = {
      {"党建活动专项", "13081123P00012210001W", "5.00"},
      {"党员教育管理", "13081123P00012510001X", "5.00"},
      {"典型示范点培树", "", "50.00"},
      {"妇工委活动专项(含美丽庭院)", "", "15.00"},
      {"干部教育培训", "13081123P00019410001T", "100.00"},
      {"干部人事档案\"三化\"建设", "", "30.00"},
      {"公务员管理工作专项", "", "1.80"},
      {"基层待遇保障专项(含村级组织运转)", "", "56.00"},
      {"基层待遇保障专项(含村级组织运转)", "13081123P00011910003L", "450.00"},  // same name, own code
      {"基层干部培训", "13081123P00012810001Y", "70.00"},
      {"老干部工作专项", "", "26.79"},
      {"人才工作专项", "13081123P000193100015", "10.00"},
      {"统战工作专项", "13081123P000199100017", "5.00"},
      {"团务活动经费", "13081123P000196100016", "5.00"},
      {"驻村工作经费", "13081123P00019110001R", "14.04"}};
  REQUIRE(d.projects.size() == expected.size());
  size_t rows = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    const Project& project = d.projects[i];
    INFO("project " << i + 1);
    CHECK(project.number == static_cast<int>(i + 1));
    CHECK(project.name == expected[i].name);
    CHECK(project.code == expected[i].code);
    REQUIRE(project.budget);
    CHECK(project.budget->ToString() == expected[i].budget);
    CHECK(project.unit_code == "102001");
    // Four 产出, four 效益 and one 满意度 row each (the last table's 满意度
    // row is line 409, the file's last).
    CHECK(project.indicators.size() == 9);
    rows += project.indicators.size();
  }
  CHECK(rows == 135);

  const Project& first = d.projects[0];  // lines 55–79, header block above the heading
  CHECK(first.purpose == "组织区内党员活动");  // line 59, label patched
  CHECK(first.plan.cumulative == std::array<std::string, 4>{"25%", "50%", "75%", "100%"});
  CHECK_FALSE(first.fiscal_funds.has_value());  // line 58: OCR read the cell blank
  CHECK(first.indicators[0].level1 == "产出指标");  // printed on line 70, a row lower
  CHECK(first.indicators[2].level1 == "产出指标");  // line 71 prints ")山村自沙"
  CHECK(first.indicators[7].level2 == "可持续影响指标");  // lines 76 and 78
  CHECK(first.indicators[8].value.text == "≥70%");

  CHECK(d.projects[1].indicators[0].description == "反映全区党员设远教情况");  // line 91, two columns joined
  CHECK(d.projects[2].indicators[0].value.text == "≥5个");                    // line 113, patched
  CHECK(d.projects[4].plan.cumulative == std::array<std::string, 4>{"", "50%", "75%", "100%"});  // line 156
  CHECK(d.projects[6].budget->ToString() == "1.80");                          // line 202, label patched
  CHECK(d.projects[6].indicators[8].level2 == "服务对象满意度指标");          // lines 216 and 219
  CHECK(d.projects[6].indicators[8].basis == "公务员管理办法");
  CHECK(d.projects[7].plan.cumulative == std::array<std::string, 4>{"10%", "20%", "50%", "100%"});  // line 229
  CHECK(d.projects[9].purpose.rfind("组织村、社区、机关、\"两新\"组织党组织书记", 0) == 0);  // lines 274–275
  CHECK(d.projects[14].indicators[8].name == "驻村人员满意度");
  CHECK(d.projects[14].indicators[8].value.text == "≥80%");

  REQUIRE(d.goals.overall.size() == 1);  // line 37, wrap spaces closed
  CHECK(d.goals.overall[0].rfind("高新区党群部紧密围绕组织工作重心,结合高新区实际,统筹推进本年度", 0) == 0);
  REQUIRE(d.goals.items.size() == 4);  // lines 41–44
  CHECK(d.goals.items[0].title == "1.");
  CHECK(d.goals.items[0].goal == "加强干部管理,提升干部素质,优化人才发展环境");
  CHECK(d.goals.items[2].goal == "完成档案管理中心建设");
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].markdown.rfind("(一)加强领导,落实责任。", 0) == 0);

  size_t patched = 0;
  for (const ImportNote& note : imported.document.report.notes) patched += note.kind == NoteKind::kPatched ? 1 : 0;
  CHECK(patched == 82);
}

TEST_CASE("seed 000 without its patch file still imports, with the damage it holds", "[importer][seed]") {
  const Imported imported = ImportSeed(false);
  REQUIRE_FALSE(imported.diagnostics.HasErrors());
  const DepartmentYear& d = imported.document.department;
  REQUIRE(d.projects.size() == 15);
  CHECK(d.projects[0].purpose.empty());  // 贝亚用还 is no label the importer knows
  CHECK(d.projects[0].plan.cumulative[3] == "100 0%");
  CHECK_FALSE(d.projects[6].budget.has_value());  // the label 预算数 is lost on line 202
  bool skipped_garbage = false;
  for (const ImportNote& note : imported.document.report.notes) {
    skipped_garbage = skipped_garbage || (note.kind == NoteKind::kSkipped && note.line == 59);
  }
  CHECK(skipped_garbage);
}

}  // namespace
}  // namespace gongkai
