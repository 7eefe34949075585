#include "importer/word_field_codes.h"

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// Field codes end with switches: "\f A \l 1". Requiring one keeps ordinary
// text that mentions "TC" (a product name, an abbreviation) intact.
bool HasFieldSwitch(const std::string& code) {
  return code.find("\\l ") != std::string::npos || code.find("\\f ") != std::string::npos;
}

std::string StripBracedCodes(std::string line) {
  size_t search_from = 0;
  while (true) {
    const size_t open = line.find("{ TC ", search_from);
    if (open == std::string::npos) return line;
    const size_t close = line.find('}', open);
    if (close == std::string::npos) return line;
    const std::string code = line.substr(open, close + 1 - open);
    if (!HasFieldSwitch(code)) {
      search_from = close;
      continue;
    }
    line.erase(open, close + 1 - open);
    search_from = open;
  }
}

std::string StripBareCode(const std::string& line) {
  const size_t start = line.rfind(" TC ");
  if (start == std::string::npos) return line;
  const std::string code = TrimAscii(line.substr(start));
  // The bare form runs to the end of the line and ends with "\l <level>".
  const size_t level = code.rfind("\\l ");
  if (level == std::string::npos || !HasFieldSwitch(code)) return line;
  const std::string level_value = TrimAscii(code.substr(level + 3));
  if (level_value.empty() || level_value.find_first_not_of("0123456789") != std::string::npos) return line;
  std::string out = line.substr(0, start);
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
  return out;
}

}  // namespace

std::string StripWordFieldCodes(const std::string& line) {
  if (line.find("TC ") == std::string::npos) return line;
  return StripBareCode(StripBracedCodes(line));
}

}  // namespace gongkai
