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

// Reads the whole file. On failure returns false and sets `error` to a
// sentence such as "cannot read file: No such file or directory".
bool ReadFileBytes(const std::string& path, std::string& bytes, std::string& error);

// Entries of `path` sorted by byte-wise name, without "." and "..".
// Hidden entries (leading '.') are skipped: editors leave them behind.
bool ListDirectory(const std::string& path, std::vector<DirectoryEntry>& entries, std::string& error);

bool IsDirectory(const std::string& path);
bool IsRegularFile(const std::string& path);

}  // namespace gongkai
