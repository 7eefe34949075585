// Finds where a JSON pointer's value starts in the original text, so that an
// error about a wrong value can name line:column as well as the pointer.
// nlohmann/json does not keep positions of parsed values; this small scanner
// re-reads the text only on the error path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

// Byte offset of the value at `pointer` ("" is the whole document), or of the
// deepest enclosing value that exists. REQUIRES: text is valid JSON.
size_t LocateJsonPointer(std::string_view text, const std::string& pointer);

}  // namespace gongkai
