// A narrative part of a full disclosure (部门职责, 总体情况, “三公”经费,
// 政府采购, 国有资产, 名词解释 …) as a section of markdown: its paragraphs,
// and its tables as markdown tables (markdown_tables.h). The 机构设置 table
// is also read as units (unit_roster.h).
//
// Paragraphs are lines, as everywhere in the importer. PDF and OCR text
// break a paragraph where the page breaks: a long line that ends without
// closing punctuation, followed by one that does not start a new item, is
// one paragraph (003: "…与2022年" / "相比，人员支出…"), rejoined and noted.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"
#include "importer/document_outline.h"
#include "importer/import_report.h"
#include "importer/table_rows.h"
#include "importer/unit_roster.h"
#include "model/site.h"

namespace gongkai {

// How a text format prints tables and paragraphs.
struct NarrativeLayout {
  bool cells_on_lines = false;     // Word text: one "\t<cell>" line per cell, blank line after a row
  bool rejoin_paragraphs = false;  // PDF and OCR text: page breaks split paragraphs
  std::vector<TableRow> (*table_rows)(const std::vector<SourceLine>& lines, ImportReport& report) = nullptr;
};

struct NarrativeContents {
  Section section;                     // id and title from the block (id may still be empty)
  std::vector<UnitTableRow> unit_rows; // from a 机构设置 table in it
};

NarrativeContents ReadNarrative(const OutlineBlock& block, const NarrativeLayout& layout,
                                const SourceDocument& document, ImportReport& report);

}  // namespace gongkai
