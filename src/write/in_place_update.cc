#include "write/in_place_update.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "base/file_system.h"
#include "write/build_cache.h"
#include "write/output_folder.h"
#include "write/site_writer.h"
#include "write/write_guards.h"

namespace gongkai {

namespace fs = std::filesystem;

std::string DepartmentYearFolderOf(const std::string& path) {
  // <year>/<jurisdiction>/<department>/<file...>: four digits, then at
  // least three more segments (render/routes.cc's DepartmentFolder).
  if (path.size() < 5 || path[4] != '/' ||
      !std::all_of(path.begin(), path.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
    return "";
  }
  const size_t jurisdiction_end = path.find('/', 5);
  if (jurisdiction_end == std::string::npos) return "";
  const size_t department_end = path.find('/', jurisdiction_end + 1);
  if (department_end == std::string::npos) return "";
  return path.substr(0, department_end);
}

namespace {



std::optional<std::string> ReadRegularFile(const fs::path& path, size_t expected_size) {
  struct stat info;
  if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || static_cast<size_t>(info.st_size) != expected_size) {
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(expected_size, '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(expected_size))) return std::nullopt;
  return bytes;
}

// Unchanged: a regular file (not a link) with exactly these bytes.
bool LiveFileHolds(const fs::path& path, const std::string& bytes) {
  const std::optional<std::string> live = ReadRegularFile(path, bytes.size());
  return live && *live == bytes;
}



// Writes `bytes` beside `target` and renames it over: a reader opens the
// old file or the new one, never half of one.
bool ReplaceFileAtomically(const fs::path& target, const std::string& bytes, std::string& error) {
  const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".new." + std::to_string(::getpid()));
  if (!WriteNewFileBytes(temporary.string(), bytes, error)) {
    ::unlink(temporary.c_str());
    return false;
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    error = std::string("cannot put the file in place: ") + std::strerror(errno);
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

// The same file under a second name (same inode, same mtime); where links
// cannot be made (another file system below, a file system without them),
// a copy that keeps the mtime, so rsync still sees it unchanged.
bool LinkOrCopyKeepingTime(const fs::path& from, const fs::path& to, std::string& error) {
  if (::link(from.c_str(), to.c_str()) == 0) return true;
  std::error_code code;
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks, code);
  if (code) {
    error = "cannot carry the unchanged file into the new folder: " + code.message();
    return false;
  }
  struct stat info;
  if (::lstat(from.c_str(), &info) == 0 && !S_ISLNK(info.st_mode)) {
    const struct timespec times[2] = {info.st_atim, info.st_mtim};
    ::utimensat(AT_FDCWD, to.c_str(), times, 0);
  }
  return true;
}

std::set<std::string> ReadManifestPaths(const fs::path& file) {
  std::set<std::string> paths;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] != '#' && IsContainedPath(line)) paths.insert(line);
  }
  return paths;
}

bool IsUnder(const std::string& path, const std::string& folder) {
  return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/';
}

// .<name>.new.<pid> or .<name>.old.<pid> beside <name>, which the last
// manifest names: what a killed update left, not someone else's file.
bool IsLeftoverOfOurs(const std::string& relative, const std::set<std::string>& ours) {
  const fs::path path(relative);
  const std::string name = path.filename().string();
  for (const char* middle : {".new.", ".old."}) {
    const size_t at = name.rfind(middle);
    if (name.size() < 2 || name[0] != '.' || at == std::string::npos || at < 2) continue;
    const std::string pid = name.substr(at + 5);
    if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) continue;
    const std::string sibling = (path.parent_path() / name.substr(1, at - 1)).generic_string();
    if (ours.count(sibling)) return true;
  }
  return false;
}

// Removes the empty folders from `relative`'s folder up to the top: rmdir
// fails on a folder that still holds anything (someone else's file).
void RemoveEmptyFoldersAbove(const fs::path& out, const std::string& relative) {
  for (fs::path folder = fs::path(relative).parent_path(); !folder.empty(); folder = folder.parent_path()) {
    if (::rmdir((out / folder).c_str()) != 0) return;
  }
}

struct Group {
  std::vector<size_t> files;          // indexes into the new files
  std::vector<std::string> carried;   // files of the new site left as they are live (not re-rendered)
  std::vector<std::string> old_paths;  // what the last manifest named in it
  bool changed = false;
};


// The update itself, under the lock: true or false as UpdateSiteInPlace,
// nothing when the site is better written whole (WriteSiteAtomically takes
// the same lock, so it runs after this returns).
std::optional<bool> UpdateUnderLock(const fs::path& resolved, const std::string& out_dir, const OutputFiles& files,
                                    const std::vector<std::string>& carried, const std::set<std::string>& new_paths,
                                    Diagnostics& diagnostics,
                                    const std::vector<std::string>& input_dirs, InPlaceUpdateReport& report) {
  std::error_code code;
  // SIGINT, SIGTERM and SIGHUP wait until the update is done (StopSignalsHeld,
  // never asked): an update stopped halfway would leave a site that is
  // neither the old nor the new (each file and folder whole, but not each
  // page's links).
  const StopSignalsHeld signals;
  // Inspected under the lock, resolved as the check before rendering did.
  const OutputWriteLock lock(resolved.parent_path());
  const std::optional<OutputFolder> folder = InspectOutputFolder(out_dir, input_dirs, diagnostics);
  if (!folder) return false;
  if (!folder->exists) return std::nullopt;
  const fs::path& out = folder->path;
  const std::set<std::string> old_paths = ReadManifestPaths(out / kManifestName);
  // From here the site changes: the cache of the old one must not vouch for
  // a half-done update (the pipeline writes the new cache after).
  RemoveBuildCache(out.string());

  // Someone else's files: kept where they are. A killed update's leftovers
  // are ours, and go. A new file where someone else's is would lose one.
  std::set<std::string> kept;
  for (const std::string& relative : folder->kept) {
    if (IsLeftoverOfOurs(relative, old_paths) || IsLeftoverOfOurs(relative, new_paths)) {
      fs::remove_all(out / relative, code);
    } else {
      kept.insert(relative);
    }
  }
  for (const OutputFile& file : files) {
    for (fs::path prefix = file.path; !prefix.empty(); prefix = prefix.parent_path()) {
      if (kept.count(prefix.generic_string())) {
        diagnostics.Error(SourceLocation{(out / prefix).string()},
                          "this file was not written by gongkai (the " + std::string(kManifestName) +
                              " does not name it), and the new site has a file at the same path; move it out of the "
                              "output folder, or rename it");
        return false;
      }
    }
  }

  // What changed, by department-year folder ("" holds the site-level files).
  std::map<std::string, Group> groups;
  std::vector<bool> unchanged(files.size(), false);
  for (size_t i = 0; i < files.size(); ++i) {
    const fs::path live = out / files[i].path;
    struct stat info;
    const bool exists = ::lstat(live.c_str(), &info) == 0;
    // Something other than a file where a file goes (a folder, a link):
    // left to the whole-site writer, which handles every shape.
    if (exists && !S_ISREG(info.st_mode)) return std::nullopt;
    unchanged[i] = exists && LiveFileHolds(live, files[i].bytes);
    Group& group = groups[DepartmentYearFolderOf(files[i].path)];
    group.files.push_back(i);
    group.changed = group.changed || !unchanged[i];
    if (unchanged[i]) ++report.files_unchanged;
  }
  // Carried files are the live ones: they must be there, as files of ours.
  for (const std::string& path : carried) {
    struct stat info;
    if (!old_paths.count(path) || ::lstat((out / path).c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
      diagnostics.Error(SourceLocation{(out / path).string()},
                        "the live site lacks this file, which the update would keep as it is; build without "
                        "--incremental to write the whole site");
      return false;
    }
    groups[DepartmentYearFolderOf(path)].carried.push_back(path);
    ++report.files_unchanged;
  }
  for (const std::string& path : old_paths) {
    Group& group = groups[DepartmentYearFolderOf(path)];
    group.old_paths.push_back(path);
    if (!new_paths.count(path)) group.changed = true;
  }

  const std::string pid = std::to_string(::getpid());
  std::string error;
  const auto fail = [&](const fs::path& where, const std::string& message) {
    diagnostics.Error(SourceLocation{where.string()}, message);
    return false;
  };

  // 1. Department-year folders, each swapped in whole.
  for (auto& [name, group] : groups) {
    if (name.empty() || !group.changed || (group.files.empty() && group.carried.empty())) continue;
    const fs::path live = out / name;
    const fs::path parent = live.parent_path();
    const fs::path staged = parent / ("." + live.filename().string() + ".new." + pid);
    if (!MakeFolders(out, fs::path(name).parent_path(), nullptr, error)) return fail(parent, error);
    fs::remove_all(staged, code);
    if (::mkdir(staged.c_str(), 0755) != 0) return fail(staged, std::string("cannot create folder: ") + std::strerror(errno));
    ::chmod(staged.c_str(), 0755);
    const auto give_up = [&](const fs::path& where, const std::string& message) {
      fs::remove_all(staged, code);
      return fail(where, message + "; this department-year's folder is unchanged");
    };
    for (size_t i : group.files) {
      const std::string inside = files[i].path.substr(name.size() + 1);
      if (!MakeFolders(staged, fs::path(inside).parent_path(), nullptr, error)) return give_up(staged / inside, error);
      const bool ok = unchanged[i] ? LinkOrCopyKeepingTime(out / files[i].path, staged / inside, error)
                                   : WriteNewFileBytes((staged / inside).string(), files[i].bytes, error);
      if (!ok) return give_up(out / files[i].path, error);
      if (!unchanged[i]) ++report.files_written;
    }
    for (const std::string& path : group.carried) {
      const std::string inside = path.substr(name.size() + 1);
      if (!MakeFolders(staged, fs::path(inside).parent_path(), nullptr, error) ||
          !LinkOrCopyKeepingTime(out / path, staged / inside, error)) {
        return give_up(out / path, error);
      }
    }
    for (const std::string& other : kept) {
      if (!IsUnder(other, name)) continue;
      const std::string inside = other.substr(name.size() + 1);
      if (!MakeFolders(staged, fs::path(inside).parent_path(), nullptr, error) ||
          !LinkOrCopyKeepingTime(out / other, staged / inside, error)) {
        return give_up(out / other, error);
      }
    }
    const bool exists = fs::is_directory(fs::symlink_status(live, code));
    const int result = exists ? renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE)
                              : ::rename(staged.c_str(), live.c_str());
    if (result != 0) return give_up(live, std::string("cannot swap the new folder in: ") + std::strerror(errno));
    fs::remove_all(staged, code);  // after the exchange: the old folder
    ++report.folders_swapped;
  }

  // 2. Site-level files, each replaced in one rename.
  const auto group_of_site = groups.find("");
  if (group_of_site != groups.end()) {
    for (size_t i : group_of_site->second.files) {
      if (unchanged[i]) continue;
      const fs::path target = out / files[i].path;
      if (!MakeFolders(out, fs::path(files[i].path).parent_path(), nullptr, error) ||
          !ReplaceFileAtomically(target, files[i].bytes, error)) {
        return fail(target, error);
      }
      ++report.files_written;
    }
  }

  // 3. What the new site no longer has, only as the old manifest names it.
  for (const auto& [name, group] : groups) {
    if (!name.empty() && group.files.empty() && group.carried.empty()) {
      // A department-year gone: the folder goes in one rename when it
      // holds nothing of anyone else's, else file by file.
      const bool holds_kept = std::any_of(kept.begin(), kept.end(), [&](const std::string& k) { return IsUnder(k, name); });
      const fs::path live = out / name;
      const fs::path retired = live.parent_path() / ("." + live.filename().string() + ".old." + pid);
      if (!holds_kept && fs::is_directory(fs::symlink_status(live, code)) && ::rename(live.c_str(), retired.c_str()) == 0) {
        fs::remove_all(retired, code);
        report.files_removed += group.old_paths.size();
        RemoveEmptyFoldersAbove(out, name);
        continue;
      }
    }
    if (!name.empty() && !(group.files.empty() && group.carried.empty())) continue;  // swapped whole in step 1
    for (const std::string& path : group.old_paths) {
      if (new_paths.count(path)) continue;
      if (::unlink((out / path).c_str()) == 0) ++report.files_removed;
      RemoveEmptyFoldersAbove(out, path);
    }
  }

  // 4. The manifest last: until it is in place, the old one names every
  // file of ours that may still be there.
  const std::string manifest = ManifestBytes(new_paths);
  if (!LiveFileHolds(out / kManifestName, manifest) && !ReplaceFileAtomically(out / kManifestName, manifest, error)) {
    return fail(out / kManifestName, error);
  }
  return true;
}

}  // namespace

bool UpdateSiteInPlace(const std::string& out_dir, const OutputFiles& files, Diagnostics& diagnostics,
                       const std::vector<std::string>& input_dirs, InPlaceUpdateReport& report,
                       const std::vector<std::string>& carried) {
  report = InPlaceUpdateReport{};
  std::set<std::string> new_paths;
  const auto admit = [&](const std::string& path) {
    const bool contained = IsContainedPath(path) && path != kManifestName && path != kBuildCacheName;
    if (!contained || !new_paths.insert(path).second) {
      diagnostics.Error(SourceLocation{path},
                        contained ? "two outputs want the same path" : "refused to write outside the output folder");
      return false;
    }
    return true;
  };
  for (const OutputFile& file : files) {
    if (!admit(file.path)) return false;
  }
  for (const std::string& path : carried) {
    if (!admit(path)) return false;
  }
  std::error_code code;
  fs::path resolved = fs::weakly_canonical(fs::absolute(fs::path(out_dir), code), code);
  if (!resolved.has_filename()) resolved = resolved.parent_path();
  if (!code && fs::is_regular_file(fs::symlink_status(resolved / kManifestName, code))) {
    const std::optional<bool> updated =
        UpdateUnderLock(resolved, out_dir, files, carried, new_paths, diagnostics, input_dirs, report);
    if (updated) return *updated;
  }
  if (!carried.empty()) {
    diagnostics.Error(SourceLocation{out_dir}, "there is no live site to keep " + std::to_string(carried.size()) +
                                                   " files of; build without --incremental to write the whole site");
    return false;
  }
  report = InPlaceUpdateReport{};
  report.written_whole = true;
  report.files_written = files.size();
  return WriteSiteAtomically(out_dir, files, diagnostics, input_dirs);
}

}  // namespace gongkai
