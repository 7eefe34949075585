// The budget tables of a published disclosure (部门预算公开表): which
// template the document follows, told from its text, and that template's
// reader. Pure: from the document's lines to BudgetTables, every repair,
// guess and skipped line noted in the report.
//
//   Hebei, PDF text     tab rows numbered by 序号 (seed 003)
//   Hebei, Word text    one cell per line (seed 002)
//   Shanghai            "编制部门：" under each title; pdftotext -layout or pdf-parse
//   Jiangsu             "公开 01 表" … "公开 12 表"
//
// Amounts keep the unit and precision printed; nothing is converted.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/budget_table.h"

namespace gongkai {

enum class TableTemplate { kNone, kHebeiPdf, kHebeiWord, kShanghaiLayout, kShanghaiParse, kJiangsuLayout };

TableTemplate DetectTableTemplate(const SourceDocument& document);
const char* TableTemplateName(TableTemplate table_template);

// Empty when the document has no budget tables (a 绩效文本).
std::vector<BudgetTable> ReadBudgetTables(const SourceDocument& document, ImportReport& report);

}  // namespace gongkai
