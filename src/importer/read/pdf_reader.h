// The PDF itself, read with poppler's C++ library: each page's words with
// their boxes (page::text_list), grouped into lines (layout/line_grouping.h).
// The only file that touches poppler.
//
// Refused with a message in Chinese that says what to do: a PDF that does
// not open (damaged, or locked with a password), one without a text layer
// (a scan: run OCR first), and one whose text is not Chinese characters
// (fonts without a ToUnicode map give private-use or replacement
// characters: the words cannot be read, only seen).
#pragma once

#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "importer/layout/laid_out_text.h"

namespace gongkai {

std::optional<LaidOutText> ReadPdf(const std::string& path, const std::string& bytes, Diagnostics& diagnostics);

}  // namespace gongkai
