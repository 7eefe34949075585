#include "write/site_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <vector>

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

// POSIX calls, not streams: a full disk (ENOSPC, or EFBIG past a size
// limit) must come back as that error, and a short write must be finished
// or reported, never ignored.
bool WriteOneFile(const fs::path& target, const std::string& bytes, std::string& error) {
  std::error_code code;
  fs::create_directories(target.parent_path(), code);
  if (code) {
    error = "cannot create folder: " + code.message();
    return false;
  }
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = std::string("cannot write file: ") + std::strerror(errno);
    return false;
  }
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = std::string("cannot write file: ") + std::strerror(n < 0 ? errno : ENOSPC);
      ::close(fd);
      return false;
    }
    written += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) {  // some file systems report a full disk only here
    error = std::string("cannot write file: ") + std::strerror(errno);
    return false;
  }
  return true;
}

// Holds an flock() on the folder that holds the output folder while a
// build writes there: two builds never stage beside the same site at once,
// and the kernel drops the lock when its build dies, even by SIGKILL. The
// folder itself is locked, so no lock file is left beside the site. Where
// the file system cannot lock a folder (some network file systems), the
// build goes on unlocked and leaves any leftovers alone.
class WriteLock {
 public:
  explicit WriteLock(const fs::path& folder) {
    fd_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~WriteLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  WriteLock(const WriteLock&) = delete;
  WriteLock& operator=(const WriteLock&) = delete;
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// With the lock held, any staging (.<name>.new.<pid>) or retired
// (.<name>.old.<pid>) folder beside `out` is what a killed build left.
void RemoveLeftoversOfKilledBuilds(const fs::path& out) {
  const std::string prefix_new = "." + out.filename().string() + ".new.";
  const std::string prefix_old = "." + out.filename().string() + ".old.";
  std::error_code code;
  const fs::path parent = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  std::vector<fs::path> leftovers;
  for (fs::directory_iterator it(parent, code), end; !code && it != end; it.increment(code)) {
    const std::string name = it->path().filename().string();
    // Exactly .<name>.new.<pid>: not the staging folder of a build whose
    // output folder is itself named <name>.new.
    for (const std::string& prefix : {prefix_new, prefix_old}) {
      if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
          name.find_first_not_of("0123456789", prefix.size()) == std::string::npos) {
        leftovers.push_back(it->path());
      }
    }
  }
  for (const fs::path& leftover : leftovers) fs::remove_all(leftover, code);
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
  std::error_code code;
  fs::path out = fs::absolute(fs::path(out_dir), code).lexically_normal();
  if (!out.has_filename()) out = out.parent_path();  // "site/" names the folder "site"
  if (code || out == out.root_path()) {
    diagnostics.Error(SourceLocation{out_dir}, "refused: the output folder cannot be the root of the file system");
    return false;
  }
  if (fs::exists(out, code) && !fs::is_directory(out, code)) {
    diagnostics.Error(SourceLocation{out_dir}, "refused: this is a file, not a folder; the site is written as a folder");
    return false;
  }
  const std::string suffix = "." + std::to_string(::getpid());
  const fs::path staged = out.parent_path() / ("." + out.filename().string() + ".new" + suffix);
  const fs::path retired = out.parent_path() / ("." + out.filename().string() + ".old" + suffix);
  fs::create_directories(out.parent_path(), code);
  const WriteLock lock(out.parent_path());
  if (lock.held()) RemoveLeftoversOfKilledBuilds(out);
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
      diagnostics.Error(SourceLocation{(fs::path(out_dir) / file.path).string()},
                        error + "; nothing was written, the previous site is unchanged");
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
