#include "base/scratch_file.h"

#include <unistd.h>

#include <cstdlib>

#include "base/file_system.h"

namespace gongkai {

std::string TemporaryFolder() {
  const char* tmp = std::getenv("TMPDIR");
  return tmp && *tmp ? tmp : "/tmp";
}

ScratchFile::ScratchFile(const std::string& stem) {
  std::string path = TemporaryFolder() + "/gongkai-" + stem + "-XXXXXX";
  const int descriptor = mkstemp(path.data());
  if (descriptor < 0) {
    error_ = "无法在 " + TemporaryFolder() + " 建立临时文件";
    return;
  }
  close(descriptor);
  path_ = path;
}

ScratchFile::~ScratchFile() {
  if (!path_.empty()) unlink(path_.c_str());
}

bool ScratchFile::Read(std::string& bytes) {
  std::string error;
  if (ReadFileBytes(path_, bytes, error, size_t{1} << 40)) return true;
  error_ = "无法读回临时文件 " + path_ + "：" + error;
  return false;
}

}  // namespace gongkai
