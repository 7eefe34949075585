// Finds where a JSON pointer's value starts in the original text, so that an
// error about a wrong value can name line:column as well as the pointer.
// nlohmann/json does not keep positions of parsed values; this small scanner
// re-reads the text only on the error path.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/diagnostic.h"

namespace gongkai {

// Byte offset of the value at `pointer` ("" is the whole document), or of the
// deepest enclosing value that exists. REQUIRES: text is valid JSON.
size_t LocateJsonPointer(std::string_view text, const std::string& pointer);

// nlohmann/json reports a number too large for a double ("1e999") as
// out_of_range, without a position but quoting the literal: the literal
// (from `what`) and its offset in `text` (0 when not found).
std::pair<std::string, size_t> LocateOverflowingNumber(std::string_view text, const std::string& what);

// The locations of one file's JSON pointers, for readers that ask for many
// (every project and indicator row keeps its origin). Asking
// LocateJsonPointer and LocateOffset each time rescans the text from the
// top: loading a 1 MB department.json took seconds, a 10 MB one would take
// hours. Here the first question indexes every value in one pass; each
// later one is a hash lookup and a binary search.
// REQUIRES: `text` is valid JSON and outlives this object (`file` is copied).
class JsonLocations {
 public:
  JsonLocations(const std::string& file, const std::string& text) : file_(file), text_(text) {}

  // As LocateOffset(file, text, LocateJsonPointer(text, pointer)), plus
  // `pointer` ("/" for the whole document).
  SourceLocation At(const std::string& pointer) const;

 private:
  void BuildIndex() const;
  SourceLocation AtOffset(size_t offset) const;

  const std::string file_;
  const std::string& text_;
  mutable bool indexed_ = false;
  mutable std::unordered_map<std::string, size_t> values_;  // pointer -> offset of its value
  mutable std::vector<size_t> line_starts_;
  mutable std::vector<size_t> characters_before_block_;  // UTF-8 characters before byte k * kBlock
};

}  // namespace gongkai
