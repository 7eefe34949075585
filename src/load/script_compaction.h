// CompactScript: a theme's JavaScript as the site publishes it, without
// its comment lines, blank lines and indentation. search.js is most of the
// bytes a search fetches from an empty cache (15 of 25 KB gzipped), and a
// third of it is the comments that say why; a reader on a slow network
// needs none of them, and the theme's source keeps them.
//
// Only whole lines change, so the script means what it meant whenever no
// line break sits inside a literal: a line whose first non-blank
// characters are "//" is dropped (unless it is a licence notice, "//!",
// "@license" or "@preserve", as minifiers keep), as is a blank line, and
// every other line loses its leading blanks. A script where a line break could sit inside a
// literal (a backtick outside the dropped lines, a line ending in a
// backslash) or where a dropped line could end a block comment ("*/") is
// returned as it is. Pure and deterministic.
#pragma once

#include <string>

namespace gongkai {

std::string CompactScript(const std::string& script);

}  // namespace gongkai
