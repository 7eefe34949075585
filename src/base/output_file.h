// OutputFile: one file of the site, as bytes, before it is written.
//
// Render, search and download stages return OutputFiles; only write/ puts
// them on disk, so a build either publishes all of them or none.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

struct OutputFile {
  std::string path;   // relative to the output folder, '/'-separated: 2021/130322/203/index.html
  std::string bytes;
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace gongkai
