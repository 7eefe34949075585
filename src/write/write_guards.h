// What both writers of the output folder (site_writer: a whole site staged
// and swapped; in_place_update: changed files put in place) hold while they
// write: one build at a time beside a site, stop signals held back, and
// folders made 0755 whatever the umask.
#pragma once

#include <signal.h>

#include <filesystem>
#include <set>
#include <string>

namespace gongkai {

// Holds an flock() on the folder that holds the output folder while a
// build writes there: two builds never write beside the same site at once,
// and the kernel drops the lock when its build dies, even by SIGKILL. The
// folder itself is locked, so no lock file is left beside the site. Where
// the file system cannot lock a folder (some network file systems), the
// build goes on unlocked and leaves any leftovers alone.
class OutputWriteLock {
 public:
  explicit OutputWriteLock(const std::filesystem::path& folder);
  ~OutputWriteLock();
  OutputWriteLock(const OutputWriteLock&) = delete;
  OutputWriteLock& operator=(const OutputWriteLock&) = delete;
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// Holds SIGINT, SIGTERM and SIGHUP back while a write is under way: the
// writer may check for one between files and give up cleanly; when this
// object goes, a held signal is delivered and ends the process as it would
// have. No handler, so no global state.
class StopSignalsHeld {
 public:
  StopSignalsHeld();
  ~StopSignalsHeld();
  StopSignalsHeld(const StopSignalsHeld&) = delete;
  StopSignalsHeld& operator=(const StopSignalsHeld&) = delete;
  bool StopRequested() const;

 private:
  sigset_t stop_, previous_;
};

// Creates the folders of `relative` under `root`, each made 0755 whatever
// the umask (a site written 0700 under umask 077 is a 403 from the web
// server). `made`, when given, remembers what was made so that a second
// call for the same folder costs nothing.
bool MakeFolders(const std::filesystem::path& root, const std::filesystem::path& relative,
                 std::set<std::string>* made, std::string& error);

}  // namespace gongkai
