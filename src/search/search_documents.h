// What the search finds: the site cut into documents, one per result a
// reader can be sent to.
//
//   部门 a department-year: its name and the other forms of it readers
//        type (department_names.h), jurisdiction, units, document title
//   项目 a project: name, code, purpose, goals; its 预算数 is shown beside it
//   指标 one indicator row of a project: name, description, value, basis
//   说明 a narrative part of a department page: the department-wide goals
//        (部门整体绩效目标) and each section (工作保障措施 …)
//
// Documents are numbered in ranking order (ranking.h): newest year first,
// then jurisdiction and department code; within a department-year the
// department, its projects, its indicators, then its narrative parts.
// A department-year's documents are one run of numbers, kinds in that
// order, so search.js finds a document's year, department and kind from
// its number alone (SearchGroup), without fetching it.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/site.h"
#include "search/ranking.h"

namespace gongkai {

enum class SearchKind { kDepartment = 0, kProject = 1, kIndicator = 2, kSection = 3 };
constexpr int kSearchKindCount = 4;

// 部门, 项目, 指标, 说明.
const char* SearchKindLabel(SearchKind kind);

struct SearchDocument {
  SearchKind kind = SearchKind::kDepartment;
  std::string url;      // site-relative: 2024/130529/203/projects/13052924P005840120862.html
  std::string title;    // shown as the result's link text
  std::string context;  // shown beside the title: an indicator's project, a project's 预算数 and unit
  // The searchable text besides the title, by rank: what search.js checks
  // the query against and cuts snippets from. Lines are joined with '\n'.
  std::array<std::string, kSearchRankCount> fields;
};

// The rank of a document's title: kName for departments and projects,
// kIndicator for indicators and sections.
SearchRank TitleRank(SearchKind kind);

// One department-year: documents [first_document, first_document + Σ counts).
struct SearchGroup {
  int year = 0;
  std::string jurisdiction_code;
  std::string jurisdiction_name;
  std::string department_code;
  std::string department_name;
  std::vector<std::string> department_forms;  // DepartmentNameForms(department_name)
  size_t first_document = 0;
  std::array<size_t, kSearchKindCount> counts{};  // documents of each kind, in kind order
};

struct SearchDocuments {
  std::vector<SearchDocument> documents;  // in ranking order
  std::vector<SearchGroup> groups;        // in document order
};

SearchDocuments CollectSearchDocuments(const Site& site);

// The same a department-year at a time, for a build that streams the index
// (search_index.h): the department-years in ranking order, and one's group
// (its documents numbered from `first_document`) with its documents
// appended to `documents`.
std::vector<const DepartmentYear*> RankedDepartments(const Site& site);
SearchGroup AppendGroupDocuments(const DepartmentYear& department, size_t first_document,
                                 std::vector<SearchDocument>& documents);
// How many documents AppendGroupDocuments makes, without making them.
size_t GroupDocumentCount(const DepartmentYear& department);

// Markdown as the text a reader sees: no heading marks, emphasis, table
// rules or pipes. Only for searching and snippets; pages render markdown
// properly.
std::string MarkdownSearchText(const std::string& markdown);

}  // namespace gongkai
