// ScratchFile: a new, empty temporary file in $TMPDIR (or /tmp), removed
// when the object goes. For the libraries that can only write a file
// (libxlsxwriter) and for the site database, which is built on disk so
// that it is in memory only once, as it is handed to the output.
#pragma once

#include <string>

namespace gongkai {

class ScratchFile {
 public:
  // `stem` names it: gongkai-<stem>-XXXXXX.
  explicit ScratchFile(const std::string& stem);
  ~ScratchFile();
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  // False when no file could be made; error() then says where, in Chinese.
  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }
  const std::string& error() const { return error_; }
  // Its bytes now; false (and error() set) when it cannot be read.
  bool Read(std::string& bytes);

 private:
  std::string path_;
  std::string error_;
};

// $TMPDIR when set, else /tmp.
std::string TemporaryFolder();

}  // namespace gongkai
