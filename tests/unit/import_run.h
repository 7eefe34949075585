// Test support: `gongkai import` run in the test's process, with what it
// printed and its exit status.
#pragma once

#include <string>
#include <vector>

namespace gongkai::testing {

struct ImportRun {
  int status = 0;
  std::string out, err;
};

ImportRun RunImport(const std::vector<std::string>& args);

}  // namespace gongkai::testing
