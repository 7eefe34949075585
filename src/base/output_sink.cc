#include "base/output_sink.h"

#include "base/file_system.h"

namespace gongkai {

bool OutputSink::PutFile(const std::string& path, const std::string& source, std::string& error) {
  OutputFiles files(1);
  files[0].path = path;
  if (!ReadFileBytes(source, files[0].bytes, error, size_t{1} << 40)) return false;
  error.clear();
  return Put(std::move(files));
}

}  // namespace gongkai
