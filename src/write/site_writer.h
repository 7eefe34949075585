// WriteSiteAtomically: the only writer of the output folder.
//
// Writes every file into a fresh folder beside `out_dir`, then swaps it in
// with one rename (renameat2 RENAME_EXCHANGE), and removes the old site. A
// build that fails, is killed or runs out of disk leaves the previous site
// exactly as it was; files of older builds that the new one lacks are gone.
// Only a folder gongkai may replace is replaced (write/output_folder.h):
// the new site holds a manifest of the files written (.gongkai-manifest),
// and the files someone else put in the old one are copied into it. Files
// are 0644 and folders 0755 whatever the umask. A mount point is swapped
// into entry by entry instead (output_folder.h); its staging and retired
// folders are then .gongkai-new.<pid> and .gongkai-old.<pid> inside it.
//
// SIGINT, SIGTERM and SIGHUP are held while the staging folder exists: the
// write stops at the next file, removes it, and the signal then ends the
// process as usual.
//
// Beside `out_dir` (site/) live, for the length of a write only, the
// staging folder .site.new.<pid> and the retired old site .site.old.<pid>.
// The folder holding them is flock()ed meanwhile, so concurrent builds take
// turns and a killed build's lock vanishes with it; a build that finds
// staging or retired folders while holding the lock removes them: a killed
// build left them. Nothing else is ever written outside `out_dir`.
//
// Files are written with write(2), so a full disk (ENOSPC) or a file size
// limit (EFBIG) is reported as such, with the file it hit.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"
#include "base/output_sink.h"

namespace gongkai {

// False (with a diagnostic naming the file) if anything could not be
// written; then `out_dir` is untouched. Refuses any path that would leave
// `out_dir` ("..", absolute paths, empty segments), and an `out_dir` that
// InspectOutputFolder refuses, with `input_dirs` the folders the build read.
// Files are written, and the old site removed, on `jobs` threads (0: all
// cores); what ends up on disk is the same for any number.
bool WriteSiteAtomically(const std::string& out_dir, const OutputFiles& files, Diagnostics& diagnostics,
                         const std::vector<std::string>& input_dirs = {}, unsigned jobs = 0);

// The same write, for a site that arrives in batches (`gongkai build`
// streams its pages, downloads and index through it): Open takes the lock,
// inspects the output folder and makes the staging folder; Put writes each
// batch into it on `jobs` threads; Commit writes the manifest, carries the
// kept files and swaps the staging folder in. Until Commit succeeds the
// previous site is untouched, and a SiteStaging destroyed without a Commit
// (a failed check, an error, a held signal) removes its staging folder.
// The lock and the held signals last from Open to destruction.
class SiteStaging : public OutputSink {
 public:
  // Null (with a diagnostic) when the folder is refused or no staging folder can be made.
  static std::unique_ptr<SiteStaging> Open(const std::string& out_dir, const std::vector<std::string>& input_dirs,
                                           Diagnostics& diagnostics, unsigned jobs = 0);
  ~SiteStaging() override;
  SiteStaging(const SiteStaging&) = delete;
  SiteStaging& operator=(const SiteStaging&) = delete;

  // False (with a diagnostic) at the first path refused or repeated, file
  // not written, or stop signal; every later call is then false too.
  bool Put(OutputFiles files) override;
  // Copied into the staging folder block by block.
  bool PutFile(const std::string& path, const std::string& source, std::string& error) override;
  bool Commit();
  bool StopRequested() const;  // SIGINT, SIGTERM or SIGHUP arrived: stop early
  // A file put earlier, read back from the staging folder ("" if none):
  // the source line of a problem the check finds only at the end.
  std::string ReadBack(const std::string& path) const;
  size_t file_count() const { return file_count_; }
  size_t byte_count() const { return byte_count_; }

 private:
  struct Parts;
  SiteStaging(std::string out_dir, Diagnostics& diagnostics, unsigned jobs);
  bool Fail(const std::string& path, const std::string& error);

  std::unique_ptr<Parts> parts_;
  std::string out_dir_;
  Diagnostics& diagnostics_;
  unsigned jobs_;
  bool open_ = false;    // the staging folder exists and is ours to remove
  bool failed_ = false;
  size_t file_count_ = 0;
  size_t byte_count_ = 0;
};

// True when `path` is relative, '/'-separated, without "", "." or ".."
// segments, backslashes or control characters (NUL, newline): it stays inside the folder it is joined to.
bool IsContainedPath(const std::string& path);

}  // namespace gongkai
