#include "base/file_system.h"

#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace gongkai {

namespace fs = std::filesystem;

namespace {

std::string Megabytes(size_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB"; }

// realpath(), with its failures said for a person: a loop of links or a
// link to nothing are the cases an input folder meets.
std::string RealPath(const std::string& path, std::string& error) {
  char* real = ::realpath(path.c_str(), nullptr);
  if (!real) {
    std::error_code code;
    if (errno == ELOOP) {
      error = "a link that leads back to itself (a loop of links); remove it or point it at a file";
    } else if (errno == ENOENT && fs::is_symlink(fs::symlink_status(path, code))) {
      error = "a link to a file that does not exist; remove it or point it at a file";
    } else {
      error = std::string("cannot read file: ") + std::strerror(errno);
    }
    return "";
  }
  std::string resolved = real;
  ::free(real);
  return resolved;
}

bool IsInside(const std::string& root, const std::string& path) {
  return path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
         (root.back() == '/' || path[root.size()] == '/');
}

std::string OutsideError(const std::string& root) {
  return "a link that leads out of " + root + "; links must stay inside the folder: copy the file in instead";
}

}  // namespace

bool ReadFileBytes(const std::string& path, std::string& bytes, std::string& error, size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO to read must not wait for a writer; the
  // type check below then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    error = errno == ELOOP ? "a link that leads back to itself (a loop of links); remove it or point it at a file"
                           : std::string("cannot read file: ") + std::strerror(errno);
    return false;
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    error = S_ISDIR(info.st_mode) ? "expected a file, found a directory"
                                  : "not a regular file (a FIFO, device or socket); only ordinary files are read";
    ::close(fd);
    return false;
  }
  const std::string too_big = "the file is larger than " + Megabytes(max_bytes) +
                              ", the most this kind of file may be; check that it is the right file, or split it";
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    error = too_big;
    ::close(fd);
    return false;
  }
  bytes.clear();
  bytes.resize(static_cast<size_t>(info.st_size));
  size_t filled = 0;
  while (filled <= max_bytes) {  // to the end, which may come later than st_size said
    // Past st_size, a small read finds the end: growing the buffer to look
    // for it would keep twice the memory for the file (68 MB for 34 MB).
    char beyond[4096];
    const bool full = filled == bytes.size();
    const ssize_t n = full ? ::read(fd, beyond, sizeof beyond) : ::read(fd, &bytes[filled], bytes.size() - filled);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::string("cannot read file: ") + std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    if (full) bytes.append(beyond, static_cast<size_t>(n));
    filled += static_cast<size_t>(n);
  }
  ::close(fd);
  if (filled > max_bytes) {
    error = too_big;
    return false;
  }
  bytes.resize(filled);
  return true;
}

bool ReadInputFile(const std::string& root, const std::string& path, size_t max_bytes, std::string& bytes,
                   std::string& error) {
  const std::string real_root = RealPath(root, error);
  if (real_root.empty()) return false;
  const std::string real = RealPath(path, error);
  if (real.empty()) return false;
  if (!IsInside(real_root, real)) {
    error = OutsideError(root);
    return false;
  }
  return ReadFileBytes(real, bytes, error, max_bytes);
}

std::string ResolveInputFolder(const std::string& root, const std::string& path, std::string& error) {
  const std::string real_root = RealPath(root, error);
  if (real_root.empty()) return "";
  const std::string real = RealPath(path, error);
  if (real.empty()) return "";
  if (real != real_root && !IsInside(real_root, real)) {
    error = OutsideError(root);
    return "";
  }
  return real;
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

bool CopyNewFile(const std::string& source, const std::string& target, size_t& size, std::string& error) {
  size = 0;
  const int in = ::open(source.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  struct stat info;
  if (in < 0 || ::fstat(in, &info) != 0 || !S_ISREG(info.st_mode)) {
    error = std::string("cannot read file: ") + (in < 0 ? std::strerror(errno) : "not a regular file");
    if (in >= 0) ::close(in);
    return false;
  }
  const int out = ::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (out < 0) {
    error = std::string("cannot write file: ") + std::strerror(errno);
    ::close(in);
    return false;
  }
  ::fchmod(out, 0644);
  std::string block(1 << 20, '\0');
  bool ok = true;
  for (;;) {
    const ssize_t got = ::read(in, &block[0], block.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      error = std::string("cannot read file: ") + std::strerror(errno);
      ok = false;
      break;
    }
    if (got == 0) break;
    size_t written = 0;
    while (written < static_cast<size_t>(got)) {
      const ssize_t n = ::write(out, block.data() + written, static_cast<size_t>(got) - written);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error = std::string("cannot write file: ") + std::strerror(n < 0 ? errno : ENOSPC);
        ok = false;
        break;
      }
      written += static_cast<size_t>(n);
    }
    if (!ok) break;
    size += static_cast<size_t>(got);
  }
  ::close(in);
  if (::close(out) != 0 && ok) {
    error = std::string("cannot write file: ") + std::strerror(errno);
    ok = false;
  }
  return ok;
}

bool WriteNewFileBytes(const std::string& target, const std::string& bytes, std::string& error) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) {
    error = std::string("cannot write file: ") + std::strerror(errno);
    return false;
  }
  ::fchmod(fd, 0644);
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

}  // namespace gongkai
