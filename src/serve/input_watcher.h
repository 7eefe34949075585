// InputSnapshot: what `gongkai serve` watches for a rebuild, polled.
//
// The size and mtime of every file under the watched folders (content/ and
// the theme). Polling is portable and needs no library; two snapshots that
// differ mean something was added, removed or saved. It does not decide
// what to rebuild: the build cache (write/build_cache.h) does, by hash.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace gongkai {

// path → (size, mtime in nanoseconds)
using InputSnapshot = std::map<std::string, std::pair<int64_t, int64_t>>;

InputSnapshot SnapshotInputs(const std::vector<std::string>& folders);

}  // namespace gongkai
