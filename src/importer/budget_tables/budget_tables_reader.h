// The budget tables of a disclosure in a text form without positions
// (部门预算公开表 as cells on lines or between tabs): which template the
// document follows, told from its text, and that template's reader. Pure:
// from the document's lines to BudgetTables, every repair, guess and
// skipped line noted in the report. A PDF and space-aligned text are read
// by position instead, whatever their template (tables/laid_out_tables.h).
//
//   Hebei, PDF text     tab rows numbered by 序号 (seed 003): a grid
//                       (read/tab_rows_reader.h) whose budget tables the
//                       shared reader reads (tables/laid_out_tables.h); its
//                       机构设置, 政府采购, 固定资产 and 机关运行经费 by the
//                       template's reader
//   Hebei, Word text    one cell per line (seed 002)
//   Shanghai            pdf-parse cells, "编制部门：" under each title
//
// Amounts keep the unit and precision printed; nothing is converted.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/budget_table.h"

namespace gongkai {

enum class TableTemplate { kNone, kHebeiPdf, kHebeiWord, kShanghaiParse };

TableTemplate DetectTableTemplate(const SourceDocument& document);
const char* TableTemplateName(TableTemplate table_template);

// Empty when the document has no budget tables (a 绩效文本).
std::vector<BudgetTable> ReadBudgetTables(const SourceDocument& document, ImportReport& report);

}  // namespace gongkai
