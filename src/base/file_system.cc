#include "base/file_system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gongkai {

namespace fs = std::filesystem;

bool ReadFileBytes(const std::string& path, std::string& bytes, std::string& error) {
  std::error_code code;
  if (fs::is_directory(path, code)) {
    error = "expected a file, found a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::string("cannot read file: ") + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read file: read error";
    return false;
  }
  bytes = buffer.str();
  return true;
}

bool ListDirectory(const std::string& path, std::vector<DirectoryEntry>& entries, std::string& error) {
  std::error_code code;
  fs::directory_iterator it(path, code);
  if (code) {
    error = "cannot list folder: " + code.message();
    return false;
  }
  for (const fs::directory_entry& entry : it) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code type_code;
    entries.push_back({name, entry.is_directory(type_code)});
  }
  std::sort(entries.begin(), entries.end(),
            [](const DirectoryEntry& a, const DirectoryEntry& b) { return a.name < b.name; });
  return true;
}

bool IsDirectory(const std::string& path) {
  std::error_code code;
  return fs::is_directory(path, code);
}

bool IsRegularFile(const std::string& path) {
  std::error_code code;
  return fs::is_regular_file(path, code);
}

}  // namespace gongkai
