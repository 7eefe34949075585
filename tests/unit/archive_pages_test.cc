// Issue 11: the pages of a department across its years, parsed with
// libxml2 from a build of content/. Every expected figure is read off the
// published documents in content/sources/ (pdftotext -layout), not off
// the build: 江苏省高级人民法院 2017–2019 (files 11, 12, 05) and 万里街道
// 2023–2025 (files 09, 10, 03).
#include <catch2/catch.hpp>

#include <filesystem>

#include "content_fixture.h"
#include "html_document.h"
#include "pipeline.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace {

struct SampleBuild {
  TempFolder folder;
  std::string out;
};

const SampleBuild& Sample() {
  static SampleBuild* built = [] {
    auto* b = new SampleBuild;
    BuildOptions options;
    options.content_dir = std::string(GONGKAI_SOURCE_DIR) + "/content";
    options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
    options.out_dir = b->folder.path() + "/site";
    Diagnostics diagnostics;
    REQUIRE(BuildSite(options, diagnostics).written);
    b->out = options.out_dir;
    return b;
  }();
  return *built;
}

std::string Page(const std::string& path) { return ReadTextFile(Sample().out + "/" + path); }

std::string Cell(const HtmlDocument& page, const std::string& row, const std::string& label) {
  return page.Text("//tr[@id='" + row + "']/td[@data-label='" + label + "']");
}

}  // namespace

TEST_CASE("江苏省高级人民法院 一般公共预算基本支出表 by code: 30307 renamed, 30311 → 30113 linked", "[archive][pages]") {
  const HtmlDocument page(Page("320000/r01/compare/general_basic.html"));
  REQUIRE(page.ok());
  // 合计: 17,123.19 (2017 九、p. 431), 18,570.82 (2018 八、), 21,968.00 (2019).
  CHECK(Cell(page, "row-total", "2017年") == "17123.19");
  CHECK(Cell(page, "row-total", "2018年") == "18570.82");
  CHECK(Cell(page, "row-total", "2019年") == "21968.00");
  CHECK(Cell(page, "row-total", "2018年比上年增减") == "+1447.63");

  // 30307 医疗费 334.43 (2017) → 医疗费补助 4.76 (2018), 6.53 (2019).
  CHECK(Cell(page, "code-30307", "2017年") == "334.43");
  CHECK(Cell(page, "code-30307", "2018年") == "4.76");
  CHECK(Cell(page, "code-30307", "2019年") == "6.53");
  CHECK(Cell(page, "code-30307", "2018年比上年增减") == "-329.67");
  CHECK(Cell(page, "code-30307", "2019年比上年增减") == "+1.77");
  CHECK(page.Texts("//tr[@id='code-30307']/td[@data-label='增减%']") == std::vector<std::string>{"-98.58%", "+37.18%"});
  CHECK(page.Text("//tr[@id='code-30307']/th").find("医疗费补助") == 0);
  CHECK(page.Text("//tr[@id='code-30307']/th/span[contains(@class,'former-name')]") == "2017年名称：医疗费");

  // 30311 住房公积金 1,029.15 (2017) ends; 30113 住房公积金 1,398.26 (2018), 1,879.36 (2019) starts.
  CHECK(Cell(page, "code-30311", "2017年") == "1029.15");
  CHECK(Cell(page, "code-30311", "2018年") == "未列");
  CHECK(page.Attributes("//tr[@id='code-30311']/th//a", "href") == std::vector<std::string>{"#code-30113"});
  CHECK(Cell(page, "code-30113", "2017年") == "未列");
  CHECK(Cell(page, "code-30113", "2018年") == "1398.26");
  CHECK(Cell(page, "code-30113", "2019年") == "1879.36");
  CHECK(Cell(page, "code-30113", "2019年比上年增减") == "+481.10");
  CHECK(page.Attributes("//tr[@id='code-30113']/th//a", "href") == std::vector<std::string>{"#code-30311"});
  // The link between them has its source on the page.
  CHECK(page.Count("//p[contains(., '2018年政府收支分类科目')]") == 1);
  CHECK(page.Count("//caption[contains(., '单位：万元')]") == 1);
}

TEST_CASE("万里街道 部门预算支出总表 by code, in 元 as printed", "[archive][pages]") {
  const HtmlDocument page(Page("310107/r02/compare/expenditure.html"));
  REQUIRE(page.ok());
  // 合计: 164,978,640 (2023), 156,211,123 (2024), 189,767,551 (2025).
  CHECK(Cell(page, "row-total", "2023年") == "164978640");
  CHECK(Cell(page, "row-total", "2024年") == "156211123");
  CHECK(Cell(page, "row-total", "2025年") == "189767551");
  CHECK(page.Texts("//tr[@id='row-total']/td[@data-label='增减%']") == std::vector<std::string>{"-5.31%", "+21.48%"});
  CHECK(Cell(page, "row-total", "2024年比上年增减") == "-8767517");
  // 210 卫生健康支出: 3,095,732 / 3,223,657 / 3,216,973.
  CHECK(Cell(page, "code-210", "2023年") == "3095732");
  CHECK(Cell(page, "code-210", "2024年") == "3223657");
  CHECK(Cell(page, "code-210", "2025年") == "3216973");
  CHECK(page.Count("//caption[contains(., '单位：元')]") == 1);
}

TEST_CASE("tables that cannot be compared by code say why, and get no comparison page", "[archive][pages]") {
  const HtmlDocument page(Page("320000/r01/index.html"));
  REQUIRE(page.ok());
  // 政府采购预算 lists items without classification codes.
  CHECK(page.Text("//ul[contains(@class,'comparison-list')]/li[starts-with(., '政府采购预算')]").find("本表各行没有分类编码") !=
        std::string::npos);
  CHECK(page.Count("//ul[contains(@class,'comparison-list')]/li[starts-with(., '政府采购预算')]/a") == 0);
  CHECK_FALSE(std::filesystem::exists(Sample().out + "/320000/r01/compare/procurement.html"));
  // 2019's 一般公共预算支出预算表 prints 单位：万元 beside the wrapped end of
  // 部门名称 (05_…pdf p. 380–382): compared with 2017 and 2018, 合计 37,188.34.
  const HtmlDocument compared(Page("320000/r01/compare/general_expenditure.html"));
  CHECK(Cell(compared, "row-total", "2019年") == "37188.34");
}

TEST_CASE("years that print one table in different units are not compared, and the page says so", "[archive][pages]") {
  TempFolder folder;
  folder.Write("site.json", gongkai::testing::MinimalSiteJson());
  const auto department = [](int year) {
    return "{\"format\": 1, \"year\": " + std::to_string(year) +
           ", \"jurisdiction\": {\"code\": \"130322\", \"name\": \"昌黎县\"}, \"department\": {\"code\": \"203\", "
           "\"name\": \"示例部门\"}, \"units\": [], \"projects\": []}\n";
  };
  const auto tables = [](const std::string& unit, const std::string& amount) {
    return "{\"format\": 1, \"tables\": [{\"kind\": \"general_basic\", \"title\": \"基本支出表\", \"unit\": \"" + unit +
           "\", \"classification\": \"economic\", \"columns\": [{\"key\": \"code\", \"type\": \"code\"}, {\"key\": "
           "\"name\", \"type\": \"text\"}, {\"key\": \"total\", \"type\": \"amount\"}], \"rows\": [{\"cells\": [\"301\", "
           "\"工资福利支出\", \"" + amount + "\"]}]}]}\n";
  };
  folder.Write("2022/130322-203/department.json", department(2022));
  folder.Write("2022/130322-203/tables.json", tables("元", "838473"));
  folder.Write("2023/130322-203/department.json", department(2023));
  folder.Write("2023/130322-203/tables.json", tables("万元", "83.85"));
  BuildOptions options;
  options.content_dir = folder.path();
  options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
  options.out_dir = folder.OutsidePath("site");
  Diagnostics diagnostics;
  REQUIRE(BuildSite(options, diagnostics).written);
  const HtmlDocument page(ReadTextFile(options.out_dir + "/130322/203/index.html"));
  REQUIRE(page.ok());
  CHECK(page.Text("//ul[contains(@class,'comparison-list')]/li") ==
        "一般公共预算财政拨款基本支出表：各年单位不同（2022年元，2023年万元），金额不换算，因此不作比较。");
  CHECK_FALSE(std::filesystem::exists(options.out_dir + "/130322/203/compare/general_basic.html"));
}

TEST_CASE("the department across years: each year's totals, their change, links to each year and original", "[archive][pages]") {
  const HtmlDocument court(Page("320000/r01/index.html"));
  REQUIRE(court.ok());
  const std::string totals = "//table[contains(@class,'year-totals')]";
  CHECK(court.Attributes(totals + "/thead//a", "href") ==
        std::vector<std::string>{"../../2017/320000/r01/index.html", "../../2018/320000/r01/index.html",
                                 "../../2019/320000/r01/index.html"});
  // 收入合计 28,849.38 / 33,172.15 / 37,188.34 万元; 基本支出 17,123.19 / 18,570.82 / 21,968.00.
  CHECK(court.Text("//tr[@id='figure-income-total']/th") == "收入总计（万元）");
  CHECK(Cell(court, "figure-income-total", "2017年") == "28,849.38");
  CHECK(Cell(court, "figure-income-total", "2018年") == "33,172.15");
  CHECK(Cell(court, "figure-income-total", "2018年比上年增减") == "+4322.77");
  CHECK(court.Texts("//tr[@id='figure-income-total']/td[@data-label='增减%']") ==
        std::vector<std::string>{"+14.98%", "+12.11%"});
  CHECK(Cell(court, "figure-basic", "2019年") == "21,968.00");
  // 三公经费 小计 670.12 (2017 十一、), 机关运行经费 合计 3,407.38 (2018 十一、).
  CHECK(Cell(court, "figure-three-public", "2017年") == "670.12");
  CHECK(Cell(court, "figure-office-costs", "2018年") == "3,407.38");
  CHECK(Cell(court, "projects", "2019年") == "未公开项目绩效目标");
  CHECK(court.Attributes("//tr[@id='originals']/td[@data-label='2018年']/a", "href") ==
        std::vector<std::string>{"../../2018/320000/r01/original/12_jiangsu_high_court_2018_dept_budget.pdf"});
  // The trend chart has its text alternative, as every chart does.
  CHECK(court.Count("//svg[@role='img']/desc[contains(., '2017年 28849.38 万元')]") == 1);
  CHECK(court.Count("//figure//details[contains(@class,'chart-text')]") == 1);
  CHECK(court.Count("//a[@href='../../320000/r01/compare/general_basic.html']") == 1);

  const HtmlDocument street(Page("310107/r02/index.html"));
  REQUIRE(street.ok());
  // 2023 prints five 绩效目标填报表; 2024 and 2025 none: never "0".
  CHECK(Cell(street, "projects", "2023年").find("5 个项目") == 0);
  CHECK(Cell(street, "projects", "2024年") == "未公开项目绩效目标");
  // 收入总计 164,978,640 元 (2023); 三公经费 22.91 万元 (2023), 47.91 (2024): each row names its unit.
  CHECK(street.Text("//tr[@id='figure-income-total']/th") == "收入总计（元）");
  CHECK(Cell(street, "figure-income-total", "2023年") == "164,978,640");
  CHECK(street.Text("//tr[@id='figure-three-public']/th") == "三公经费（万元）");
  CHECK(Cell(street, "figure-three-public", "2024年") == "47.91");
  CHECK(Cell(street, "figure-office-costs", "2025年") == "464.64");
}

TEST_CASE("each department-year page links its other years and the page across years", "[archive][pages]") {
  const HtmlDocument page(Page("2018/320000/r01/index.html"));
  REQUIRE(page.ok());
  const std::string nav = "//main//nav[@data-cross-year]";
  CHECK(page.Count(nav) == 1);
  CHECK(page.Text(nav + "/h2") == "其他年度");
  CHECK(page.Attributes(nav + "//a", "href") ==
        std::vector<std::string>{"../../../2017/320000/r01/index.html", "../../../2019/320000/r01/index.html",
                                 "../../../320000/r01/index.html"});
  CHECK(page.Text(nav + "//span[@aria-current='page']") == "2018年");
  // 原文下载 with its SHA-256 (sha256sum of content/sources/12_…pdf) and the date its cover prints.
  CHECK(page.Text("//p[contains(@class,'original')]//code") == "9bb83bc165f9437a9be42d7f3f2a5bdf9ca480f86601f65a70518389207dc3a5");
  CHECK(page.Text("//p[contains(@class,'original')]").find("2018-02-24 发布") != std::string::npos);

  // 万里街道 2023's first project (its slug: a hash of its unit and name, load/project_slugs.h).
  const HtmlDocument project(Page("2023/310107/r02/projects/p-44a195823c.html"));
  REQUIRE(project.ok());
  CHECK(project.Count("//main//nav[@data-cross-year]") == 1);
  CHECK(project.Attributes("//main//nav[@data-cross-year]//a", "href") ==
        std::vector<std::string>{"../../../../310107/r02/index.html"});
}

TEST_CASE("home and year pages lead to each department's page across years", "[archive][pages]") {
  const HtmlDocument home(Page("index.html"));
  CHECK(home.Count("//td[@data-label='历年']/a[@href='320000/r01/index.html']") == 3);
  CHECK(home.Count("//td[@data-label='历年']/a[@href='310107/r02/index.html']") == 3);
  const HtmlDocument year(Page("2019/index.html"));
  CHECK(year.Count("//td[@data-label='历年']/a[@href='../320000/r01/index.html']") == 1);
}

TEST_CASE("the originals are published byte for byte beside their pages", "[archive][pages]") {
  for (const char* file : {"11_jiangsu_high_court_2017_dept_budget.pdf", "09_shanghai_putuo_wanli_2023_dept_budget.pdf"}) {
    INFO(file);
    const std::string year = file[0] == '1' ? "2017/320000/r01" : "2023/310107/r02";
    const std::string published = ReadTextFile(Sample().out + "/" + year + "/original/" + file);
    CHECK(!published.empty());
    CHECK(published == ReadTextFile(std::string(GONGKAI_SOURCE_DIR) + "/content/sources/" + file));
  }
}
