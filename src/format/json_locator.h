// Finds where a JSON pointer's value starts in the original text, so that an
// error about a wrong value can name line:column as well as the pointer.
// nlohmann/json does not keep positions of parsed values; this small scanner
// re-reads the text only on the error path.
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
// top: loading a 1 MB department.json took seconds, a 10 MB one hours. An
// index of every pointer was linear in time but not in memory (a pointer
// string per value: more than the file itself). Here, in memory of 1/128
// of the file plus the depth of one path:
// - a pointer is found from the path of the one asked before: readers ask
//   in document order, so each step skips forward from where the last one
//   stopped (an array's next element, not its first) and the whole load
//   scans the text about twice;
// - line and column come from checkpoints every kBlock bytes (line number,
//   characters before, and where that line starts), then a scan of at
//   most kBlock bytes, so a minified file of one long line costs the same.
// REQUIRES: `text` is valid JSON and outlives this object (`file` is copied).
class JsonLocations {
 public:
  JsonLocations(const std::string& file, const std::string& text) : file_(file), text_(text) {}

  // As LocateOffset(file, text, LocateJsonPointer(text, pointer)), plus
  // `pointer` ("/" for the whole document).
  SourceLocation At(const std::string& pointer) const;
  // Only line, column and the line's text (file and pointer left empty), for
  // a row whose owner knows both.
  SourceLocation PositionOf(const std::string& pointer) const { return AtOffset(Find(pointer)); }

 private:
  static constexpr size_t kBlock = 4096;

  struct Checkpoint {  // at byte k * kBlock
    size_t line;                 // 1-based line of that byte
    size_t line_start;           // offset where that line starts
    size_t characters;           // UTF-8 characters before that byte
    size_t characters_at_line_start;
  };
  // One step of the last path found: the value at `token` (an object's
  // key as written, or an array index) starts at `offset`.
  struct Step {
    std::string token;
    size_t offset;
  };

  size_t Find(const std::string& pointer) const;
  SourceLocation AtOffset(size_t offset) const;

  const std::string file_;
  const std::string& text_;
  mutable std::vector<Checkpoint> checkpoints_;
  mutable std::vector<Step> last_path_;
};

}  // namespace gongkai
