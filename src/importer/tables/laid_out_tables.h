// The budget tables of a laid-out document (PDF or space-aligned text),
// recognised by what they are, whatever template printed them:
//
//   title     a short line ending in 表 whose words name a kind
//             (table_vocabulary.h); a line of a table of contents is one
//             too, so a title starts a table only when rows follow it
//             before the next title
//   header    the lines between the title and the first row, without the
//             编制部门 and 单位 lines: columns and their groups
//             (header_columns.h), each column's role from its words
//   rows      every line with an amount or a code; each word placed in its
//             column by position (row_cells.h); codes printed over 类/款/项
//             columns, fused with the name or split by a space joined; a
//             name wrapped to the lines around its row rejoined; a header
//             repeated after a page break and page numbers dropped
//
// Every amount lands in its table, row and column. What cannot be placed
// (a code that is no classification code, an amount beside no column) is
// kept and reported with its page and row.
#pragma once

#include <vector>

#include "importer/import_report.h"
#include "importer/layout/laid_out_text.h"
#include "model/budget_table.h"

namespace gongkai {

struct LaidOutTables {
  std::vector<BudgetTable> tables;
  std::string department_name;  // the first 编制部门/部门名称 line, "" when none
  int department_line = 0;
  int amounts = 0;    // amounts placed in a column
  int unplaced = 0;   // amounts that could not be placed
  // The lines each table read took, title to last row (a duplicate that was
  // not kept included): the narrative reader leaves them alone.
  std::vector<LineRange> claimed;
};

LaidOutTables ReadLaidOutTables(const LaidOutText& text, ImportReport& report);

}  // namespace gongkai
