#include "search/search_documents.h"

#include <algorithm>

#include "render/page_chrome.h"
#include "render/routes.h"
#include "search/department_names.h"

namespace gongkai {
namespace {

constexpr size_t kName = static_cast<size_t>(SearchRank::kName);
constexpr size_t kIndicator = static_cast<size_t>(SearchRank::kIndicator);
constexpr size_t kText = static_cast<size_t>(SearchRank::kText);

void AddLine(std::string& field, const std::string& line) {
  if (line.empty()) return;
  if (!field.empty()) field += '\n';
  field += line;
}

SearchDocument DepartmentDocument(const DepartmentYear& department) {
  SearchDocument document;
  document.kind = SearchKind::kDepartment;
  document.url = DepartmentPath(department);
  document.title = department.department.name;
  document.context = department.jurisdiction.name;
  AddLine(document.fields[kName], department.jurisdiction.name);
  // 中共昌黎县委组织部, 昌黎县委组织部 …: what readers type for it.
  for (const std::string& form : DepartmentNameForms(department.department.name)) {
    AddLine(document.fields[kName], form);
  }
  for (const Unit& unit : department.units) AddLine(document.fields[kName], unit.code + " " + unit.name);
  AddLine(document.fields[kText], department.title);
  return document;
}

SearchDocument ProjectDocument(const DepartmentYear& department, const Project& project) {
  SearchDocument document;
  document.kind = SearchKind::kProject;
  document.url = ProjectPath(department, project);
  document.title = project.name;
  // The 预算数 beside the result, in the unit the department printed it in.
  if (project.budget) document.context = GroupedAmount(*project.budget) + " " + project.money_unit;
  AddLine(document.fields[kName], project.code);
  AddLine(document.fields[kText], project.purpose);
  for (const std::string& goal : project.goals) AddLine(document.fields[kText], goal);
  return document;
}

SearchDocument IndicatorDocument(const DepartmentYear& department, const Project& project, const Indicator& indicator) {
  SearchDocument document;
  document.kind = SearchKind::kIndicator;
  document.url = ProjectPath(department, project) + "#indicators-title";
  document.title = indicator.name;
  document.context = project.name;
  AddLine(document.fields[kIndicator], indicator.description);
  AddLine(document.fields[kText], indicator.value.text);
  AddLine(document.fields[kText], indicator.basis);
  return document;
}

SearchDocument GoalsDocument(const DepartmentYear& department) {
  SearchDocument document;
  document.kind = SearchKind::kSection;
  document.url = DepartmentPath(department) + "#goals";
  document.title = "部门整体绩效目标";
  for (const std::string& paragraph : department.goals.overall) AddLine(document.fields[kText], paragraph);
  for (const SubGoal& item : department.goals.items) {
    AddLine(document.fields[kIndicator], item.title);
    AddLine(document.fields[kText], item.goal);
    AddLine(document.fields[kText], item.indicators);
  }
  return document;
}

SearchDocument SectionDocument(const DepartmentYear& department, const Section& section) {
  SearchDocument document;
  document.kind = SearchKind::kSection;
  document.url = DepartmentPath(department) + "#section-" + section.id;
  document.title = section.title;
  document.fields[kText] = MarkdownSearchText(section.markdown);
  return document;
}

bool IsTableRule(const std::string& line) {
  return !line.empty() && line.find_first_not_of("|-: \t") == std::string::npos && line.find('-') != std::string::npos;
}

}  // namespace

const char* SearchKindLabel(SearchKind kind) {
  switch (kind) {
    case SearchKind::kDepartment: return "部门";
    case SearchKind::kProject: return "项目";
    case SearchKind::kIndicator: return "指标";
    case SearchKind::kSection: return "说明";
  }
  return "";
}

SearchRank TitleRank(SearchKind kind) {
  return kind == SearchKind::kDepartment || kind == SearchKind::kProject ? SearchRank::kName : SearchRank::kIndicator;
}

std::string MarkdownSearchText(const std::string& markdown) {
  std::string text;
  size_t start = 0;
  while (start <= markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string::npos) end = markdown.size();
    std::string line = markdown.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsTableRule(line)) continue;
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    line.erase(0, first);
    if (line[0] == '#' || line[0] == '>') {  // heading or quote marks
      const size_t body = line.find_first_not_of("#> \t");
      line.erase(0, body == std::string::npos ? line.size() : body);
    }
    if (line.size() > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') line.erase(0, 2);
    std::string cleaned;
    for (char c : line) {
      if (c == '*' || c == '`') continue;  // emphasis, code
      if (c == '|' || c == '\t') c = ' ';  // table cell borders
      if (c == ' ' && (cleaned.empty() || cleaned.back() == ' ')) continue;
      cleaned += c;
    }
    while (!cleaned.empty() && cleaned.back() == ' ') cleaned.pop_back();
    AddLine(text, cleaned);
  }
  return text;
}

std::vector<const DepartmentYear*> RankedDepartments(const Site& site) {
  std::vector<const DepartmentYear*> departments;
  for (const DepartmentYear& department : site.departments) departments.push_back(&department);
  std::stable_sort(departments.begin(), departments.end(), [](const DepartmentYear* a, const DepartmentYear* b) {
    if (a->year != b->year) return a->year > b->year;
    if (a->jurisdiction.code != b->jurisdiction.code) return a->jurisdiction.code < b->jurisdiction.code;
    return a->department.code < b->department.code;
  });
  return departments;
}

namespace {
bool HasGoals(const DepartmentYear& department) {
  return !department.goals.overall.empty() || !department.goals.items.empty();
}
}  // namespace

size_t GroupDocumentCount(const DepartmentYear& department) {
  size_t count = 1 + department.projects.size() + (HasGoals(department) ? 1 : 0) + department.sections.size();
  for (const Project& project : department.projects) count += project.indicators.size();
  return count;
}

SearchGroup AppendGroupDocuments(const DepartmentYear& department, size_t first_document,
                                 std::vector<SearchDocument>& documents) {
  SearchGroup group;
  group.year = department.year;
  group.jurisdiction_code = department.jurisdiction.code;
  group.jurisdiction_name = department.jurisdiction.name;
  group.department_code = department.department.code;
  group.department_name = department.department.name;
  group.department_forms = DepartmentNameForms(department.department.name);
  group.first_document = first_document;

  documents.push_back(DepartmentDocument(department));
  for (const Project& project : department.projects) documents.push_back(ProjectDocument(department, project));
  const size_t indicators_start = documents.size();
  for (const Project& project : department.projects) {
    for (const Indicator& indicator : project.indicators) {
      documents.push_back(IndicatorDocument(department, project, indicator));
    }
  }
  const size_t sections_start = documents.size();
  if (HasGoals(department)) documents.push_back(GoalsDocument(department));
  for (const Section& section : department.sections) documents.push_back(SectionDocument(department, section));

  group.counts = {1, department.projects.size(), sections_start - indicators_start, documents.size() - sections_start};
  return group;
}

SearchDocuments CollectSearchDocuments(const Site& site) {
  SearchDocuments out;
  for (const DepartmentYear* department : RankedDepartments(site)) {
    out.groups.push_back(AppendGroupDocuments(*department, out.documents.size(), out.documents));
  }
  return out;
}

}  // namespace gongkai
