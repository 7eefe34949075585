// Word field codes left in text saved from Word.
//
// A heading that Word lists in its table of contents carries a TC field. When
// the document is saved as text the field's code is printed after the
// heading, either in braces or bare:
//
//   一、总体绩效目标{ TC 总体绩效目标 \f A \l 1 }
//   一、总体绩效目标 TC 总体绩效目标 \f A \l 1
//
// The code is not part of the text; the heading before it is.
#pragma once

#include <string>

namespace gongkai {

// The line without its field code, or unchanged when it has none. Only
// codes that look like Word's (TC, then switches such as \f A, \l 1) are
// taken away, so text that happens to contain " TC " is kept.
std::string StripWordFieldCodes(const std::string& line);

}  // namespace gongkai
