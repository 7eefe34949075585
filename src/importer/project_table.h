// One project's 绩效目标表, from rows of cells to a Project.
//
//   203001中国共产党昌黎县委员会组织部本级 | 单位：万元
//   项目编码 | 130322210TL1EUNN2FE59 | 项目名称 | 2021年选聘…
//   预算规模及资金用途 | 预算数 | 20.32 | 其中：财政资金 | 20.32 | 其他资金 | 0
//                      | 2021年度对到村任职高校毕业生的补助          (资金用途)
//   资金支出计划（%）  | 3月底 | 6月底 | 10月底 | 12月底
//                      |       |       | 50.00% | …
//   绩效目标 | 1.按时发放… 2.按标准发放…
//   一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据
//   …indicator rows (indicator_rows.h)
//
// Cells are found by their labels, not by position, because the formats
// place them differently (PDF text puts an empty cell after 项目编码). The one
// exception is the spending plan: each value belongs to the milestone printed
// above it, so values are matched to milestones by column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/table_rows.h"
#include "model/site.h"

namespace gongkai {

struct ProjectTable {
  SourceLine heading;          // "1.2021年选聘…资金绩效目标表", field code removed
  std::vector<TableRow> rows;  // all rows below the heading, the unit line included
  // OCR text: the heading is read more reliably than the table, whose name
  // cell it replaces when they differ, and rows the importer does not know
  // are OCR's reading of rules and stamps, noted rather than warned about.
  bool ocr = false;
};

struct ProjectTableContents {
  Project project;
  Unit unit;  // the unit line above the table: code and name only; empty when the table prints none
  int unit_line = 0;
  int code_line = 0;  // where the 项目编码 is printed; 0 when it is not
  std::vector<std::string> code_parts;  // the cells the code was printed in (cell_repair.h)
};

// nullopt when the table lacks what a project needs (a name); the reasons
// are in `diagnostics`. A table without a unit line is returned with an
// empty unit: which unit it belongs to is for the caller to work out.
std::optional<ProjectTableContents> ReadProjectTable(const ProjectTable& table, const SourceDocument& document,
                                                     ImportReport& report, Diagnostics& diagnostics);

// "1.通过经费支出保障党刊征订。 2.通过党刊征订促进党员干部学习。" → the goals
// without their numbers. A goal starts where the next number (1., 2., …)
// begins the text or a line, or follows a space and is not a decimal
// ("增长 3.5%"). Numbers inside a goal ("1.1.强化培训…2.加强…") stay.
std::vector<std::string> SplitNumberedGoals(const std::string& text);

}  // namespace gongkai
