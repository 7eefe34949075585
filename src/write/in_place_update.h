// UpdateSiteInPlace: publishes a freshly rendered site over the live one,
// touching only what changed (docs/incremental.md).
//
// WriteSiteAtomically (site_writer.h) replaces the whole output folder, so
// every file gets a new inode and mtime and rsync sends the whole site. An
// update in place instead compares each new file's bytes with the live
// file and:
//   1. department-year folders (<year>/<jurisdiction>/<department>/) whose
//      files changed are rebuilt beside the live one (.<name>.new.<pid>),
//      unchanged files hardlinked from the live folder (same inode, same
//      mtime), changed ones written, and the two folders swapped in one
//      rename (RENAME_EXCHANGE): a reader sees the old folder or the new,
//      never a mix;
//   2. then the site-level files (home, year and list pages, search index,
//      sitemap, downloads, assets) that changed, each written beside
//      itself and renamed over the old one: each file is old or new;
//   3. then the files of the old manifest that the new site lacks are
//      removed (never a file the manifest does not name: someone else's);
//   4. the manifest last.
// Unchanged files are never opened for writing. The result is byte for
// byte what WriteSiteAtomically would write.
//
// The same safety rules as the site writer: the output folder must be one
// InspectOutputFolder accepts; paths must stay inside it; a failure before
// step 1's first swap leaves the live site untouched. An output folder that
// is absent, empty or without a manifest is written by WriteSiteAtomically.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"

namespace gongkai {

// What an update did, for the summary line and the tests.
struct InPlaceUpdateReport {
  bool written_whole = false;    // there was no live site: written by WriteSiteAtomically
  size_t files_written = 0;      // new or changed files
  size_t files_unchanged = 0;    // same bytes as the live file: left alone
  size_t files_removed = 0;      // named by the old manifest, no longer produced
  size_t folders_swapped = 0;    // department-year folders swapped in
};

// False (with a diagnostic naming the file) when the update could not be
// made. `input_dirs` are the folders the build read (never overwritten).
// `carried`: paths of the new site that were not rendered again because
// their inputs did not change (a partial re-render): they must be live
// files of ours, and are kept as they are (hardlinked when their
// department-year folder is swapped).
bool UpdateSiteInPlace(const std::string& out_dir, const OutputFiles& files, Diagnostics& diagnostics,
                       const std::vector<std::string>& input_dirs, InPlaceUpdateReport& report,
                       const std::vector<std::string>& carried = {});

// The department-year folder a site path belongs to ("2021/130322/203" for
// "2021/130322/203/projects/x.html"), or "" for a site-level file.
std::string DepartmentYearFolderOf(const std::string& path);

}  // namespace gongkai
