#include "serve/input_watcher.h"

#include <sys/stat.h>

#include <filesystem>

namespace gongkai {

namespace fs = std::filesystem;

InputSnapshot SnapshotInputs(const std::vector<std::string>& folders) {
  InputSnapshot snapshot;
  for (const std::string& folder : folders) {
    std::error_code code;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::follow_directory_symlink, code), end;
         !code && it != end; it.increment(code)) {
      struct stat info;
      if (::stat(it->path().c_str(), &info) != 0 || !S_ISREG(info.st_mode)) continue;
      snapshot[it->path().string()] = {static_cast<int64_t>(info.st_size),
                                       static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
    }
  }
  return snapshot;
}

}  // namespace gongkai
