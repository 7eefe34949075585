#include "load/folder_agreement.h"

#include <algorithm>

#include "format/json_locator.h"
#include "validate/site_validator.h"

namespace gongkai {
namespace {

bool IsDigits(const std::string& text, size_t length) {
  return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void CheckFolderAgreesWithFile(const DepartmentYear& department, const std::string& json_file,
                               const std::string& json_text, Diagnostics& diagnostics) {
  const auto at = [&](const std::string& pointer) {
    SourceLocation where = LocateOffset(json_file, json_text, LocateJsonPointer(json_text, pointer));
    where.pointer = pointer;
    return where;
  };
  const size_t slash = department.folder.find('/');
  const std::string year_folder = department.folder.substr(0, slash);
  const std::string folder_name = department.folder.substr(slash + 1);
  if (department.year != 0 && year_folder != std::to_string(department.year)) {
    diagnostics.Error(at("/year"), "year " + std::to_string(department.year) + " disagrees with its folder " +
                                       year_folder + "/; move the folder or correct the year");
  }
  if (!department.jurisdiction.code.empty() && !IsDigits(department.jurisdiction.code, 6)) {
    diagnostics.Error(at("/jurisdiction/code"),
                      "expected a 6-digit 行政区划代码, found \"" + department.jurisdiction.code + "\"");
  }
  if (!department.department.code.empty() && !IsSafePathSegment(department.department.code)) {
    diagnostics.Error(at("/department/code"), "a department code may hold only ASCII letters, digits, '-' and '_'; found \"" +
                                                  department.department.code + "\"");
    return;
  }
  const std::string expected = department.jurisdiction.code + "-" + department.department.code;
  if (!department.jurisdiction.code.empty() && !department.department.code.empty() && folder_name != expected) {
    diagnostics.Error(at("/department/code"), "the folder is named " + folder_name + " but the file says jurisdiction " +
                                                  department.jurisdiction.code + ", department " +
                                                  department.department.code + "; name the folder " + expected);
  }
}

}  // namespace gongkai
