// The cover of a disclosure: who publishes it and its title.
//
//   中共巨鹿县委组织部          department name
//   2024 年部门预算绩效文本     title, possibly over several lines
//   (草案)
//
//   中共巨鹿县委组织部编制      who compiled and who checked it: not imported
//   巨鹿县财政局审核
//
// Word text saved from a 绩效文本 often has no cover at all; then both stay
// empty and the department's name is worked out from its units.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"
#include "importer/import_report.h"

namespace gongkai {

struct CoverPage {
  std::string department_name;  // as printed; empty when not printed
  int department_line = 0;
  std::string title;            // as printed, its lines joined
  int title_line = 0;
};

// `cover` holds the non-blank lines before the contents and the first part.
CoverPage ReadCoverPage(const std::vector<SourceLine>& cover, ImportReport& report);

}  // namespace gongkai
