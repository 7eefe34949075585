// ParseJsonDocument: the one reader of JSON text for content files
// (department.json, site.json, tables.json) and the importer's patch files.
//
// Checks, in order, each an error with a location and what to do: an empty
// file, a UTF-8 byte order mark, invalid UTF-8, nesting deeper than
// kMaxJsonDepth (a 200 KB file of 100,000 '[' took 19.5 GB before), then
// nlohmann's parse, whose every exception (a syntax error, "1e999" too
// large for a double) becomes a diagnostic instead of ending the program.
#pragma once

#include <nlohmann/json.hpp>
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

}  // namespace gongkai
