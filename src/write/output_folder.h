// OutputFolder: what is at --out, and whether a build may replace it.
//
// The site writer replaces its output folder whole, so before it stages
// anything it asks here whether the folder is one gongkai may replace:
//   - absent, or empty;
//   - holding a manifest (.gongkai-manifest) that an earlier build wrote,
//     naming every file it wrote;
//   - without a manifest (a site an older gongkai built, before manifests),
//     only when its top level is exactly what gongkai writes: index.html,
//     404.html, sitemap.xml, robots.txt, assets/, search/ and year folders.
// Anything else (a home folder, Documents/, `--out .`) is refused, with the
// reason and what to do. In a folder with a manifest, files the manifest
// does not name were put there by someone else (CNAME, .well-known/, a
// 网站标识码 verification file): they are kept, copied into the new site.
//
// `out_dir` is resolved once, here, the way the kernel resolves it (links
// followed, so `lnk/..` is the parent of lnk's target), and the writer
// uses that same resolved path: a symlinked --out is followed and its
// target replaced; the link itself is never touched. An output folder
// that is a mount point cannot be renamed: it is marked so, and the writer
// swaps the new site in inside it.
#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"

namespace gongkai {

// The manifest's name, at the top of the output folder.
extern const char kManifestName[];

struct OutputFolder {
  std::filesystem::path path;     // absolute, links resolved
  bool exists = false;
  bool mount_point = false;       // the new site goes in entry by entry, inside it
  std::vector<std::string> kept;  // relative paths not written by gongkai, carried into the new site
};

// The resolved output folder, or nothing (with an error saying why and
// what to do) when a build must not replace it: it is a file, the root,
// holds or is inside `input_dirs` (content, theme), or is not gongkai's.
std::optional<OutputFolder> InspectOutputFolder(const std::string& out_dir, const std::vector<std::string>& input_dirs,
                                                Diagnostics& diagnostics);

// The manifest of a site of `files`: a comment line, then one path a line,
// sorted. REQUIRES: every path is contained (IsContainedPath).
std::string ManifestBytes(const OutputFiles& files);
std::string ManifestBytes(const std::set<std::string>& paths);  // sorted, as a std::set is

}  // namespace gongkai
