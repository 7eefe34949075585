// The importer on the two real documents it was written for. Every expected
// value below was read off the seed text by hand (line numbers given), not
// copied from the importer's output.
#include <array>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "importer/document_importer.h"
#include "importer/format_detector.h"
#include "importer/document_lines.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

std::string SeedPath(const std::string& name) { return std::string(GONGKAI_SOURCE_DIR) + "/content/sources/" + name; }

ImportedDocument ImportSeed(const std::string& name) {
  Diagnostics diagnostics;
  const auto document = ReadSourceDocument(SeedPath(name), diagnostics);
  REQUIRE(document);
  ImportedDocument imported = ImportDocument(*document, IdentityOverrides{}, diagnostics);
  std::string messages;
  for (const Diagnostic& d : diagnostics.all()) messages += FormatDiagnostic(d) + "\n";
  INFO(messages);
  REQUIRE(diagnostics.all().empty());  // neither errors nor warnings on these two
  return imported;
}

struct ExpectedProject {
  const char* code;
  const char* budget;
  size_t indicator_rows;
};

size_t IndicatorRows(const DepartmentYear& department) {
  size_t rows = 0;
  for (const Project& project : department.projects) rows += project.indicators.size();
  return rows;
}

void CheckProjects(const DepartmentYear& department, const std::vector<ExpectedProject>& expected) {
  REQUIRE(department.projects.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const Project& project = department.projects[i];
    INFO("project " << i + 1 << " " << project.name);
    CHECK(project.number == static_cast<int>(i + 1));
    CHECK(project.code == expected[i].code);
    REQUIRE(project.budget);
    CHECK(project.budget->ToString() == expected[i].budget);
    CHECK(project.fiscal_funds->ToString() == expected[i].budget);  // all funds are 财政资金 in both seeds
    CHECK(project.indicators.size() == expected[i].indicator_rows);
  }
}

TEST_CASE("seed 001: Word text of 昌黎县委组织部's 2021 绩效目标", "[importer][seed]") {
  const ImportedDocument imported = ImportSeed("001_34bcd661c53583e1.txt");
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kWordText));
  const DepartmentYear& d = imported.department;
  CHECK(d.year == 2021);
  CHECK(d.jurisdiction.code == "130322");
  CHECK(d.jurisdiction.name == "昌黎县");
  CHECK(d.department.code == "203");
  CHECK(d.department.name == "中国共产党昌黎县委员会组织部");
  CHECK(d.title.empty());  // the text has no cover
  CHECK(d.folder == "2021/130322-203");
  REQUIRE(d.units.size() == 1);
  CHECK(d.units[0].code == "203001");
  CHECK(d.units[0].name == "中国共产党昌黎县委员会组织部本级");

  // Codes at lines 73, 182, 333, 498, 607, 723, 839, 948, 1057; rows counted
  // between each 一级指标 header and the next heading.
  CheckProjects(d, {{"130322210TL1EUNN2FE59", "20.32", 9},
                    {"1303222122MTNWO3C003D", "23.00", 15},
                    {"130322216Q03GGC6ZD760", "74.00", 17},
                    {"130322217QZ688WSPEGWD", "12.40", 9},
                    {"13032221D713TAMH47AQB", "50.00", 10},
                    {"13032221GLPD71NNDCCYX", "25.00", 10},
                    {"13032221OM7CXY14LDXQ6", "20.00", 9},
                    {"13032221VZH1A3MGRYE7Q", "100.00", 9},
                    {"13032221W0S5599R5BK0K", "30.00", 15}});
  CHECK(IndicatorRows(d) == 103);

  const Project& first = d.projects[0];  // lines 68-174
  CHECK(first.name == "2021年选聘高校毕业生到村任职中央补助资金");
  CHECK(first.other_funds->ToString() == "0");
  CHECK(first.purpose == "2021年度对到村任职高校毕业生的补助");
  CHECK(first.plan.cumulative == std::array<std::string, 4>{"", "50.00%", "50.00%", "100.00%"});
  CHECK(first.goals == std::vector<std::string>{"按时发放，及时将选聘高校毕业生到村任职补助资金发放到位",
                                               "按标准发放，严格按照现行有关规定标准，足额将补助发放到村任职高校毕业生手中"});
  const Indicator& cost = first.indicators[3];  // lines 134-139: merged 一级指标, blank 依据
  CHECK(cost.level1 == "产出指标");
  CHECK(cost.level2 == "成本指标");
  CHECK(cost.name == "补贴总成本");
  CHECK(cost.value.text == "≤20.32万元");
  CHECK(cost.basis == "");
  CHECK(first.indicators[8].level1 == "满意度指标");
  CHECK(first.indicators[8].level2 == "服务对象满意度指标");

  const Indicator& villages = d.projects[1].indicators[1];  // lines 229-234, two spaces as printed
  CHECK(villages.level2 == "数量指标");
  CHECK(villages.value.text == "418个");
  CHECK(villages.basis ==
        "中共昌黎县委办公室  昌黎县人民政府办公室关于印发《昌黎县村“两委”换届工作实施方案》的通知（昌办字〔2020〕23号）");
  CHECK(d.projects[5].indicators[6].value.text == "100％");  // line 809, full-width as printed
  CHECK(d.projects[7].plan.cumulative == std::array<std::string, 4>{"", "", "", "100.00%"});  // lines 969-973
  // Lines 1085 and 1087: each goal numbers its own points.
  REQUIRE(d.projects[8].goals.size() == 2);
  CHECK(d.projects[8].goals[0].rfind("1.强化培训，提升素质，", 0) == 0);
  CHECK(d.projects[8].goals[1].rfind("1.创新教学方法和手段，", 0) == 0);

  REQUIRE(d.goals.overall.size() == 1);
  CHECK(d.goals.overall[0].rfind("昌黎县委组织部将深入学习贯彻", 0) == 0);
  REQUIRE(d.goals.items.size() == 7);
  CHECK(d.goals.items[0].title == "（一）加强领导班子和干部队伍建设。");
  CHECK(d.goals.items[0].goal == "对年度考核优秀等次给予一定奖励；工资系统全覆盖。");
  CHECK(d.goals.items[5].goal == "圆满完成村“两委确换届工作，确保党员组织生活馆高效运转。");  // sic, line 39
  CHECK(d.goals.items[6].title == "（七）修缮村级组织活动场所");
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].title == "工作保障措施");
  CHECK(d.sections[0].markdown.rfind("完善制度建设。制定完善预算绩效管理制度", 0) == 0);
  CHECK(d.sections[0].markdown.find("\n\n坚持厉行节约。") != std::string::npos);
}

TEST_CASE("seed 004: PDF text of 巨鹿县委组织部's 2024 绩效文本（草案）", "[importer][seed]") {
  const ImportedDocument imported = ImportSeed("004_4a69195913fe11bc.txt");
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kPdfText));
  const DepartmentYear& d = imported.department;
  CHECK(d.year == 2024);
  CHECK(d.jurisdiction.code == "130529");
  CHECK(d.jurisdiction.name == "巨鹿县");
  CHECK(d.department.code == "203");
  CHECK(d.department.name == "中共巨鹿县委组织部");
  CHECK(d.title == "2024 年部门预算绩效文本(草案)");  // lines 4-5
  CHECK(d.folder == "2024/130529-203");
  REQUIRE(d.units.size() == 2);
  CHECK(d.units[0].code == "203001");
  CHECK(d.units[0].name == "中共巨鹿县委组织部本级");
  CHECK(d.units[1].code == "203003");
  CHECK(d.units[1].name == "巨鹿县大数据发展中心");
  for (const Project& project : d.projects) {
    INFO("project " << project.number);
    CHECK(project.unit_code == (project.number <= 31 ? "203001" : "203003"));
    CHECK_FALSE(project.other_funds.has_value());  // 其他资金 is blank in every table
  }

  // Each code as the PDF printed it, wrapped in two.
  CheckProjects(d, {{"13052924P0058401208" "62", "16.80", 7},
                    {"13052924P0058401197" "7A", "1.20", 7},
                    {"13052924P0058401208" "2K", "3.00", 7},
                    {"13052924P0058401205" "6E", "2.00", 7},
                    {"13052924P0058401162" "0R", "6029.30", 9},
                    {"13052924P0058401202" "2C", "1.00", 7},
                    {"13052923P0058521011" "3B", "21.00", 7},
                    {"13052924P0058401200" "9X", "6.00", 7},
                    {"13052924P0058401201" "4P", "2.00", 7},
                    {"13052924P0058401202" "6T", "1.00", 7},
                    {"13052924P0058401201" "86", "1.00", 7},
                    {"13052924P0058401206" "5N", "3.00", 7},
                    {"13052924P0058421073" "4M", "2.80", 7},
                    {"13052924P0058421073" "32", "11.47", 9},
                    {"13052924P0058401202" "4K", "2.00", 7},
                    {"13052924P0058401204" "9D", "50.00", 7},
                    {"13052924P0058401204" "0W", "2.00", 7},
                    {"13052924P0058401199" "5T", "90.00", 7},
                    {"13052924P0058401207" "2P", "40.00", 7},
                    {"13052924P0058401202" "1Q", "3.00", 7},
                    {"13052924P0058401202" "30", "2.00", 7},
                    {"13052924P0058401203" "53", "20.00", 7},
                    {"13052924P0058401198" "6J", "85.50", 7},
                    {"13052924P0058401204" "24", "3.00", 7},
                    {"13052924P0058401199" "0Q", "500.00", 7},
                    {"13052924P0058401202" "7E", "25.00", 7},
                    {"13052924P0058401209" "33", "5.00", 7},
                    {"13052924P0058401203" "8X", "9.00", 7},
                    {"13052924P0058401208" "9W", "5.00", 7},
                    {"13052924P0058401200" "4U", "5.24", 7},
                    {"13052924P0058401203" "01", "45.00", 10},
                    {"13052924P0058401219" "40", "9.70", 7},
                    {"13052924P0058401217" "6F", "20.00", 7},
                    {"13052924P0058401216" "8T", "89.00", 7},
                    {"13052924P0058401217" "1D", "45.00", 7}});
  CHECK(IndicatorRows(d) == 252);

  const Project& first = d.projects[0];  // lines 125-144
  CHECK(first.name == "2024 年度党刊征订费");
  CHECK(first.purpose == "支付党刊征订费用。");
  CHECK(first.plan.cumulative == std::array<std::string, 4>{"", "", "", "100%"});
  CHECK(first.goals == std::vector<std::string>{"通过经费支出保障党刊征订。", "通过党刊征订促进党员干部学习。",
                                               "通过党刊征订加强思想政治建设。"});
  CHECK(first.indicators[0].value.text == "1000 份");
  CHECK(first.indicators[2].value.text == "12 月底");
  CHECK(first.indicators[1].level1 == "产出指标");  // carried down, line 139

  CHECK(d.projects[1].name == "“名校英才入冀”人员房租补助");  // line 152; the contents (line 21) has no space
  CHECK(d.projects[1].plan.cumulative == std::array<std::string, 4>{"25%", "50%", "75%", "100%"});
  CHECK(d.projects[2].plan.cumulative == std::array<std::string, 4>{"", "40%", "40%", "100%"});   // line 177
  CHECK(d.projects[7].plan.cumulative == std::array<std::string, 4>{"", "", "", "100%"});         // lines 283-284
  CHECK(d.projects[21].plan.cumulative == std::array<std::string, 4>{"", "100%", "", ""});        // line 580

  const Project& liaison = d.projects[5];  // lines 244-251: cells split by the PDF
  CHECK(liaison.indicators[2].name == "支出完成时限");
  CHECK(liaison.indicators[4].level2 == "社会效益指标");
  CHECK(liaison.indicators[5].level2 == "可持续影响指标");
  CHECK(liaison.indicators[5].name == "发挥作用期限");
  CHECK(liaison.indicators[6].level2 == "服务对象满意度指标");
  CHECK(liaison.indicators[6].description == "社会对党代表联络工作的满意程度");

  CHECK(d.projects[4].indicators[5].basis == "(冀组发〔2018〕14 号、冀组发〔2020〕18 号)");  // line 227
  const Project& hotline = d.projects[31];  // lines 783-802
  CHECK(hotline.name == "12345 便民热线新增人员经费");
  CHECK(hotline.indicators[1].basis == "发放单据测算");
  CHECK(hotline.indicators[4].name == "提高 12345 热线服务质量");
  CHECK(d.projects[32].goals ==
        std::vector<std::string>{"保障大数据中心工作正常开展", "保障政务微信正常使用", "提高数字化治理水平"});
  CHECK(d.projects[34].indicators[5].value.text == "正常开展工作");  // line 864
  CHECK(d.projects[34].indicators[6].value.text == "100%");          // line 865, the file's last

  REQUIRE(d.goals.overall.size() == 3);
  CHECK(d.goals.overall[2].rfind("3.实现“四个跨越”", 0) == 0);
  REQUIRE(d.goals.items.size() == 6);
  CHECK(d.goals.items[0].title == "1.党员和党组织建设");
  CHECK(d.goals.items[0].indicators == "保障 291 个村级组织正常运转率达到 95%，100%加强党组织建设，工作成效提升率 20%。");
  CHECK(d.goals.items[5].title == "6.政务大数据中心建设");
  REQUIRE(d.sections.size() == 1);
  CHECK(d.sections[0].markdown.rfind("1、加强组织领导\n\n年度预算绩效工作由主管领导总负责", 0) == 0);
}

}  // namespace
}  // namespace gongkai
