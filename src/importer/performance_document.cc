#include "importer/performance_document.h"

#include <map>

#include "importer/cover_page.h"
#include "importer/department_goals_reader.h"
#include "importer/document_outline.h"
#include "importer/project_table.h"

namespace gongkai {
namespace {

void AddProject(ProjectTableContents contents, const SourceDocument& document, RecoveredDocument& recovered,
                Diagnostics& diagnostics) {
  DepartmentYear& department = recovered.department;
  const int line = contents.project.origin.line;
  const Unit* unit = department.FindUnit(contents.unit.code);
  if (!unit) {
    department.units.push_back(contents.unit);
    recovered.unit_lines[contents.unit.code] = contents.unit_line;
  } else if (unit->name != contents.unit.name) {
    diagnostics.Warning(document.At(line), "unit " + unit->code + " was named \"" + unit->name + "\" before, \"" +
                                               contents.unit.name + "\" here; the first name is kept");
  }
  const std::string& code = contents.project.code;
  if (!code.empty()) {
    const auto [seen, inserted] = recovered.code_lines.emplace(code, contents.code_line);
    if (!inserted) {
      diagnostics.Error(document.At(line), "project code " + code + " is used again (first at line " +
                                               std::to_string(seen->second) + "); codes are unique in a department");
    }
  }
  department.projects.push_back(std::move(contents.project));
}

}  // namespace

RecoveredDocument ReadPerformanceDocument(const SourceDocument& document, const std::vector<SourceLine>& lines,
                                          TableRowsReader table_rows, ImportReport& report,
                                          Diagnostics& diagnostics) {
  RecoveredDocument recovered;
  DepartmentYear& department = recovered.department;
  const DocumentOutline outline = OutlineDocument(lines, report);

  const CoverPage cover = ReadCoverPage(outline.cover, report);
  department.department.name = cover.department_name;
  department.title = cover.title;
  recovered.department_name_line = cover.department_line;
  recovered.title_line = cover.title_line;

  ReadDepartmentGoals(outline.blocks, document, department, report, diagnostics);

  for (const OutlineBlock& block : outline.blocks) {
    if (block.kind != BlockKind::kProject) continue;
    const ProjectTable table{block.heading, table_rows(block.body, report)};
    if (auto contents = ReadProjectTable(table, document, report, diagnostics)) {
      AddProject(std::move(*contents), document, recovered, diagnostics);
    }
  }

  if (department.projects.empty() && department.goals.overall.empty() && department.goals.items.empty()) {
    diagnostics.Error(FileLocation(document.path),
                      "found neither 部门整体绩效目标 nor any 绩效目标表: is this a budget performance text "
                      "(预算绩效文本)?");
  }
  return recovered;
}

}  // namespace gongkai
