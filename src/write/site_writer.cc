#include "write/site_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

namespace gongkai {

namespace fs = std::filesystem;

bool IsContainedPath(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos ||
      path.find('\0') != std::string::npos) {
    return false;
  }
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const std::string segment = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

namespace {

bool WriteOneFile(const fs::path& target, const std::string& bytes, std::string& error) {
  std::error_code code;
  fs::create_directories(target.parent_path(), code);
  if (code) {
    error = "cannot create folder: " + code.message();
    return false;
  }
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    error = std::string("cannot write file: ") + std::strerror(errno);
    return false;
  }
  return true;
}

// Swaps two existing paths in one step where the kernel can; otherwise
// moves the old one aside first.
bool SwapIntoPlace(const fs::path& staged, const fs::path& out, const fs::path& retired, std::string& error) {
  std::error_code code;
  if (!fs::exists(out, code)) {
    fs::rename(staged, out, code);
    if (code) error = code.message();
    return !code;
  }
  if (renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
    fs::rename(staged, retired, code);  // `staged` now holds the old site
    return true;
  }
  fs::rename(out, retired, code);
  if (code) {
    error = code.message();
    return false;
  }
  fs::rename(staged, out, code);
  if (code) {
    error = code.message();
    fs::rename(retired, out, code);
    return false;
  }
  return true;
}

}  // namespace

bool WriteSiteAtomically(const std::string& out_dir, const OutputFiles& files, Diagnostics& diagnostics) {
  fs::path out = fs::path(out_dir).lexically_normal();
  if (out.has_filename() == false) out = out.parent_path();
  const std::string suffix = "." + std::to_string(::getpid());
  const fs::path staged = out.parent_path() / ("." + out.filename().string() + ".new" + suffix);
  const fs::path retired = out.parent_path() / ("." + out.filename().string() + ".old" + suffix);
  std::error_code code;
  fs::remove_all(staged, code);
  std::set<std::string> seen;
  for (const OutputFile& file : files) {
    if (!IsContainedPath(file.path) || !seen.insert(file.path).second) {
      diagnostics.Error(SourceLocation{file.path}, IsContainedPath(file.path)
                                                       ? "two outputs want the same path"
                                                       : "refused to write outside the output folder");
      fs::remove_all(staged, code);
      return false;
    }
    std::string error;
    if (!WriteOneFile(staged / file.path, file.bytes, error)) {
      diagnostics.Error(SourceLocation{(staged / file.path).string()}, error + "; the previous site is unchanged");
      fs::remove_all(staged, code);
      return false;
    }
  }
  fs::create_directories(staged, code);
  std::string error;
  if (!SwapIntoPlace(staged, out, retired, error)) {
    diagnostics.Error(SourceLocation{out.string()}, "cannot put the new site in place: " + error);
    fs::remove_all(staged, code);
    return false;
  }
  fs::remove_all(retired, code);
  return true;
}

}  // namespace gongkai
