// A budget table as a view (partials/budget_table.mustache): the table as
// published, and for a table classified by function a drill-down 类 → 款 →
// 项 made of nested <details>, which opens without JavaScript.
//
// Columns blank in every row are left out of the page (a column of empty
// cells reads as missing data) and named below the table; the CSV download
// keeps every column.
#pragma once

#include <string>

#include "model/site.h"
#include "render/view.h"

namespace gongkai {

// `csv_url` is the table's download, relative to the page.
View BudgetTableView(const BudgetTable& table, const std::string& csv_url);

// The page anchor of a table: "table-expenditure".
std::string BudgetTableAnchor(const BudgetTable& table);
// The anchor of a row (0-based `index` in published order), so a figure
// can be cited by link: "table-expenditure-r3" is the third row.
std::string BudgetRowAnchor(const BudgetTable& table, size_t index);

}  // namespace gongkai
