#include "write/write_guards.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gongkai {

OutputWriteLock::OutputWriteLock(const std::filesystem::path& folder) {
  fd_ = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ >= 0 && ::flock(fd_, LOCK_EX) != 0) {
    ::close(fd_);
    fd_ = -1;
  }
}

OutputWriteLock::~OutputWriteLock() {
  if (fd_ >= 0) ::close(fd_);
}

StopSignalsHeld::StopSignalsHeld() {
  sigemptyset(&stop_);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stop_, signal);
  pthread_sigmask(SIG_BLOCK, &stop_, &previous_);
}

StopSignalsHeld::~StopSignalsHeld() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

bool StopSignalsHeld::StopRequested() const {
  sigset_t pending;
  sigpending(&pending);
  for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
    if (sigismember(&pending, signal) && !sigismember(&previous_, signal)) return true;
  }
  return false;
}

bool MakeFolders(const std::filesystem::path& root, const std::filesystem::path& relative,
                 std::set<std::string>* made, std::string& error) {
  std::filesystem::path folder = root;
  for (const std::filesystem::path& segment : relative) {
    folder /= segment;
    if (made && made->count(folder.string())) continue;
    if (::mkdir(folder.c_str(), 0755) == 0) {
      ::chmod(folder.c_str(), 0755);
    } else if (errno != EEXIST) {
      error = std::string("cannot create folder: ") + std::strerror(errno);
      return false;
    }
    if (made) made->insert(folder.string());
  }
  return true;
}

}  // namespace gongkai
