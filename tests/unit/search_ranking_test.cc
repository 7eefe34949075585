// Ranking as the index records it (src/search/ranking.h): documents
// numbered newest year first, each term filed under the best rank of a
// field holding it. search.js orders results by (rank, number); the
// browser tests check the order a reader sees.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "search/inverted_index.h"
#include "search/posting_list.h"
#include "search/search_documents.h"

namespace gongkai {
namespace {

using Ids = std::vector<uint32_t>;

Indicator MakeIndicator(const std::string& name, const std::string& description, const std::string& value) {
  Indicator indicator;
  indicator.level1 = "产出指标";
  indicator.level2 = "数量指标";
  indicator.name = name;
  indicator.description = description;
  indicator.value.text = value;
  indicator.basis = "工作计划";
  return indicator;
}

DepartmentYear MakeDepartment(int year) {
  DepartmentYear department;
  department.year = year;
  department.jurisdiction = {"130529", "巨鹿县"};
  department.department = {"203", "中共巨鹿县委组织部"};
  department.title = std::to_string(year) + "年部门预算绩效文本";
  department.units = {{"203001", "中共巨鹿县委组织部本级", "行政", "", ""}};
  Project training;
  training.code = "13052924P00584012345A";
  training.slug = training.code;
  training.name = "干部教育培训经费";
  training.unit_code = "203001";
  training.purpose = "用于干部培训";
  training.indicators = {MakeIndicator("培训次数", "全年举办培训班次数", "≥4次"),
                         MakeIndicator("学员满意度", "学员对培训的满意度", "≥90%")};
  Project archives;
  archives.slug = "p-0123456789";
  archives.name = "干部档案信息管理中心工作经费";
  archives.unit_code = "203001";
  archives.purpose = "保障档案工作";
  archives.indicators = {MakeIndicator("档案数量", "审核档案个数", "1000份")};
  department.projects = {training, archives};
  department.sections = {{"measures", "工作保障措施", "## 一、加强培训\n\n| 项目 | 内容 |\n|---|---|\n| 培训 | **每年** |", {}}};
  department.goals.overall = {"提升干部教育培训针对性实效性。"};
  return department;
}

Site TwoYears() {
  Site site;
  site.departments = {MakeDepartment(2021), MakeDepartment(2024)};  // oldest first on purpose
  return site;
}

Ids Ranked(const InvertedIndex& index, const std::string& term, SearchRank rank) {
  const TermPostings* postings = index.Find(term);
  if (!postings) return {};
  return DecodePostings(postings->by_rank[static_cast<int>(rank)].text());
}

TEST_CASE("documents are numbered newest year first, kinds in order within a department-year") {
  const SearchDocuments documents = CollectSearchDocuments(TwoYears());
  REQUIRE(documents.groups.size() == 2);
  CHECK(documents.groups[0].year == 2024);
  CHECK(documents.groups[1].year == 2021);
  // 1 department, 2 projects, 3 indicators, goals + 1 section.
  CHECK(documents.groups[0].counts == std::array<size_t, 4>{1, 2, 3, 2});
  CHECK(documents.groups[1].first_document == 8);
  std::vector<SearchKind> kinds;
  for (size_t i = 0; i < 8; ++i) kinds.push_back(documents.documents[i].kind);
  CHECK(kinds == std::vector<SearchKind>{SearchKind::kDepartment, SearchKind::kProject, SearchKind::kProject,
                                         SearchKind::kIndicator, SearchKind::kIndicator, SearchKind::kIndicator,
                                         SearchKind::kSection, SearchKind::kSection});
  CHECK(documents.documents[1].url == "2024/130529/203/projects/13052924P00584012345A.html");
  CHECK(documents.documents[3].url == "2024/130529/203/projects/13052924P00584012345A.html#indicators-title");
  CHECK(documents.documents[3].context == "干部教育培训经费");
  CHECK(documents.documents[6].url == "2024/130529/203/index.html#goals");
  CHECK(documents.documents[7].url == "2024/130529/203/index.html#section-measures");
}

TEST_CASE("a term is filed once per document, under the best rank holding it") {
  const SearchDocuments documents = CollectSearchDocuments(TwoYears());
  const InvertedIndex index = BuildInvertedIndex(documents, 1024);
  // 培训: project name (rank 0) beats its purpose; indicator names and
  // descriptions are rank 1; the section and the goals rank 2.
  CHECK(Ranked(index, "培训", SearchRank::kName) == Ids{1, 9});
  CHECK(Ranked(index, "培训", SearchRank::kIndicator) == Ids{3, 4, 11, 12});
  CHECK(Ranked(index, "培训", SearchRank::kText) == Ids{6, 7, 14, 15});
  // The project code is a name: searching it finds the project first.
  CHECK(Ranked(index, "13052924p00584012345a", SearchRank::kName) == Ids{1, 9});
  CHECK(Ranked(index, "13052924p00584012345a", SearchRank::kIndicator).empty());
  // The department's name and units rank as names; its document title as text.
  CHECK(Ranked(index, "组织", SearchRank::kName) == Ids{0, 8});
  CHECK(Ranked(index, "文本", SearchRank::kText) == Ids{0, 8});
  // Indicator values and their basis are text.
  CHECK(Ranked(index, "计划", SearchRank::kText) == Ids{3, 4, 5, 11, 12, 13});
}

TEST_CASE("section markdown is searched as the text a reader sees") {
  CHECK(MarkdownSearchText("## 一、加强培训\n\n| 项目 | 内容 |\n|---|---|\n| 培训 | **每年** |") ==
        "一、加强培训\n项目 内容\n培训 每年");
  CHECK(MarkdownSearchText("- 第一条\n> 引用\n\n正文`代码`") == "第一条\n引用\n正文代码");
}

}  // namespace
}  // namespace gongkai
