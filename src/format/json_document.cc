#include "format/json_document.h"

#include <algorithm>
#include <cctype>

#include "format/json_locator.h"
#include "format/utf8_text.h"

namespace gongkai {
namespace {

// nlohmann reports the byte just past the token it choked on; people look
// for the token's start.
size_t TokenStart(const std::string& text, size_t error_byte) {
  size_t offset = std::min(error_byte > 0 ? error_byte - 1 : 0, text.size());
  if (offset < text.size() && text[offset] == '"' && offset > 0) {
    size_t start = offset - 1;
    while (start > 0 && !(text[start] == '"' && text[start - 1] != '\\')) --start;
    return start;
  }
  while (offset > 0 && (std::isalnum(static_cast<unsigned char>(text[offset - 1])) || text[offset - 1] == '.' ||
                        text[offset - 1] == '-' || text[offset - 1] == '+')) {
    --offset;
  }
  return offset;
}

// Offset of the bracket that opens one level more than `limit`, or npos.
// One pass, strings skipped: cheap beside the parse it protects.
size_t FindTooDeep(const std::string& text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string::npos;
}

}  // namespace

bool ParseJsonDocument(const std::string& file, const std::string& text, nlohmann::json& document,
                       Diagnostics& diagnostics) {
  if (text.empty()) {
    diagnostics.Error(SourceLocation{file}, "the file is empty; expected a JSON object");
    return false;
  }
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    diagnostics.Error(LocateOffset(file, text, 0),
                      "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
    return false;
  }
  const size_t invalid = FindInvalidUtf8(text);
  if (invalid != std::string::npos) {
    SourceLocation where = LocateOffset(file, text, invalid);
    where.source_line.clear();  // it would print the broken bytes
    diagnostics.Error(where, "invalid UTF-8 at byte offset " + std::to_string(invalid) + " (" +
                                 DescribeCharacterAt(text, invalid) + "); save the file as UTF-8");
    return false;
  }
  const size_t too_deep = FindTooDeep(text, kMaxJsonDepth);
  if (too_deep != std::string::npos) {
    SourceLocation where = LocateOffset(file, text, too_deep);
    where.source_line.clear();  // a line of 100,000 brackets helps no one
    diagnostics.Error(where, "values nested more than " + std::to_string(kMaxJsonDepth) +
                                 " deep; no gongkai file nests so deep: is this the right file?");
    return false;
  }
  try {
    document = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    std::string what = error.what();
    const size_t detail = what.find("syntax error");
    if (detail != std::string::npos) what = what.substr(detail);
    if (what.find("unexpected string literal; expected '}'") != std::string::npos ||
        what.find("unexpected string literal; expected ']'") != std::string::npos) {
      what += " (is a comma missing before it?)";
    }
    diagnostics.Error(LocateOffset(file, text, TokenStart(text, error.byte)), "malformed JSON: " + what);
    return false;
  } catch (const nlohmann::json::out_of_range& error) {
    // "1e999": a number too large for a double. Not a parse_error, and
    // uncaught it would end the whole program.
    const auto [literal, offset] = LocateOverflowingNumber(text, error.what());
    diagnostics.Error(LocateOffset(file, text, offset), "malformed JSON: the number " + literal + " is too large to read");
    return false;
  } catch (const nlohmann::json::exception& error) {
    diagnostics.Error(SourceLocation{file}, std::string("malformed JSON: ") + error.what());
    return false;
  }
  return true;
}

}  // namespace gongkai
