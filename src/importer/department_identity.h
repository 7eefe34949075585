// Who and when: the department's code and name, the jurisdiction and the
// budget year, which a 绩效文本 rarely prints as such. They are read from
// what it does print, and each reading is noted in the report as a guess:
//
//   department code   the first 3 digits of its unit codes (203001 → 203);
//                     else the line over the budget tables ("203 中共…部")
//   department name   the cover (without a trailing 本级); else that line;
//                     else the 本级 unit's name without 本级
//   units             completed from the 机构设置 table (unit_roster.h); a
//                     table that prints no unit belongs to the 本级 unit
//   jurisdiction code the first 6 digits of the project codes (13052924P… → 130529)
//   year              the title (2024 年部门预算绩效文本); else digits 7–8 of
//                     the project codes (13032221… → 2021)
//   jurisdiction name the department's name up to its 县/市/区/旗
//                     (中共巨鹿县委组织部 → 巨鹿县)
//
// Values given on the command line win over all of these.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/performance_document.h"

namespace gongkai {

struct IdentityOverrides {
  std::optional<int> year;        // --year
  std::string jurisdiction_code;  // --jurisdiction CODE[:NAME]; "" = read from the document
  std::string jurisdiction_name;  // "" = derive from the department's name
  std::string department_code;    // --department CODE[:NAME]; "" = from the document or the registry
  std::string department_name;    // the NAME of --department, for a document that prints none
  bool dry_run = false;           // --dry-run: what only writing needs is a warning
};

// Fills year, jurisdiction, department and folder of recovered.department;
// an error for each that cannot be worked out.
void ResolveIdentity(RecoveredDocument& recovered, const IdentityOverrides& overrides,
                     const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics);

// "中国共产党昌黎县委员会组织部" → "昌黎县"; "" when the name has no
// 县/市/区/旗 after its party prefix.
std::string JurisdictionNameFromDepartment(const std::string& department_name);

}  // namespace gongkai
