#include "write/folder_swap.h"

#include <fcntl.h>
#include <stdio.h>

namespace gongkai {

namespace fs = std::filesystem;

bool SwapFolderIntoPlace(const fs::path& staged, const fs::path& target, const fs::path& retired, std::string& error) {
  std::error_code code;
  if (!fs::exists(fs::symlink_status(target, code))) {
    fs::rename(staged, target, code);
    if (code) error = code.message();
    return !code;
  }
  if (renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    fs::rename(staged, retired, code);  // `staged` now holds the old folder
    if (!code) return true;
    renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE);  // put it back
    error = code.message();
    return false;
  }
  fs::rename(target, retired, code);
  if (code) {
    error = code.message();
    return false;
  }
  fs::rename(staged, target, code);
  if (code) {
    error = code.message();
    std::error_code back;
    fs::rename(retired, target, back);
    return false;
  }
  return true;
}

bool UndoFolderSwap(const fs::path& staged, const fs::path& target, const fs::path& retired) {
  std::error_code code;
  fs::rename(target, staged, code);
  if (code) return false;
  if (fs::exists(fs::symlink_status(retired, code))) fs::rename(retired, target, code);
  return !code;
}

}  // namespace gongkai
