// Fingerprinted asset names: each theme asset is published under a name
// that carries a hash of its bytes (assets/gongkai.5d41402abc.css), so a CDN
// or browser cache that keeps a file for a year can never serve last
// release's stylesheet with this release's pages. Pages link the
// fingerprinted names; the same bytes always give the same name.
#pragma once

#include <map>
#include <string>

#include "base/output_file.h"

namespace gongkai {

class AssetNames {
 public:
  // The site-relative path a page links for the theme asset `name`
  // ("gongkai.css" → "assets/gongkai.5d41402abc.css"); AssetPath(name)
  // when the theme has no such asset.
  std::string Path(const std::string& name) const;

  // Renames every file under assets/ in `assets` to its fingerprinted
  // name and returns the names.
  static AssetNames Fingerprint(OutputFiles& assets);

 private:
  std::map<std::string, std::string> paths_;  // "gongkai.css" → "assets/gongkai.….css"
};

// The first 10 hex digits of the 64-bit FNV-1a hash of `bytes`: enough to
// tell releases of a stylesheet apart, and deterministic.
std::string ContentHash(const std::string& bytes);

}  // namespace gongkai
