#include "write/output_folder.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "write/build_cache.h"

namespace gongkai {

namespace fs = std::filesystem;

const char kManifestName[] = ".gongkai-manifest";

namespace {

const char kManifestHeader[] =
    "# gongkai manifest 1: the files the last build wrote here. Files it does not name are kept.\n";

bool IsPrefix(const fs::path& prefix, const fs::path& path) {
  const auto [prefix_end, path_end] = std::mismatch(prefix.begin(), prefix.end(), path.begin(), path.end());
  return prefix_end == prefix.end();
}

// A mount point cannot be renamed (EBUSY): the kernel says it is one
// (statx), or it sits on another device than its parent.
bool IsMountPoint(const fs::path& folder) {
#ifdef STATX_ATTR_MOUNT_ROOT
  struct statx info;
  if (statx(AT_FDCWD, folder.c_str(), AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, &info) == 0 &&
      (info.stx_attributes_mask & STATX_ATTR_MOUNT_ROOT)) {
    return (info.stx_attributes & STATX_ATTR_MOUNT_ROOT) != 0;
  }
#endif
  struct stat self, parent;
  if (::stat(folder.c_str(), &self) != 0 || ::stat((folder / "..").c_str(), &parent) != 0) return false;
  return self.st_dev != parent.st_dev || self.st_ino == parent.st_ino;
}

// Names the writer itself uses inside a mount point for the length of a
// write (site_writer.cc): never the user's.
bool IsWriterScratch(const std::string& name) {
  return name.rfind(".gongkai-new.", 0) == 0 || name.rfind(".gongkai-old.", 0) == 0 ||
         name.rfind(std::string(kBuildCacheName) + ".new.", 0) == 0;
}

// The top level of a site gongkai writes (render/routes.cc, write/sitemap.cc,
// the theme's assets/, search/, the 名词解释 page's glossary/).
bool IsGongkaiTopLevelName(const std::string& name, bool is_directory) {
  if (is_directory) {
    return name == "assets" || name == "search" || name == "glossary" || name == "data" ||
           (name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }));
  }
  return name == "index.html" || name == "404.html" || name == "sitemap.xml" || name == "robots.txt";
}

std::set<std::string> ReadManifest(const fs::path& file) {
  std::set<std::string> paths;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line[0] != '#') paths.insert(line);
  }
  return paths;
}

// Files under `out` the manifest does not name, and empty folders no named
// file lives in: what someone other than gongkai put there.
std::vector<std::string> FilesNotInManifest(const fs::path& out, const std::set<std::string>& manifest) {
  std::set<std::string> folders_of_ours;
  for (const std::string& path : manifest) {
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
      folders_of_ours.insert(path.substr(0, slash));
    }
  }
  std::vector<std::string> kept;
  std::error_code code;
  for (fs::recursive_directory_iterator it(out, code), end; !code && it != end; it.increment(code)) {
    const std::string relative = it->path().lexically_relative(out).generic_string();
    if (it.depth() == 0 && (relative == kManifestName || relative == kBuildCacheName || IsWriterScratch(relative))) {
      if (it->is_directory(code)) it.disable_recursion_pending();
      continue;
    }
    std::error_code type_code;
    const bool folder = it->symlink_status(type_code).type() == fs::file_type::directory;
    if (!folder) {
      if (!manifest.count(relative)) kept.push_back(relative);
    } else if (!folders_of_ours.count(relative)) {
      kept.push_back(relative);  // a folder of someone else's: kept whole
      it.disable_recursion_pending();
    }
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

std::string Quoted(const std::vector<std::string>& names) {
  std::string list;
  for (size_t i = 0; i < names.size() && i < 3; ++i) list += (i ? ", " : "") + names[i];
  if (names.size() > 3) list += " and " + std::to_string(names.size() - 3) + " more";
  return list;
}

}  // namespace

std::optional<OutputFolder> InspectOutputFolder(const std::string& out_dir, const std::vector<std::string>& input_dirs,
                                                Diagnostics& diagnostics) {
  const SourceLocation where{out_dir};
  std::error_code code;
  // The kernel's resolution: links followed before "..", so `lnk/..` is the
  // parent of lnk's target, not the folder lnk sits in.
  OutputFolder folder;
  folder.path = fs::weakly_canonical(fs::absolute(fs::path(out_dir), code), code);
  if (!folder.path.has_filename()) folder.path = folder.path.parent_path();  // "site/" names "site"
  if (code) {
    diagnostics.Error(where, "refused: cannot resolve the output folder: " + code.message());
    return std::nullopt;
  }
  if (folder.path == folder.path.root_path()) {
    diagnostics.Error(where, "refused: the output folder cannot be the root of the file system");
    return std::nullopt;
  }
  if (fs::is_symlink(fs::symlink_status(folder.path, code))) {
    diagnostics.Error(where, "refused: this is a link to a folder that does not exist; create the folder or remove the link");
    return std::nullopt;
  }
  bool refused = false;
  for (const std::string& input : input_dirs) {
    std::error_code input_code;
    const fs::path resolved = fs::weakly_canonical(fs::absolute(input), input_code);
    if (input_code) continue;
    if (IsPrefix(folder.path, resolved)) {
      diagnostics.Error(where, "refused: the output folder would replace " + input +
                                   ", which the build reads; choose another --out");
      refused = true;
    } else if (IsPrefix(resolved, folder.path)) {
      diagnostics.Error(where, "refused: the output folder is inside " + input +
                                   ", which the build reads (each build would read the last one's output); "
                                   "choose an --out outside it");
      refused = true;
    }
  }
  if (refused) return std::nullopt;
  const fs::file_status status = fs::status(folder.path, code);
  folder.exists = fs::exists(status);
  if (!folder.exists) return folder;
  if (!fs::is_directory(status)) {
    diagnostics.Error(where, "refused: this is a file, not a folder; the site is written as a folder");
    return std::nullopt;
  }
  folder.mount_point = IsMountPoint(folder.path);

  std::vector<std::pair<std::string, bool>> top;  // name, is a folder
  for (fs::directory_iterator it(folder.path, code), end; !code && it != end; it.increment(code)) {
    const std::string name = it->path().filename().string();
    std::error_code type_code;
    if (!IsWriterScratch(name)) top.emplace_back(name, it->symlink_status(type_code).type() == fs::file_type::directory);
  }
  if (code) {
    diagnostics.Error(where, "refused: cannot list the output folder: " + code.message());
    return std::nullopt;
  }
  if (top.empty()) return folder;
  const fs::path manifest = folder.path / kManifestName;
  if (fs::is_regular_file(fs::symlink_status(manifest, code))) {
    folder.kept = FilesNotInManifest(folder.path, ReadManifest(manifest));
    return folder;
  }
  // No manifest: a site an older gongkai built is recognised by its top
  // level alone, and only when nothing else is there; it holds nothing of
  // anyone else's, so it is replaced whole.
  std::vector<std::string> foreign;
  bool has_home_page = false;
  for (const auto& [name, is_directory] : top) {
    if (!IsGongkaiTopLevelName(name, is_directory)) foreign.push_back(name + (is_directory ? "/" : ""));
    has_home_page = has_home_page || name == "index.html";
  }
  std::sort(foreign.begin(), foreign.end());
  if (foreign.empty() && has_home_page) return folder;
  diagnostics.Error(where, "refused: this folder is not empty and was not made by gongkai (it has no " +
                               std::string(kManifestName) +
                               (foreign.empty() ? std::string(" and no index.html")
                                                : "; it holds " + Quoted(foreign)) +
                               "), and a build replaces its output folder; choose a new or empty folder with --out. "
                               "If it is a site an older gongkai built and you added files to it, move those out, "
                               "build once, then put them back: from then on they are kept");
  return std::nullopt;
}

std::string ManifestBytes(const OutputFiles& files) {
  std::set<std::string> paths;
  for (const OutputFile& file : files) paths.insert(file.path);
  return ManifestBytes(paths);
}

std::string ManifestBytes(const std::set<std::string>& paths) {
  std::string bytes = kManifestHeader;
  for (const std::string& path : paths) bytes += path + "\n";
  return bytes;
}

}  // namespace gongkai
