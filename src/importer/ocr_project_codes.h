// 项目编码 read by OCR, checked against each other once all are read.
//
// OCR reads a wrapped code cell as two columns (cell_repair.h): 000 prints
// "13081123P0 1X" beside "0001251000". Put together that is one character
// too long, because OCR read the character at the wrap in both columns
// (13081123P0 | 0001251000: the codes printed on one line, such as
// 13081123P00012210001W, have 21 characters). So:
//
//   length as the codes read whole                  kept
//   one longer, the same character either side of   that character once,
//     the seam between the first two parts          noted as a guess
//   anything else (a part missing, another          no code: the project is
//     prefix)                                       imported without one, noted
//
// The length and prefix (jurisdiction and year) are those most codes of the
// document share. A wrong code would link the project to another's page;
// a missing one only leaves it without.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "model/site.h"

namespace gongkai {

// `code_parts[i]` are the cells project i's code was printed in.
void ResolveOcrProjectCodes(const std::vector<std::vector<std::string>>& code_parts, const SourceDocument& document,
                            DepartmentYear& department, ImportReport& report);

}  // namespace gongkai
