// Sha256Hex: the SHA-256 of a file's bytes (FIPS 180-4), as 64 lowercase
// hex digits.
//
// The archive records each department-year's original document by its
// SHA-256 (docs/format.md): the importer writes it, and the build checks the
// file it publishes against it, so what a reader downloads is the document
// that was imported. Written here rather than taken from a library: it is
// forty lines, and a crypto library for one digest would be a new dependency.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

std::string Sha256Hex(std::string_view bytes);

}  // namespace gongkai
