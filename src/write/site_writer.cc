#include "write/site_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <vector>

#include "base/file_system.h"
#include "base/parallel.h"
#include "write/folder_swap.h"
#include "write/output_folder.h"
#include "write/write_guards.h"

namespace gongkai {

namespace fs = std::filesystem;

bool IsContainedPath(const std::string& path) {
  // No control characters either: the manifest holds one path a line.
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos ||
      std::any_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
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




bool IsLeftoverName(const std::string& name, const std::string& prefix) {
  return name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
         name.find_first_not_of("0123456789", prefix.size()) == std::string::npos;
}

// With the lock held, any staging or retired folder named with `prefixes`
// and a pid, in `folder`, is what a killed build left.
void RemoveLeftoversOfKilledBuilds(const fs::path& folder, const std::vector<std::string>& prefixes) {
  std::error_code code;
  std::vector<fs::path> leftovers;
  for (fs::directory_iterator it(folder, code), end; !code && it != end; it.increment(code)) {
    const std::string name = it->path().filename().string();
    // Exactly .<name>.new.<pid>: not the staging folder of a build whose
    // output folder is itself named <name>.new.
    for (const std::string& prefix : prefixes) {
      if (IsLeftoverName(name, prefix)) leftovers.push_back(it->path());
    }
  }
  for (const fs::path& leftover : leftovers) fs::remove_all(leftover, code);
}

// A mount point cannot be renamed, so the new site, staged inside it, goes
// in entry by entry: each top-level entry swapped in one step
// (RENAME_EXCHANGE), then what the new site lacks moved aside. Each page
// is whole at every moment; the site as a whole changes over a few
// renames. Any failure puts back what was moved.
bool SwapInside(const fs::path& staged, const fs::path& out, const fs::path& retired, std::string& error) {
  struct Step {
    std::string name;
    enum Kind { kExchanged, kMovedIn, kRetired } kind;
  };
  std::vector<Step> done;
  auto undo = [&] {
    for (auto step = done.rbegin(); step != done.rend(); ++step) {
      const fs::path live = out / step->name;
      if (step->kind == Step::kExchanged) {
        renameat2(AT_FDCWD, (staged / step->name).c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE);
      } else if (step->kind == Step::kMovedIn) {
        ::rename(live.c_str(), (staged / step->name).c_str());
      } else {
        ::rename((retired / step->name).c_str(), live.c_str());
      }
    }
  };
  std::error_code code;
  fs::create_directory(retired, code);
  std::vector<std::string> new_names, old_names;
  for (fs::directory_iterator it(staged, code), end; !code && it != end; it.increment(code)) {
    new_names.push_back(it->path().filename().string());
  }
  for (fs::directory_iterator it(out, code), end; !code && it != end; it.increment(code)) {
    const fs::path entry = it->path();
    if (entry != staged && entry != retired) old_names.push_back(entry.filename().string());
  }
  if (code) {
    error = code.message();
    return false;
  }
  const std::set<std::string> incoming(new_names.begin(), new_names.end());
  for (const std::string& name : new_names) {
    const fs::path live = out / name;
    const bool exists = fs::exists(fs::symlink_status(live, code));
    const int result = exists ? renameat2(AT_FDCWD, (staged / name).c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE)
                              : ::rename((staged / name).c_str(), live.c_str());
    if (result != 0) {
      error = std::string(std::strerror(errno)) + " (" + name + ")";
      undo();
      return false;
    }
    done.push_back({name, exists ? Step::kExchanged : Step::kMovedIn});
  }
  for (const std::string& name : old_names) {
    if (incoming.count(name)) continue;
    if (::rename((out / name).c_str(), (retired / name).c_str()) != 0) {
      error = std::string(std::strerror(errno)) + " (" + name + ")";
      undo();
      return false;
    }
    done.push_back({name, Step::kRetired});
  }
  return true;
}

// Why writing the files stopped: at the first file in `files` order that
// failed, so the message is the same whatever the number of threads.
struct WriteStop {
  size_t index = 0;
  std::string error;
  bool interrupted = false;
};

// Writes every file into `staged` on `jobs` threads: the folders first, on
// this thread (MakeFolders keeps one set of what it made), then the files,
// each independent of the others. Stops at a failure or a held signal.
std::optional<WriteStop> WriteFiles(const fs::path& staged, const OutputFiles& files, std::set<std::string>& made,
                                    const StopSignalsHeld& signals, unsigned jobs) {
  for (size_t i = 0; i < files.size(); ++i) {
    std::string error;
    if (!MakeFolders(staged, fs::path(files[i].path).parent_path(), &made, error)) return WriteStop{i, error};
  }
  std::atomic<bool> stopping{false};
  std::mutex mutex;
  std::optional<WriteStop> stop;
  ForEachIndex(files.size(), jobs, [&](size_t i) {
    if (stopping.load()) return;
    WriteStop failure{i, "", false};
    if (signals.StopRequested()) {
      failure.interrupted = true;
    } else if (WriteNewFileBytes((staged / files[i].path).string(), files[i].bytes, failure.error)) {
      return;
    }
    stopping.store(true);
    const std::lock_guard<std::mutex> lock(mutex);
    if (!stop || (failure.interrupted && !stop->interrupted) ||
        (failure.interrupted == stop->interrupted && failure.index < stop->index)) {
      stop = failure;
    }
  });
  return stop;
}

// Removes a folder tree on `jobs` threads: what lies two levels down is
// removed in parallel (a site's bulk is under search/ and the year
// folders), then the rest. Best effort, as fs::remove_all: the tree is a
// retired site or a staging folder, already out of the way.
void RemoveTree(const fs::path& root, unsigned jobs) {
  std::error_code code;
  std::vector<fs::path> parts;
  for (fs::directory_iterator top(root, code), end; !code && top != end; top.increment(code)) {
    if (!top->is_directory(code) || top->is_symlink(code)) continue;
    std::error_code inner;
    for (fs::directory_iterator it(top->path(), inner); !inner && it != end; it.increment(inner)) {
      parts.push_back(it->path());
    }
  }
  ForEachIndex(parts.size(), jobs, [&](size_t i) {
    std::error_code ignored;
    fs::remove_all(parts[i], ignored);
  });
  fs::remove_all(root, code);
}

// Copies what someone else put in the old site (OutputFolder::kept) into
// the new one, links as links. A kept file in the way of a new one is an
// error: one of them would be lost.
bool CarryKeptFiles(const OutputFolder& folder, const fs::path& staged, std::set<std::string>& made,
                    Diagnostics& diagnostics) {
  for (const std::string& relative : folder.kept) {
    std::error_code code;
    const fs::path target = staged / relative;
    if (fs::exists(fs::symlink_status(target, code))) {
      diagnostics.Error(SourceLocation{(folder.path / relative).string()},
                        "this file was not written by gongkai (the " + std::string(kManifestName) +
                            " does not name it), and the new site has a file at the same path; move it out of the "
                            "output folder, or rename it");
      return false;
    }
    std::string error;
    if (!MakeFolders(staged, fs::path(relative).parent_path(), &made, error)) {
      diagnostics.Error(SourceLocation{target.string()}, error);
      return false;
    }
    fs::copy(folder.path / relative, target, fs::copy_options::recursive | fs::copy_options::copy_symlinks, code);
    if (code) {
      diagnostics.Error(SourceLocation{(folder.path / relative).string()},
                        "cannot keep this file in the new site: " + code.message() +
                            "; nothing was written, the previous site is unchanged");
      return false;
    }
  }
  return true;
}

}  // namespace

struct SiteStaging::Parts {
  StopSignalsHeld signals;
  std::optional<OutputWriteLock> lock;
  std::optional<OutputFolder> folder;
  fs::path staged, retired;
  std::set<std::string> made;  // folders made in the staging folder
  std::set<std::string> paths;  // every file put: the manifest
};

std::unique_ptr<SiteStaging> SiteStaging::Open(const std::string& out_dir, const std::vector<std::string>& input_dirs,
                                               Diagnostics& diagnostics, unsigned jobs) {
  std::unique_ptr<SiteStaging> staging(new SiteStaging(out_dir, diagnostics, jobs));
  Parts& parts = *staging->parts_;
  std::error_code code;
  fs::path resolved = fs::weakly_canonical(fs::absolute(fs::path(out_dir), code), code);
  if (!resolved.has_filename()) resolved = resolved.parent_path();
  if (!code && resolved != resolved.root_path()) fs::create_directories(resolved.parent_path(), code);
  parts.lock.emplace(resolved.parent_path());
  // Inspected again under the lock, with the same resolution as the check
  // before rendering: what is replaced is what was inspected.
  parts.folder = InspectOutputFolder(out_dir, input_dirs, diagnostics);
  if (!parts.folder) return nullptr;
  const fs::path& out = parts.folder->path;
  const std::string pid = std::to_string(::getpid());
  const fs::path scratch = parts.folder->mount_point ? out : out.parent_path();
  const std::string new_prefix = parts.folder->mount_point ? ".gongkai-new." : "." + out.filename().string() + ".new.";
  const std::string old_prefix = parts.folder->mount_point ? ".gongkai-old." : "." + out.filename().string() + ".old.";
  parts.staged = scratch / (new_prefix + pid);
  parts.retired = scratch / (old_prefix + pid);
  if (parts.lock->held()) RemoveLeftoversOfKilledBuilds(scratch, {new_prefix, old_prefix});
  std::string error;
  if (!MakeFolders(scratch, parts.staged.filename(), &parts.made, error)) {
    diagnostics.Error(SourceLocation{parts.staged.string()}, error);
    return nullptr;
  }
  staging->open_ = true;
  return staging;
}

SiteStaging::SiteStaging(std::string out_dir, Diagnostics& diagnostics, unsigned jobs)
    : parts_(std::make_unique<Parts>()), out_dir_(std::move(out_dir)), diagnostics_(diagnostics), jobs_(jobs) {}

SiteStaging::~SiteStaging() {
  if (open_) RemoveTree(parts_->staged, jobs_);  // never committed: the old site stays as it was
}

bool SiteStaging::Fail(const std::string& path, const std::string& error) {
  diagnostics_.Error(SourceLocation{path}, error);
  failed_ = true;
  return false;
}

bool SiteStaging::Put(OutputFiles files) {
  if (failed_ || !open_) return false;
  for (const OutputFile& file : files) {
    const bool contained = IsContainedPath(file.path) && file.path != kManifestName;
    if (!contained || !parts_->paths.insert(file.path).second) {
      return Fail(file.path, contained ? "two outputs want the same path" : "refused to write outside the output folder");
    }
  }
  if (const std::optional<WriteStop> stop = WriteFiles(parts_->staged, files, parts_->made, parts_->signals, jobs_)) {
    if (stop->interrupted) return Fail(out_dir_, "interrupted; nothing was written, the previous site is unchanged");
    return Fail((fs::path(out_dir_) / files[stop->index].path).string(),
                stop->error + "; nothing was written, the previous site is unchanged");
  }
  file_count_ += files.size();
  for (const OutputFile& file : files) byte_count_ += file.bytes.size();
  return true;
}

bool SiteStaging::PutFile(const std::string& path, const std::string& source, std::string& error) {
  error.clear();
  if (failed_ || !open_) return false;
  const bool contained = IsContainedPath(path) && path != kManifestName;
  if (!contained || !parts_->paths.insert(path).second) {
    return Fail(path, contained ? "two outputs want the same path" : "refused to write outside the output folder");
  }
  if (parts_->signals.StopRequested()) return Fail(out_dir_, "interrupted; nothing was written, the previous site is unchanged");
  std::string folder_error;
  if (!MakeFolders(parts_->staged, fs::path(path).parent_path(), &parts_->made, folder_error)) {
    return Fail((fs::path(out_dir_) / path).string(), folder_error + "; nothing was written, the previous site is unchanged");
  }
  size_t size = 0;
  std::string copy_error;
  if (!CopyNewFile(source, (parts_->staged / path).string(), size, copy_error)) {
    return Fail((fs::path(out_dir_) / path).string(), copy_error + "; nothing was written, the previous site is unchanged");
  }
  ++file_count_;
  byte_count_ += size;
  return true;
}

bool SiteStaging::StopRequested() const { return parts_->signals.StopRequested(); }

std::string SiteStaging::ReadBack(const std::string& path) const {
  std::string bytes, error;
  if (!parts_->paths.count(path) || !ReadFileBytes((parts_->staged / path).string(), bytes, error)) return "";
  return bytes;
}

bool SiteStaging::Commit() {
  if (failed_ || !open_) return false;
  Parts& parts = *parts_;
  std::string error;
  if (!WriteNewFileBytes((parts.staged / kManifestName).string(), ManifestBytes(parts.paths), error)) {
    return Fail((fs::path(out_dir_) / kManifestName).string(), error + "; nothing was written, the previous site is unchanged");
  }
  if (!CarryKeptFiles(*parts.folder, parts.staged, parts.made, diagnostics_)) {
    failed_ = true;
    return false;
  }
  if (parts.signals.StopRequested()) return Fail(out_dir_, "interrupted; nothing was written, the previous site is unchanged");
  const fs::path& out = parts.folder->path;
  const bool swapped = parts.folder->mount_point ? SwapInside(parts.staged, out, parts.retired, error)
                                                 : SwapFolderIntoPlace(parts.staged, out, parts.retired, error);
  if (!swapped) {
    return Fail(out.string(), "cannot put the new site in place: " + error + "; the previous site is unchanged");
  }
  RemoveTree(parts.retired, jobs_);
  RemoveTree(parts.staged, jobs_);  // after a swap inside a mount point it holds the old entries
  open_ = false;
  return true;
}

bool WriteSiteAtomically(const std::string& out_dir, const OutputFiles& files, Diagnostics& diagnostics,
                         const std::vector<std::string>& input_dirs, unsigned jobs) {
  // Every path is refused before anything is staged, as before streaming.
  std::set<std::string> seen;
  for (const OutputFile& file : files) {
    const bool contained = IsContainedPath(file.path) && file.path != kManifestName;
    if (!contained || !seen.insert(file.path).second) {
      diagnostics.Error(SourceLocation{file.path},
                        contained ? "two outputs want the same path" : "refused to write outside the output folder");
      return false;
    }
  }
  const std::unique_ptr<SiteStaging> staging = SiteStaging::Open(out_dir, input_dirs, diagnostics, jobs);
  return staging && staging->Put(files) && staging->Commit();
}

}  // namespace gongkai
