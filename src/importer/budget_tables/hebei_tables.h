// The budget tables of a Hebei 部门预算信息公开 (seeds 002 and 003).
//
// PDF text (003): 机构设置, 政府采购预算 and 固定资产占用情况, each row on one
// line with its cells between tabs. (Its nine mandated tables, numbered by
// 序号, are read as a grid by the shared table reader: budget_tables_reader.h.)
//
// Word text (002): one cell per line (word_text_reader.h): 机构设置, the
// "三公" table against last year with its reasons, 政府采购预算 (published
// empty, with its note) and 固定资产占用情况.
//
// Both: 机关运行经费 as the narrative states it ("…安排231.44万元，其中办公费
// 48.64万元，…") becomes a table of its items.
#pragma once

#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/budget_table.h"

namespace gongkai {

std::vector<BudgetTable> ReadHebeiPdfTables(const SourceDocument& document, ImportReport& report);
std::vector<BudgetTable> ReadHebeiWordTables(const SourceDocument& document, ImportReport& report);

// 机关运行经费 from the sentence that states it, when there is one: the
// total and each item "其中…" names, amounts kept as printed ("0,。2" stays
// text: it is not a number). Shared by both Hebei readers.
std::optional<BudgetTable> ReadOfficeCostsSentence(const SourceDocument& document, ImportReport& report);

}  // namespace gongkai
