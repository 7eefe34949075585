// Suggestions for mistyped names: flags, commands, JSON fields, templates.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

// The candidate closest to `word` by edit distance (in UTF-8 characters), if
// it is close enough to be a plausible typo; otherwise "".
std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace gongkai
