// A printed table's columns, read off its header block: the words above
// the first row, each with its x-range.
//
// A header word under which two or more separate words stand is a group
// header (收入预算 over 合计 … 其他收入; 功能分类科目编码 over 类 款 项); the
// other words are column labels, and labels stacked on each other (事业单位
// over 经营收入, 因公出国 over （境）费) are one label. Letter-spaced labels
// that the PDF split ("金" "额") are joined first. Each column gets the
// x-range of its label and the labels of the groups above it, top first.
#pragma once

#include <string>
#include <vector>

#include "importer/layout/laid_out_text.h"

namespace gongkai {

struct HeaderColumn {
  double x0 = 0, x1 = 0;
  std::vector<std::string> path;  // group labels top to bottom, then the column's own label
  std::string Label() const { return path.empty() ? "" : path.back(); }
};

// How a header is set in text laid out in `unit` (LaidOutText::unit): data,
// one entry a unit.
struct HeaderGeometry {
  // How far apart, in word heights, the lines of one wrapped cell may be.
  // In a PDF they are 1.3 to 1.6 heights apart (a label under a group sits
  // further down). In layout text a row is one line high, and pdftotext puts
  // the lines of a wrapped cell two rows apart where a taller neighbouring
  // cell's lines fall between them (因公出 / 国（境） / 费 on rows 1, 3, 5).
  double wrapped_line_pitch = 1.7;
  // How far beyond each end, in its own widths, a label alone on its row
  // looks for the labels it may head. In a PDF a group label is centred over
  // its columns and about as wide as their labels (half its width). In
  // character columns every character is one column wide while the columns
  // stand far apart (公务用车购置及运行费 at 49–59 over 小计 at 42, 运行费 at 64).
  double lone_label_reach = 0.5;
  // How far a label alone on its row may stop short of a column's label and
  // still head it: in character columns a centred label is only placed to
  // the nearest column (公务用车购置及运行维护费 from 35, its 小计 at 32–34).
  double lone_label_slack = 0;
};
HeaderGeometry HeaderGeometryOf(const std::string& unit);

// kTwo: the header of a table of income beside spending (收支总表), whose
// sides each repeat an item column and its amounts (项目 预算数 | 项目 预算数):
// its sides are told apart by those labels, before the labels over them
// are placed.
enum class TableSides { kOne, kTwo };

// Columns left to right; empty when the header holds no words.
std::vector<HeaderColumn> ReadHeaderColumns(const std::vector<const LaidOutLine*>& header,
                                            const HeaderGeometry& geometry = HeaderGeometry{},
                                            TableSides sides = TableSides::kOne);

}  // namespace gongkai
