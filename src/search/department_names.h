// The names readers call a department by, besides the one it publishes
// under: 中国共产党昌黎县委员会组织部 is 中共昌黎县委组织部 and
// 昌黎县委组织部 in everyday use, 江苏省高级人民法院 is 江苏高院. Derived
// by the rules of kDepartmentNameRules (department_names.cc), a table of
// words: a new form of name is a new row, not new code.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

// The other forms of `name`, in code point order, without `name` itself
// and without any form that is part of a longer one (or of `name`): a
// search for 昌黎县委组织部 finds it inside 中共昌黎县委组织部. Bounded: at
// most a few dozen forms for any name.
std::vector<std::string> DepartmentNameForms(const std::string& name);

}  // namespace gongkai
