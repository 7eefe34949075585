// Who and when, for a disclosure of budget tables without 绩效目标表 (the
// Shanghai and Jiangsu documents): read from what the tables print.
//
//   department name  编制部门：/编制单位：/部门名称：/预算主管部门： beside the
//                    tables; else the name in a table title
//                    ("2017 年度江苏省高级人民法院部门收支预算总表")
//   year             --year, else the first "<year>年" of a table title or
//                    of the cover
//   jurisdiction     --jurisdiction (no such document prints its code)
//   department code  --department, else the content folder's registry
//                    (identity/department_registry.h), which gives a new
//                    department a code and keeps it for every later year
//
// Each reading is noted in the report; what cannot be told is an error
// that says which flag gives it.
#pragma once

#include "base/diagnostic.h"
#include "importer/department_identity.h"
#include "importer/document_lines.h"
#include "importer/identity/department_registry.h"
#include "importer/import_report.h"
#include "importer/tables/laid_out_tables.h"
#include "model/site.h"

namespace gongkai {

void ResolveTableDisclosureIdentity(DepartmentYear& department, const LaidOutTables& tables,
                                    const SourceDocument& document, const IdentityOverrides& overrides,
                                    DepartmentRegistry* registry, ImportReport& report, Diagnostics& diagnostics);

// "2017 年度江苏省高级人民法院部门收支预算总表" → "江苏省高级人民法院"; "" when the
// title names no department before 部门/单位.
std::string DepartmentNameInTitle(const std::string& title);

// The department a heading names before its year: "重庆市交通委员会2023年部门
// 预算情况说明" → 重庆市交通委员会; "" when the heading is no budget's.
std::string DepartmentNameInHeading(const std::string& heading);

}  // namespace gongkai
