// ParseJsonDocument: the one reader of JSON text for content files
// (department.json, site.json, tables.json) and the importer's patch files.
//
// Checks, in order, each an error with a location and what to do: an empty
// file, a UTF-8 byte order mark, invalid UTF-8, nesting deeper than
// kMaxJsonDepth (a 200 KB file of 100,000 '[' took 19.5 GB before), then
// nlohmann's parse, whose every exception (a syntax error, "1e999" too
// large for a double) becomes a diagnostic instead of ending the program.
//
// A document tree (nlohmann::json) costs some 20 times the text it holds: a
// department.json of 1,000,000 indicator rows would need gigabytes. So the
// large array of a file (department.json's "projects", tables.json's
// "tables") can be read in parts: each element is handed over as soon as it
// is parsed and then dropped, and the tree keeps the rest of the file.
#pragma once

#include <nlohmann/json.hpp>
#include <cstddef>
#include <functional>
#include <string>

#include "base/diagnostic.h"

namespace gongkai {

// Far deeper than any of our formats (department.json nests 6 levels), far
// shallower than what recursion or the location index would suffer.
constexpr int kMaxJsonDepth = 64;

// False (with one error in `diagnostics`) when `text` is not a JSON
// document gongkai reads. Callers check the top-level value's type.
bool ParseJsonDocument(const std::string& file, const std::string& text, nlohmann::json& document,
                       Diagnostics& diagnostics);

// The top-level object's member `key`, when it is an array, read one
// element at a time: on_start when the array opens (again if the key is
// repeated: the last one counts, as in the tree), then on_element with each
// element's index and value. The array is left empty in `document`.
struct JsonParts {
  std::string key;
  std::function<void()> on_start;
  std::function<void(size_t index, nlohmann::json& element)> on_element;
};

bool ParseJsonDocument(const std::string& file, const std::string& text, nlohmann::json& document,
                       const JsonParts& parts, Diagnostics& diagnostics);

}  // namespace gongkai
