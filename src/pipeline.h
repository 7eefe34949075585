// BuildSite: the whole of `gongkai build`, stage after stage:
//   load → validate → plan → render → index → check → write.
// Each stage reads the previous stage's output only; problems are
// collected as Diagnostics. If any stage reports an error, nothing is
// written and the previous site stays as it was.
//
// The build streams: downloads, pages (in batches, from the SitePlan),
// the index and the sitemap are each checked and written into the staging
// folder as they are made (write/site_writer.h SiteStaging), so the build
// holds one batch of the site's bytes at a time. The new site replaces the
// old one only when every file is in and the check found nothing.
#pragma once

#include <cstddef>
#include <string>

#include "base/diagnostic.h"

namespace gongkai {

// The stages of a build, in the order they run.
enum class BuildStage { kLoad, kValidate, kDownloads, kRender, kIndex, kSitemap, kCheck, kWrite };

// Who watches a build (the CLI's progress line and --verbose timings). The
// build only reports; how and whether it is shown is the watcher's. Pages
// are reported from the render workers, so PagesRendered must be safe to
// call from several threads at once.
class BuildObserver {
 public:
  virtual ~BuildObserver() = default;
  virtual void StageStarted(BuildStage stage) = 0;
  virtual void PagesRendered(size_t done, size_t total) = 0;
  virtual void StageFinished(BuildStage stage) = 0;
  // Time spent in `stage` inside the stage now running: the check and the
  // write happen as each batch of files streams past, so they are timed
  // apart and told here, and are not the running stage's time.
  virtual void StageSpent(BuildStage stage, double seconds) = 0;
};

struct BuildOptions {
  std::string content_dir = "content";       // the sample portal by default
  std::string theme_dir = "themes/default";
  std::string out_dir = "site";
  std::string base_url;                      // overrides site.json's base_url when set
  bool check = true;  // check the new site (as `gongkai check`) before it replaces the old one
  // Render and check but leave the disk alone (`--dry-run`): what the build
  // costs without the writes, beside `hugo --renderToMemory` in make bench.
  bool write = true;
  BuildObserver* observer = nullptr;  // none: nobody watches
  // Threads for render, check, write and removing the old site (0: every
  // core). The site is byte for byte the same for any number.
  unsigned jobs = 0;
  // Update the output folder in place, writing only the files that changed,
  // and skip the build when the build cache says no input changed
  // (`--incremental`, `gongkai serve`; docs/incremental.md).
  bool incremental = false;
};

struct BuildSummary {
  size_t department_count = 0;
  size_t project_count = 0;
  size_t page_count = 0;   // HTML pages
  size_t file_count = 0;   // everything written
  size_t byte_count = 0;
  bool written = false;
  bool complete = false;   // every stage succeeded (written, or a dry run)
  // --incremental: nothing changed since the last build, nothing was done;
  // else what the update touched and why it rendered what it did.
  bool up_to_date = false;
  size_t files_changed = 0;   // written because new or changed
  size_t files_removed = 0;
  size_t pages_carried = 0;   // pages not rendered again: their department did not change
  std::string why_rendered;
  std::string base_url;  // as the build used it (gongkai serve serves the site under its path)
};

BuildSummary BuildSite(const BuildOptions& options, Diagnostics& diagnostics);

}  // namespace gongkai
