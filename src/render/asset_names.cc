#include "render/asset_names.h"

#include <cstdint>

#include "render/routes.h"

namespace gongkai {

std::string ContentHash(const std::string& bytes) {
  uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (int shift = 60; hex.size() < 10; shift -= 4) hex += kHex[(hash >> shift) & 0xf];
  return hex;
}

std::string AssetNames::Path(const std::string& name) const {
  const auto found = paths_.find(name);
  return found == paths_.end() ? AssetPath(name) : found->second;
}

AssetNames AssetNames::Fingerprint(OutputFiles& assets) {
  AssetNames names;
  const std::string prefix = AssetPath("");
  for (OutputFile& file : assets) {
    if (file.path.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string name = file.path.substr(prefix.size());
    const size_t slash = name.rfind('/');
    const size_t dot = name.rfind('.');
    // "gongkai.css" → "gongkai.<hash>.css"; a name without an extension gets the hash at its end.
    const bool has_extension = dot != std::string::npos && dot != 0 && (slash == std::string::npos || dot > slash + 1);
    const std::string hashed = has_extension ? name.substr(0, dot) + "." + ContentHash(file.bytes) + name.substr(dot)
                                             : name + "." + ContentHash(file.bytes);
    file.path = AssetPath(hashed);
    names.paths_[name] = file.path;
  }
  return names;
}

}  // namespace gongkai
