// The indicator rows of a 绩效目标表 (一级指标, 二级指标, 三级指标, 绩效指标描述,
// 指标值, 指标值确定依据) as Indicators.
//
// The first two columns are merged over the rows they cover, so only the
// first row of a group prints them:
//
//   产出指标 | 数量指标 | 订购份数 …
//            | 质量指标 | 党刊征订率 …
//
// The empty cells take the level of the row above. A header row repeated
// after a page break is dropped. Levels outside the fixed vocabulary
// (domain.md) are kept as published and warned about.
#pragma once

#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/table_rows.h"
#include "model/site.h"

namespace gongkai {

// True for the header row 一级指标 | 二级指标 | ….
bool IsIndicatorHeaderRow(const TableRow& row);

// `rows` are the rows below the header row.
std::vector<Indicator> ReadIndicatorRows(const std::vector<TableRow>& rows, const SourceDocument& document,
                                         ImportReport& report, Diagnostics& diagnostics);

}  // namespace gongkai
