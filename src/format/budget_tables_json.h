// tables.json: a department-year's published budget tables (docs/format.md,
// "tables.json"), read into the model and written back.
//
// A file of its own beside department.json, so that the tables (imported
// from the mandated 部门预算公开表) and the narrative and projects can be
// imported, edited and reviewed separately.
//
// Reading reports every problem as a located Diagnostic (file:line:col and
// JSON pointer) and keeps going; each table and row keeps its pointer as
// its origin, so a consistency warning names the row it is about. Writing
// is deterministic: fixed key order, one row per line (a diff shows which
// rows changed), two-space indent, UTF-8, final newline. Reading what was
// written gives the same tables.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/budget_table.h"

namespace gongkai {

// `file` is the path shown in messages; `text` the file's bytes.
std::vector<BudgetTable> ParseBudgetTablesJson(const std::string& file, const std::string& text,
                                               Diagnostics& diagnostics);

std::string BudgetTablesToJson(const std::vector<BudgetTable>& tables);

// One table as a JSON object (the same form as in tables.json), for the
// department-year download.
std::string BudgetTableToJsonObject(const BudgetTable& table, int indent);

// The level a row has when tables.json does not say: its code's level in a
// classified table, else 1.
int DefaultRowLevel(const BudgetTable& table, const BudgetRow& row);

}  // namespace gongkai
