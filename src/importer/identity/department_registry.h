// The departments a content folder knows, by jurisdiction and name:
// content/departments.tsv, one "jurisdiction<TAB>code<TAB>name" per line.
//
// Many disclosures print no department code (none of the Shanghai or
// Jiangsu ones does), yet a department's URL must stay the same every year.
// The importer looks the name up here and, for a department it has not
// seen, gives the next free code ("r01", "r02" …: r for registry, never a
// code a budget system prints) and adds it, so next year's import of the
// same name lands in the same place. A code given with --department wins
// and is recorded too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace gongkai {

struct RegisteredDepartment {
  std::string jurisdiction;  // 6-digit code
  std::string code;
  std::string name;
};

struct DepartmentRegistry {
  std::vector<RegisteredDepartment> departments;  // file order
  bool changed = false;

  // The code registered for the name in the jurisdiction, if any.
  std::optional<std::string> Find(const std::string& jurisdiction, const std::string& name) const;
  // The name's code: registered, else a new one, recorded.
  std::string CodeFor(const std::string& jurisdiction, const std::string& name);
  // Records a code given on the command line.
  void Record(const std::string& jurisdiction, const std::string& code, const std::string& name);
};

// Reads PATH (a missing file is an empty registry); errors name the line.
std::optional<DepartmentRegistry> ReadDepartmentRegistry(const std::string& path, Diagnostics& diagnostics);

// The file's bytes: a comment line, then one line per department.
std::string FormatDepartmentRegistry(const DepartmentRegistry& registry);

// Writes the registry to PATH whole or not at all (a temporary file beside
// it, renamed over it); false with `error` set on failure.
bool WriteDepartmentRegistry(const std::string& path, const DepartmentRegistry& registry, std::string& error);

}  // namespace gongkai
