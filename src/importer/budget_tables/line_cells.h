// The cells of one printed table line, for the three ways a table reaches
// text in the documents we read:
//
//   tab rows     PDF text (seed 003): one row per line, cells between tabs,
//                empty cells kept ("1\t\t合计\t1241.14\t…").
//   parse rows   pdf-parse (Shanghai, 03_…): cells between " \t", empty
//                cells dropped, so a sparse row's cells shift left.
//   layout rows  pdftotext -layout (01_…, 05_…): cells aligned by spaces;
//                a cell's horizontal position is all that says which column
//                it is in.
//
// A cell keeps its text exactly; only the spaces around it are dropped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.h"
#include "importer/document_lines.h"

namespace gongkai {

struct PlacedCell {
  std::string text;
  int x = 0;    // layout rows: first character's column (in characters); other rows: the cell's index
  int end = 0;  // layout rows: column just past the last character
  int line = 0;

  int Center() const { return (x + end) / 2; }
};

// Tab rows: every cell, empty ones included, trimmed of spaces.
std::vector<PlacedCell> SplitTabRow(const SourceLine& line);

// Parse rows: the non-empty cells between tabs, trimmed of spaces.
std::vector<PlacedCell> SplitParseRow(const SourceLine& line);

// Layout rows: runs of text separated by two or more spaces are cells; a
// number standing by itself between single spaces is a cell of its own too,
// because pdftotext sets a right-aligned amount one space before the next
// column's text ("96,282,213.44 一、公共安全支出").
std::vector<PlacedCell> SplitLayoutRow(const SourceLine& line);

// An amount as printed: digits with an optional '-', optional thousands
// separators in groups of three ("87,267,272.44") and optional decimals.
// Returns the exact value at the printed precision, or nullopt.
std::optional<Decimal> ParsePrintedAmount(std::string_view text);

// Blank placeholders a table prints in an amount cell for "none".
bool IsDashPlaceholder(std::string_view text);

}  // namespace gongkai
