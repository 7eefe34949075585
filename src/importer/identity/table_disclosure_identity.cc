#include "importer/identity/table_disclosure_identity.h"

#include <algorithm>
#include <map>

#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"
#include "importer/identity/administrative_divisions.h"

namespace gongkai {
namespace {

// The first "<4 digits>年" of `text`, or 0.
int FirstYear(const std::string& text) {
  const std::string compact = Compact(text);
  for (size_t i = 0; i + 4 < compact.size(); ++i) {
    if (compact.substr(i, 4).find_first_not_of("0123456789") != std::string::npos) continue;
    if (i > 0 && compact[i - 1] >= '0' && compact[i - 1] <= '9') continue;
    if (compact.compare(i + 4, 3, "年") == 0) {
      const int year = std::stoi(compact.substr(i, 4));
      if (year >= 2000 && year <= 2100) return year;
    }
  }
  return 0;
}

// Leading numbering of a title: "一、", "1.", "4．", "公开01表", "表一".
std::string WithoutNumbering(std::string text) {
  for (const char* mark : {"、", ".", "．"}) {
    const size_t at = text.find(mark);
    if (at != std::string::npos && at <= 9) {
      const std::string head = text.substr(0, at);
      if (head.find_first_not_of("0123456789一二三四五六七八九十") == std::string::npos) return text.substr(at + std::string(mark).size());
    }
  }
  return text;
}

}  // namespace

std::string DepartmentNameInTitle(const std::string& title) {
  std::string text = WithoutNumbering(Compact(title));
  if (const int year = FirstYear(text)) {
    const std::string digits = std::to_string(year);
    const size_t at = text.find(digits);
    if (at == 0) {
      text = text.substr(digits.size() + 3);
      if (StartsWith(text, "度")) text = text.substr(3);
    }
  }
  // The name stands before the words of the table's kind.
  size_t cut = std::string::npos;
  for (const char* marker : {"部门", "单位", "收支", "收入", "支出", "财政拨款", "一般公共预算", "政府性基金", "国有资本",
                             "“三公”", "三公", "机关运行", "政府采购"}) {
    cut = std::min(cut, text.find(marker));
  }
  if (cut == std::string::npos || cut < 4 * 3) return "";
  return text.substr(0, cut);
}

std::string DepartmentNameInHeading(const std::string& heading) {
  const std::string text = WithoutNumbering(Compact(heading));
  const int year = FirstYear(text);
  if (year == 0) return "";
  const size_t at = text.find(std::to_string(year));
  // The name stands before the year ("重庆市交通委员会2023年部门预算情况说明").
  if (at == std::string::npos || at < 4 * 3) return "";
  const std::string after = text.substr(at);
  if (after.find("预算") == std::string::npos && after.find("决算") == std::string::npos) return "";
  return text.substr(0, at);
}

void ResolveTableDisclosureIdentity(DepartmentYear& department, const LaidOutTables& tables,
                                    const SourceDocument& document, const IdentityOverrides& overrides,
                                    DepartmentRegistry* registry, ImportReport& report, Diagnostics& diagnostics) {
  const SourceLocation file = FileLocation(document.path);
  // Name.
  std::string name = tables.department_name;
  if (!name.empty()) {
    report.Guess(tables.department_line, "部门名称取自表头的“编制部门/部门名称”", name);
  } else {
    // The name most titles print (a title may lack it or wrap it).
    std::map<std::string, int> counts;
    for (const BudgetTable& table : tables.tables) {
      const std::string in_title = DepartmentNameInTitle(table.title);
      if (!in_title.empty() && ++counts[in_title] > (name.empty() ? 0 : counts[name])) name = in_title;
    }
    if (!name.empty()) report.Guess(0, "部门名称取自表名（" + std::to_string(counts[name]) + " 张表的表名）", name);
  }
  // A page without tables: the name its heading prints before the year.
  for (size_t i = 0; name.empty() && tables.tables.empty() && i < document.lines.size() && i < 10; ++i) {
    name = DepartmentNameInHeading(document.lines[i].text);
    if (!name.empty()) report.Guess(document.lines[i].number, "部门名称取自标题（年度之前的文字）", name);
  }
  if (name.empty()) {
    diagnostics.Error(file, ImportMessage(ImportMessageId::kNoDepartmentName));
    return;
  }
  department.department.name = name;
  // Year.
  if (overrides.year) {
    department.year = *overrides.year;
  } else {
    for (const BudgetTable& table : tables.tables) {
      if ((department.year = FirstYear(table.title)) != 0) {
        report.Guess(table.origin.line, "预算年度取自表名", std::to_string(department.year));
        break;
      }
    }
    for (size_t i = 0; department.year == 0 && i < document.lines.size() && i < 40; ++i) {
      if ((department.year = FirstYear(document.lines[i].text)) != 0) {
        report.Guess(document.lines[i].number, "预算年度取自封面", std::to_string(department.year));
      }
    }
  }
  if (department.year == 0) {
    diagnostics.Error(file, ImportMessage(ImportMessageId::kNoYear));
  }
  // Jurisdiction: the flag, else the place the department's name prints.
  IdentityOverrides resolved = overrides;
  if (resolved.jurisdiction_code.empty()) {
    const DivisionMatch place = FindDivisionByName(name);
    if (place.codes.size() == 1) {
      resolved.jurisdiction_code = place.codes.front();
      resolved.jurisdiction_name = place.printed;
      report.Guess(tables.department_line, "行政区划取自部门名称中的地名（GB/T 2260）",
                   place.printed + " → " + place.codes.front());
    } else {
      std::string message;
      if (place.codes.empty()) {
        message = ImportMessage(ImportMessageId::kNoJurisdictionCode, {name});
      } else {
        std::string listed;
        for (size_t i = 0; i < place.codes.size(); ++i) listed += (i ? "、" : "") + place.codes[i] + " " + place.names[i];
        message = ImportMessage(ImportMessageId::kJurisdictionAmbiguous,
                                {name, place.printed, listed, place.codes.front() + ":" + place.names.front()});
      }
      // A dry run still shows everything it read; writing needs the code.
      if (!overrides.dry_run) {
        diagnostics.Error(file, message);
        return;
      }
      diagnostics.Warning(file, message + "（试导入照常报告，正式导入前必须指明）");
    }
  }
  department.jurisdiction.code = resolved.jurisdiction_code.empty() ? "000000" : resolved.jurisdiction_code;
  department.jurisdiction.name = resolved.jurisdiction_name;
  if (department.jurisdiction.name.empty()) department.jurisdiction.name = JurisdictionNameFromDepartment(name);
  // Department code.
  if (!overrides.department_code.empty()) {
    department.department.code = overrides.department_code;
    if (registry) registry->Record(department.jurisdiction.code, department.department.code, name);
  } else if (registry) {
    const bool known = registry->Find(department.jurisdiction.code, name).has_value();
    department.department.code = registry->CodeFor(department.jurisdiction.code, name);
    report.Guess(0, known ? "部门编码取自部门登记表（departments.tsv）" : "文件未印部门编码，已在部门登记表中登记新编码",
                 department.department.code + " " + name);
  } else {
    diagnostics.Error(file, ImportMessage(ImportMessageId::kNoDepartmentCode));
    return;
  }
  for (const SourceLine& line : document.lines) {
    const std::string text = LineText(line.text);
    if (!text.empty()) {
      department.title = text;
      break;
    }
  }
  department.folder = std::to_string(department.year) + "/" + department.jurisdiction.code + "-" + department.department.code;
}

}  // namespace gongkai
