// Reading a 预算绩效文本 once its lines are ready: the part every text format
// shares. A format's reader prepares the lines (Word text drops field codes)
// and says how its tables become rows of cells; the rest is here:
//
//   lines → outline (document_outline) → cover (cover_page)
//                                       → goals, measures (department_goals_reader)
//                                       → each 绩效目标表: rows (the format's) → project (project_table)
//
// What the document does not print as such (jurisdiction, year, department
// code) is left for department_identity to work out.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/table_rows.h"
#include "model/site.h"

namespace gongkai {

struct RecoveredDocument {
  // year, jurisdiction and department code are not set yet; department
  // name and title only when the cover prints them.
  DepartmentYear department;
  int department_name_line = 0;  // where the cover prints the name; 0 when it does not
  int title_line = 0;
  std::map<std::string, int> unit_lines;  // unit code → line of its first unit line
  std::map<std::string, int> code_lines;  // project code → line where it is printed
};

// A format's way from the lines below a 绩效目标表 heading to rows of cells,
// repairs noted in the report.
using TableRowsReader = std::vector<TableRow> (*)(const std::vector<SourceLine>& body, ImportReport& report);

// `lines` are the document's lines as the format's reader prepared them
// (same numbers as in `document`).
RecoveredDocument ReadPerformanceDocument(const SourceDocument& document, const std::vector<SourceLine>& lines,
                                          TableRowsReader table_rows, ImportReport& report,
                                          Diagnostics& diagnostics);

}  // namespace gongkai
