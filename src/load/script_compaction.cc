#include "load/script_compaction.h"

#include <vector>

namespace gongkai {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The marks minifiers keep a comment for: a library's licence notice must
// travel with its code.
bool IsKeptComment(const std::string& comment) {
  return comment.compare(0, 3, "//!") == 0 || comment.find("@license") != std::string::npos ||
         comment.find("@preserve") != std::string::npos;
}

}  // namespace

std::string CompactScript(const std::string& script) {
  std::vector<std::string> kept;
  size_t start = 0;
  while (start < script.size()) {
    size_t end = script.find('\n', start);
    if (end == std::string::npos) end = script.size();
    std::string line = script.substr(start, end - start);
    start = end + 1;
    size_t first = 0;
    while (first < line.size() && IsBlank(line[first])) ++first;
    const std::string text = line.substr(first);
    const bool carriage_return = !text.empty() && text.back() == '\r';
    const std::string content = carriage_return ? text.substr(0, text.size() - 1) : text;
    if (content.compare(0, 2, "//") == 0 && !IsKeptComment(content)) {
      if (content.find("*/") != std::string::npos) return script;  // it may end a block comment
      continue;
    }
    if (content.find('`') != std::string::npos) return script;  // a template literal may span lines
    if (!content.empty() && content.back() == '\\') return script;  // a string continued on the next line
    if (content.find_first_not_of(" \t") == std::string::npos) continue;
    kept.push_back(text);
  }
  std::string compact;
  for (const std::string& line : kept) compact += line + "\n";
  return compact;
}

}  // namespace gongkai
