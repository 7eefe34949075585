// Small pieces every budget table reader uses to make a BudgetTable: the
// columns of a table shape, cells from printed text, and what a row's label
// says about its place in the table (合计, 一、…, 1.…, 其中：…).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importer/document_lines.h"
#include "model/budget_table.h"

namespace gongkai {

BudgetColumn TextColumn(const char* key, const char* label);
BudgetColumn CodeColumn(const char* key, const char* label);
BudgetColumn AmountColumn(const char* key, const char* label, std::vector<std::string> sum_of = {});
BudgetColumn NumberColumn(const char* key, const char* label);

// A cell of `column` from its printed text: an amount loses its thousands
// separators and keeps its digits ("1,384.70" → "1384.70"); anything else
// is kept as printed.
BudgetCell MakeCell(const BudgetColumn& column, const std::string& printed);

// Appends a row of printed cells (missing trailing cells are blank).
// `line` is the source line the row starts on.
BudgetRow& AddRow(BudgetTable& table, const std::vector<std::string>& printed, int level,
                  const SourceDocument& document, int line);

// 合计, 总计, 合 计, 收入总计, 本年收入合计, 支出合计 …: a table's grand total.
bool IsTotalLabel(std::string_view label);
// "其中：…": a part of the row above, not all of it.
bool IsPartLabel(std::string_view label);
// "一、…" … "三十一、…": a top-level item of a list.
bool StartsWithChineseNumbering(std::string_view label);
// "1.…", "1、…", "（一）…": an item under a top-level one.
bool StartsWithSubNumbering(std::string_view label);

// The line's text as a reader sees it: without form feeds (pdftotext's page
// breaks) and without spaces around it.
std::string LineText(std::string_view text);

// The line's text without spaces (full-width ones included): for matching
// titles and labels, never for text that is kept.
std::string Compact(std::string_view text);

}  // namespace gongkai
