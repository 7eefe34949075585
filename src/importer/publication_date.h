// The publication date a disclosure prints on its cover ("2018 年 2 月 24 日"
// on its own line, before the contents), for the archive's record of the
// original (docs/format.md, source_published).
//
// Only a date standing alone on the cover counts: a date in running text
// ("截至2023年8月31日，…") says when something was counted, not when the
// document was published. Most documents print none; then nothing is said.
#pragma once

#include <string>
#include <vector>

#include "importer/document_lines.h"

namespace gongkai {

// "2018-02-24", or "" when the cover prints no date of its own.
std::string PrintedPublicationDate(const std::vector<SourceLine>& lines);

}  // namespace gongkai
