// Inside the Jiangsu reader (region_tables.h): a numbered table's lines,
// its columns, and the readers of its two tree-shaped tables.
#pragma once

#include <string>
#include <vector>

#include "importer/budget_tables/region_tables.h"

namespace gongkai {

// The lines of "公开 NN 表": its title, the header above the first row,
// and the rest (rows, wrapped cells, notes). Blank lines and page numbers
// are left out.
struct JiangsuRegion {
  int number = 0;
  std::string title;
  int title_line = 0;
  std::vector<const SourceLine*> header;
  std::vector<const SourceLine*> body;
};

std::vector<JiangsuRegion> FindJiangsuRegions(const SourceDocument& document);

// The columns the template prints for each kind of table.
BudgetTable JiangsuShape(BudgetTableKind kind);

// 02 收入预算总表: blocks that each start with 小计, a category label
// (一般公共预算资金 …) printed somewhere in the block, amounts on a line of
// their own below their label.
void ReadJiangsuIncome(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table,
                       ImportReport& report);

// 12 政府采购支出预算表: category, then 专项 and 经济科目 with their
// subtotal, then each item with its 采购组织形式; names wrapped around rows.
void ReadJiangsuProcurement(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table,
                            ImportReport& report);

}  // namespace gongkai
