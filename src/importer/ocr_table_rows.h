// The rows of a 绩效目标表 read by OCR, made into rows the shared readers
// (project_table.h, indicator_rows.h) understand. OCR sees columns where
// the printed table has none and misplaces what spans rows:
//
//   noise           cells of a few stray marks (•, ·, _, Ę, II) from rules
//                   and stamps: emptied
//   unit line       "102001 中共" | "共承德…本级": one cell
//   split labels    资金支出计 / 划(%) over two rows; 绩效指 | 标描述 over
//                   two columns of the indicator header: the header says
//                   which columns make each of the six, and every row below
//                   it is read by that (until the header repeats on the
//                   next page)
//   split text      the 绩效目标 and 资金用途 text over several columns: one cell
//   continued rows  a row cut by a page break goes on in a row with no
//                   一级指标, whose 二级指标 completes the one above
//                   (可持续影响 + 指标) or which has no 二级指标 and 三级指标:
//                   joined into the row above
//   一级指标        OCR prints a merged cell's text in the middle of its
//                   rows, and misreads it; each 二级指标 belongs to one
//                   一级指标 (indicator_levels.h), which is used
//
// Each repair is noted in the report with its line.
#pragma once

#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/table_rows.h"

namespace gongkai {

std::vector<TableRow> OcrTableRows(const std::vector<SourceLine>& body, ImportReport& report);

// True for a cell OCR made of stray marks: no Chinese character, digit or
// comparison sign, and at most two characters or only punctuation.
bool IsOcrNoise(const std::string& cell);

}  // namespace gongkai
