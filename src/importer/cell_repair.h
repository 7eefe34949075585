// Undoing what PDF text extraction does to table cells, and nothing more.
//
// A PDF stores a narrow table cell as several visual lines; extraction joins
// them with a space: "社会效益指 标" is the cell 社会效益指标. Chinese puts no
// spaces between words, so a space between two Chinese characters inside a
// cell is always such a seam. A space between Chinese and Latin letters or
// digits ("1000 份", "12 月底", "巨好办 APP") may be how the department typed
// it, so it stays.
//
// Project codes are ASCII letters and digits without spaces; a wrapped one
// comes out as "13052924P0058401208 62".
#pragma once

#include <string>
#include <vector>

namespace gongkai {

// The cell with every run of spaces between two CJK characters (see
// IsCjkCodePoint) removed; other spaces kept as printed.
std::string MendSplitCell(const std::string& cell);

// The code without the spaces a wrap put into it.
std::string ReassembleCode(const std::string& cell);

// The code from the cells it was printed in. One cell: as ReassembleCode.
// Several (OCR reads a wrapped code cell as two columns: "13081123P0 1X"
// beside "0001251000", the first and last visual line in one, the middle
// line in the other): the first part's first piece, the following parts,
// then the rest of the first part.
std::string ReassembleCodeParts(const std::vector<std::string>& parts);

// True for a plausible 项目编码: 6-digit jurisdiction, 2-digit year, then
// ASCII upper-case letters and digits ("13052924P005840120862").
bool LooksLikeProjectCode(const std::string& code);

}  // namespace gongkai
