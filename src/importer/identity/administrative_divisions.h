// The jurisdiction a department belongs to, found by the place name it
// prints: "上海市普陀区司法局" → 310107, "江苏省高级人民法院" → 320000.
//
// The codes and names are GB/T 2260's, down to counties, from the committed
// data file administrative_divisions.tsv (its header says where it comes
// from), embedded in the binary at build time. A place is found under the
// names a document prints for it: with its province and prefecture
// (上海市普陀区, 河北省秦皇岛市昌黎县), with its prefecture (秦皇岛市昌黎县), or
// alone (昌黎县) when that is three characters or more. The longest name
// found wins; when the longest is the name of more than one place (普陀区:
// 上海 and 舟山), the document does not say which, and --jurisdiction must.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

struct DivisionMatch {
  std::string printed;             // the name as found in the text: 上海市普陀区
  std::vector<std::string> codes;  // the places of that name: one, or several when ambiguous
  std::vector<std::string> names;  // their full names (province, prefecture, county), beside the codes
};

// The place `text` names, or an empty match (no codes) when it names none.
DivisionMatch FindDivisionByName(std::string_view text);

// The full name of a code ("310107" → 上海市普陀区), or "" for a code not in the table.
std::string DivisionName(const std::string& code);

}  // namespace gongkai
