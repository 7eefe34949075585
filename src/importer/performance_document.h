// Reading a disclosure once its lines are ready: the part every text format
// shares. A format's reader prepares the lines (Word text drops field codes,
// OCR text its markdown) and says how its tables become rows of cells; the
// rest is here:
//
//   lines → outline (document_outline) → cover (cover_page)
//                                       → goals, measures (department_goals_reader)
//                                       → narrative parts (narrative_sections)
//                                       → each 绩效目标表: rows (the format's) → project (project_table)
//
// What the document does not print as such (jurisdiction, year, department
// code, units without codes) is left for department_identity to work out.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/narrative_sections.h"
#include "importer/table_rows.h"
#include "importer/unit_roster.h"
#include "model/site.h"

namespace gongkai {

// "203 中共秦皇岛经济技术开发区工作委员会党建工作部": a department's code and
// name as the budget tables print them over each page.
struct PrintedDepartment {
  std::string code;
  std::string name;
  int line = 0;
};

struct RecoveredDocument {
  // year, jurisdiction and department code are not set yet; department
  // name and title only when the cover prints them.
  DepartmentYear department;
  int department_name_line = 0;  // where the cover prints the name; 0 when it does not
  int title_line = 0;
  std::map<std::string, int> unit_lines;  // unit code → line of its first unit line
  std::map<std::string, int> code_lines;  // project code → line where it is printed
  std::vector<PrintedDepartment> department_lines;
  std::vector<UnitTableRow> unit_rows;    // the 机构设置 table, when printed
  std::vector<size_t> unitless;           // projects whose tables print no unit and follow none that does
};

// A format's way from the lines below a 绩效目标表 heading to rows of cells,
// repairs noted in the report.
using TableRowsReader = std::vector<TableRow> (*)(const std::vector<SourceLine>& body, ImportReport& report);

struct TextFormat {
  TableRowsReader table_rows = nullptr;
  NarrativeLayout narrative;
  bool ocr = false;  // project_table.h, ocr_project_codes.h
};

// `lines` are the document's lines as the format's reader prepared them
// (same numbers as in `document`).
RecoveredDocument ReadPerformanceDocument(const SourceDocument& document, const std::vector<SourceLine>& lines,
                                          const TextFormat& format, ImportReport& report,
                                          Diagnostics& diagnostics);

}  // namespace gongkai
