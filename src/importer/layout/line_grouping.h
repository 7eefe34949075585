// Words of a page, in whatever order the file stores them, into lines.
//
// A PDF stores text boxes in drawing order, not reading order (Jiangsu's
// tables draw the amounts of wrapped rows last). Words whose vertical
// extents overlap by more than half the smaller height share a baseline and
// form one line; lines are sorted top to bottom and words left to right.
// Words that sit off the page (a template's text pushed above the top edge
// repeats the previous page) are dropped by the caller.
#pragma once

#include <vector>

#include "importer/layout/laid_out_text.h"

namespace gongkai {

std::vector<LaidOutLine> GroupIntoLines(std::vector<PlacedWord> words, int page);

}  // namespace gongkai
