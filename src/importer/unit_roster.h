// The department's units, completed from the 机构设置 table of a full
// disclosure:
//
//   单位名称                          单位性质  单位规格    经费保障形式
//   中国共产党阜平县委员会办公室      行政      正科级      财政拨款
//
// The table names units without codes; the 绩效目标表 name them with codes
// ("201006中国共产党阜平县委员会统战部"). A row is matched to a coded unit by
// name: equal, one ending with the other (阜平县残疾人联合会 / 河北省阜平县
// 残疾人联合会), the department itself for its 本级 unit, and, last, the one
// row and the one unit left over. Matched units get the row's 单位性质,
// 单位规格 and 经费保障形式.
//
// A document whose tables print no unit at all (003) has only the table:
// its 本级 row becomes the unit <department>001, the code 本级 carries in
// every coded disclosure, and the report says it is a guess. Other rows
// without a code are not made up into units; the section keeps them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/site.h"

namespace gongkai {

struct UnitTableRow {
  std::string name;
  std::string nature;   // 单位性质
  std::string rank;     // 单位规格
  std::string funding;  // 经费保障形式
  int line = 0;
};

// The rows of a table whose header names 单位名称 and 单位性质, 单位规格 or
// 经费保障形式; empty for any other table. `cells` are the table's rows.
std::vector<UnitTableRow> ReadUnitTable(const std::vector<std::vector<std::string>>& cells,
                                        const std::vector<int>& lines);

// Matches `rows` to department.units (see above); `unit_lines` gains the
// line of a unit made from a row. REQUIRES: department.department is set.
void ApplyUnitTable(const std::vector<UnitTableRow>& rows, DepartmentYear& department,
                    std::map<std::string, int>& unit_lines, ImportReport& report);

// The department's own unit: code <department>001, else the one named …本级.
const Unit* OwnUnit(const DepartmentYear& department);

}  // namespace gongkai
