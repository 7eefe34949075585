// The disk, as the loader sees it: read a file, list a folder.
//
// Listings are sorted by name so that nothing downstream depends on the
// file system's order (output must be byte-identical across machines).
#pragma once

#include <string>
#include <vector>

namespace gongkai {

struct DirectoryEntry {
  std::string name;
  bool is_directory = false;
};

// Reads the whole file, which must be a regular file (a FIFO, device or
// socket is refused, never waited on) of at most `max_bytes`. On failure
// returns false and sets `error` to a sentence such as "cannot read file:
// No such file or directory".
bool ReadFileBytes(const std::string& path, std::string& bytes, std::string& error,
                   size_t max_bytes = size_t{1} << 31);

// The one reader of content and theme files: as ReadFileBytes, and `path`
// must lie inside the folder `root` once links are resolved. A link that
// leads out of it, that loops, or that leads nowhere is an error naming
// `path`, never quoting the link's target (which may be /etc/shadow).
bool ReadInputFile(const std::string& root, const std::string& path, size_t max_bytes, std::string& bytes,
                   std::string& error);

// The folder `path` resolves to, when it lies inside `root` (links
// resolved); empty otherwise, with `error` set as ReadInputFile does.
std::string ResolveInputFolder(const std::string& root, const std::string& path, std::string& error);

// Entries of `path` sorted by byte-wise name, without "." and "..".
// Hidden entries (leading '.') are skipped: editors leave them behind.
bool ListDirectory(const std::string& path, std::vector<DirectoryEntry>& entries, std::string& error);

bool IsDirectory(const std::string& path);
bool IsRegularFile(const std::string& path);

// Writes `bytes` to `target` (created or truncated, never through a link),
// mode 0644 whatever the umask. POSIX calls, not streams: a full disk
// (ENOSPC, or EFBIG past a size limit) comes back as that error, and a short
// write is finished or reported, never ignored.
bool WriteNewFileBytes(const std::string& target, const std::string& bytes, std::string& error);

// The same with the bytes of the regular file `source`, copied a block at a
// time (a file of hundreds of MB is never held in memory); `size` is set
// to the bytes copied.
bool CopyNewFile(const std::string& source, const std::string& target, size_t& size, std::string& error);

}  // namespace gongkai
