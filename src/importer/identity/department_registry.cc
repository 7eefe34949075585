#include "importer/identity/department_registry.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {

std::optional<std::string> DepartmentRegistry::Find(const std::string& jurisdiction, const std::string& name) const {
  for (const RegisteredDepartment& department : departments) {
    if (department.jurisdiction == jurisdiction && department.name == name) return department.code;
  }
  return std::nullopt;
}

std::string DepartmentRegistry::CodeFor(const std::string& jurisdiction, const std::string& name) {
  if (const auto code = Find(jurisdiction, name)) return *code;
  int next = 1;
  for (const RegisteredDepartment& department : departments) {
    if (department.jurisdiction != jurisdiction || department.code.size() < 2 || department.code[0] != 'r') continue;
    const std::string digits = department.code.substr(1);
    if (digits.find_first_not_of("0123456789") == std::string::npos && digits.size() < 6) {
      next = std::max(next, std::stoi(digits) + 1);
    }
  }
  std::string code = std::to_string(next);
  code = "r" + std::string(code.size() < 2 ? 2 - code.size() : 0, '0') + code;
  departments.push_back({jurisdiction, code, name});
  changed = true;
  return code;
}

void DepartmentRegistry::Record(const std::string& jurisdiction, const std::string& code, const std::string& name) {
  for (const RegisteredDepartment& department : departments) {
    if (department.jurisdiction == jurisdiction && department.code == code && department.name == name) return;
  }
  departments.push_back({jurisdiction, code, name});
  changed = true;
}

std::optional<DepartmentRegistry> ReadDepartmentRegistry(const std::string& path, Diagnostics& diagnostics) {
  DepartmentRegistry registry;
  std::ifstream in(path, std::ios::binary);
  if (!in) return registry;
  std::string line;
  int number = 0;
  bool ok = true;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (TrimAscii(line).empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    if (fields.size() != 3 || fields[0].size() != 6 || fields[0].find_first_not_of("0123456789") != std::string::npos ||
        fields[1].empty() || fields[2].empty()) {
      SourceLocation where{path, number, 1, "", line};
      diagnostics.Error(where, ImportMessage(ImportMessageId::kRegistryLine));
      ok = false;
      continue;
    }
    registry.departments.push_back({fields[0], fields[1], fields[2]});
  }
  if (!ok) return std::nullopt;
  return registry;
}

std::string FormatDepartmentRegistry(const DepartmentRegistry& registry) {
  std::string text =
      "# 部门登记表：未印部门编码的部门在此得到固定编码（gongkai import 维护；行政区划代码\t部门编码\t部门名称）\n";
  for (const RegisteredDepartment& department : registry.departments) {
    text += department.jurisdiction + "\t" + department.code + "\t" + department.name + "\n";
  }
  return text;
}

bool WriteDepartmentRegistry(const std::string& path, const DepartmentRegistry& registry, std::string& error) {
  const std::string temporary = path + ".new";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << FormatDepartmentRegistry(registry);
    out.flush();
    if (!out) {
      error = "无法写入部门登记表";
      std::remove(temporary.c_str());
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    error = "无法写入部门登记表";
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace gongkai
