#include "importer/department_identity.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "importer/cell_repair.h"
#include "importer/cjk_text.h"
#include "importer/unit_roster.h"
#include "importer/import_messages.h"
#include "importer/identity/administrative_divisions.h"

namespace gongkai {
namespace {

// The most common of `values` (the first seen wins a tie) and its count.
std::pair<std::string, int> MostCommon(const std::vector<std::string>& values) {
  std::pair<std::string, int> best{"", 0};
  for (const std::string& value : values) {
    const int count = static_cast<int>(std::count(values.begin(), values.end(), value));
    if (count > best.second) best = {value, count};
  }
  return best;
}

struct PrintedCode {
  std::string code;
  int line = 0;
};

// The 项目编码 that can be read (6-digit jurisdiction and 2-digit year
// first), in document order.
std::vector<PrintedCode> PrintedCodes(const RecoveredDocument& recovered) {
  std::vector<PrintedCode> codes;
  for (const Project& project : recovered.department.projects) {
    if (!LooksLikeProjectCode(project.code)) continue;
    const auto line = recovered.code_lines.find(project.code);
    codes.push_back({project.code, line == recovered.code_lines.end() ? project.origin.line : line->second});
  }
  return codes;
}

// "2024 年部门预算绩效文本" → 2024; 0 when the title has no "<year> 年".
int YearOfTitle(const std::string& title) {
  for (size_t i = 0; i + 4 <= title.size(); ++i) {
    if (title.substr(i, 4).find_first_not_of("0123456789") != std::string::npos) continue;
    if ((i > 0 && title[i - 1] >= '0' && title[i - 1] <= '9')) continue;
    if (StartsWith(TrimAscii(title.substr(i + 4)), "年")) return std::stoi(title.substr(i, 4));
  }
  return 0;
}

// "line 259 13052923P00585210113B, …": the codes whose digits at
// [start, start + length) differ from `value`.
std::string CodesWithout(const std::vector<PrintedCode>& codes, const std::string& value, size_t start, size_t length) {
  std::string out;
  for (const PrintedCode& printed : codes) {
    if (printed.code.compare(start, length, value) == 0) continue;
    out += (out.empty() ? "" : ", ") + std::string("line ") + std::to_string(printed.line) + " " + printed.code;
  }
  return out;
}

// The department's code from its units (203001 → 203) or, when no table
// prints a unit, from the line the budget tables print over each page
// ("203 中共秦皇岛…党建工作部"); its name from the cover, those lines, or the
// 本级 unit.
void ResolveDepartment(RecoveredDocument& recovered, const SourceDocument& document, ImportReport& report,
                       Diagnostics& diagnostics) {
  DepartmentYear& department = recovered.department;
  std::vector<std::string> printed_codes, printed_names;
  for (const PrintedDepartment& printed : recovered.department_lines) {
    printed_codes.push_back(printed.code);
    printed_names.push_back(printed.code + " " + printed.name);
  }
  if (department.units.empty()) {
    if (printed_codes.empty()) {
      diagnostics.Error(FileLocation(document.path),
                        ImportMessage(ImportMessageId::kNoUnitLine));
      return;
    }
    const auto [code, count] = MostCommon(printed_codes);
    department.department.code = code;
    report.Guess(recovered.department_lines.front().line, ImportWord(ImportWordId::kNoteDepartmentCodeFromLine, {code}),
                 ImportWord(ImportWordId::kNoteOfLines, {std::to_string(count), std::to_string(printed_codes.size())}));
  } else {
    std::vector<std::string> prefixes;
    std::string codes;
    for (const Unit& unit : department.units) {
      prefixes.push_back(unit.code.substr(0, 3));
      codes += (codes.empty() ? "" : ", ") + unit.code;
    }
    const auto [code, count] = MostCommon(prefixes);
    department.department.code = code;
    const int first_unit_line = recovered.unit_lines[department.units.front().code];
    if (count != static_cast<int>(prefixes.size())) {
      diagnostics.Error(document.At(first_unit_line), ImportMessage(ImportMessageId::kUnitsOfDifferentDepartments, {codes}));
    }
    report.Guess(first_unit_line, ImportWord(ImportWordId::kNoteDepartmentCodeFromUnits, {code}), codes);
  }

  std::string& name = department.department.name;
  if (!name.empty()) {
    // 000's cover names the 本级 unit: the department is that without 本级.
    const std::string suffix = "本级";
    if (EndsWith(name, suffix) && name.size() > suffix.size()) {
      name = name.substr(0, name.size() - suffix.size());
      report.Guess(recovered.department_name_line, ImportWord(ImportWordId::kNoteNameWithoutOwnUnit), name);
    }
    return;
  }
  if (!printed_names.empty()) {
    const std::string most_common = MostCommon(printed_names).first;
    if (most_common.substr(0, 3) == department.department.code) {
      name = most_common.substr(4);
      int line = 0;
      for (const PrintedDepartment& printed : recovered.department_lines) {
        if (printed.code + " " + printed.name == most_common && !line) line = printed.line;
      }
      report.Guess(line, ImportWord(ImportWordId::kNoteNameFromDepartmentLine), name);
      return;
    }
  }
  const std::string suffix = "本级";
  for (const Unit& unit : department.units) {
    if (!EndsWith(unit.name, suffix)) continue;
    name = unit.name.substr(0, unit.name.size() - suffix.size());
    report.Guess(recovered.unit_lines[unit.code], ImportWord(ImportWordId::kNoteNameFromUnit, {unit.code}), name);
    return;
  }
  diagnostics.Error(FileLocation(document.path),
                    ImportMessage(ImportMessageId::kNoDepartmentNameInDocument));
}

// Units from the 机构设置 table, then a unit for the tables that print none.
void CompleteUnits(RecoveredDocument& recovered, const SourceDocument& document, ImportReport& report,
                   Diagnostics& diagnostics) {
  DepartmentYear& department = recovered.department;
  if (department.department.code.empty()) return;
  ApplyUnitTable(recovered.unit_rows, department, recovered.unit_lines, report);
  if (recovered.unitless.empty()) return;
  const Unit* own = OwnUnit(department);
  if (!own) {
    diagnostics.Error(document.At(department.projects[recovered.unitless.front()].origin.line),
                      ImportMessage(ImportMessageId::kUnitlessTables));
    return;
  }
  std::string numbers;
  for (size_t index : recovered.unitless) {
    Project& project = department.projects[index];
    project.unit_code = own->code;
    numbers += (numbers.empty() ? "" : ", ") + std::to_string(project.number);
  }
  report.Guess(department.projects[recovered.unitless.front()].origin.line,
               ImportWord(ImportWordId::kNoteUnitlessToOwnUnit, {numbers, own->code}),
               own->name);
}

void ResolveJurisdictionCode(RecoveredDocument& recovered, const IdentityOverrides& overrides,
                             const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  DepartmentYear& department = recovered.department;
  const std::vector<PrintedCode> coded = PrintedCodes(recovered);
  std::vector<std::string> prefixes;
  for (const PrintedCode& printed : coded) prefixes.push_back(printed.code.substr(0, 6));
  const auto [code, count] = MostCommon(prefixes);
  if (!overrides.jurisdiction_code.empty()) {
    department.jurisdiction.code = overrides.jurisdiction_code;
    if (!code.empty() && code != overrides.jurisdiction_code) {
      report.Guess(0, ImportWord(ImportWordId::kNoteFlagAgainstCodes, {overrides.jurisdiction_code, code}));
    }
    return;
  }
  if (code.empty()) {
    // No project codes: the place the department's name prints, if one.
    const DivisionMatch place = FindDivisionByName(department.department.name);
    if (place.codes.size() == 1) {
      department.jurisdiction.code = place.codes.front();
      report.Guess(recovered.department_name_line, "行政区划取自部门名称中的地名（GB/T 2260）",
                   place.printed + " → " + place.codes.front());
      return;
    }
    diagnostics.Error(FileLocation(document.path),
                      ImportMessage(ImportMessageId::kNoProjectCodeForJurisdiction));
    return;
  }
  department.jurisdiction.code = code;
  std::string detail = ImportWord(ImportWordId::kNoteOfCodes, {std::to_string(count), std::to_string(coded.size())});
  if (count != static_cast<int>(coded.size())) detail += ImportWord(ImportWordId::kNoteNot, {CodesWithout(coded, code, 0, 6)});
  report.Guess(coded.front().line, ImportWord(ImportWordId::kNoteJurisdictionFromCodes, {code}), detail);
}

void ResolveYear(RecoveredDocument& recovered, const IdentityOverrides& overrides, const SourceDocument& document,
                 ImportReport& report, Diagnostics& diagnostics) {
  DepartmentYear& department = recovered.department;
  const std::vector<PrintedCode> coded = PrintedCodes(recovered);
  std::vector<std::string> years;
  for (const PrintedCode& printed : coded) years.push_back(printed.code.substr(6, 2));
  const auto [code_year, count] = MostCommon(years);
  std::string agreement;
  if (!code_year.empty()) {
    agreement = ImportWord(ImportWordId::kNoteCodesCarryYear, {std::to_string(count), std::to_string(coded.size()), code_year});
    // A project first set up in an earlier year keeps that year in its code.
    if (count != static_cast<int>(coded.size())) agreement += ImportWord(ImportWordId::kNoteNot, {CodesWithout(coded, code_year, 6, 2)});
  }
  if (overrides.year) {
    department.year = *overrides.year;
    return;
  }
  if (const int year = YearOfTitle(department.title)) {
    department.year = year;
    report.Guess(recovered.title_line, ImportWord(ImportWordId::kNoteYearFromTitle, {std::to_string(year)}), agreement);
    return;
  }
  if (code_year.empty()) {
    diagnostics.Error(FileLocation(document.path),
                      ImportMessage(ImportMessageId::kNoYearInTitleOrCodes));
    return;
  }
  department.year = 2000 + std::stoi(code_year);
  report.Guess(coded.front().line, ImportWord(ImportWordId::kNoteYearFromCodes, {std::to_string(department.year)}),
               agreement);
}

void ResolveJurisdictionName(RecoveredDocument& recovered, const IdentityOverrides& overrides,
                             const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  DepartmentYear& department = recovered.department;
  if (!overrides.jurisdiction_name.empty()) {
    department.jurisdiction.name = overrides.jurisdiction_name;
    return;
  }
  const std::string name = JurisdictionNameFromDepartment(department.department.name);
  if (name.empty()) {
    if (!department.department.name.empty()) {
      diagnostics.Error(FileLocation(document.path), ImportMessage(ImportMessageId::kNoJurisdictionName, {department.department.name}));
    }
    return;
  }
  department.jurisdiction.name = name;
  std::string evidence = ImportWord(ImportWordId::kNoteFromDepartmentName, {department.department.name});
  for (const Unit& unit : department.units) {
    if (!StartsWith(unit.name, name)) continue;
    evidence += ImportWord(ImportWordId::kNoteUnitStartsWith, {unit.code, unit.name});
    break;
  }
  const int line = recovered.department_name_line ? recovered.department_name_line
                   : department.units.empty()       ? 0
                                                    : recovered.unit_lines[department.units.front().code];
  report.Guess(line, ImportWord(ImportWordId::kNoteJurisdictionNameDerived, {name}), evidence);
}

}  // namespace

std::string JurisdictionNameFromDepartment(const std::string& department_name) {
  std::string_view name = department_name;
  for (std::string_view party : {std::string_view("中国共产党"), std::string_view("中共")}) {
    if (StartsWith(name, party)) {
      name.remove_prefix(party.size());
      break;
    }
  }
  size_t offset = 0;
  int characters = 0;
  while (offset < name.size()) {
    size_t length = 0;
    const char32_t c = DecodeCodePoint(name, offset, &length);
    offset += length;
    ++characters;
    // 县 county, 市 city, 区 district or development zone, 旗 banner.
    if (c == U'县' || c == U'市' || c == U'区' || c == U'旗') {
      return characters >= 2 ? std::string(name.substr(0, offset)) : "";
    }
  }
  return "";
}

void ResolveIdentity(RecoveredDocument& recovered, const IdentityOverrides& overrides,
                     const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics) {
  ResolveDepartment(recovered, document, report, diagnostics);
  CompleteUnits(recovered, document, report, diagnostics);
  ResolveJurisdictionCode(recovered, overrides, document, report, diagnostics);
  ResolveYear(recovered, overrides, document, report, diagnostics);
  ResolveJurisdictionName(recovered, overrides, document, report, diagnostics);
  DepartmentYear& department = recovered.department;
  department.folder = std::to_string(department.year) + "/" + department.jurisdiction.code + "-" +
                      department.department.code;
}

}  // namespace gongkai
