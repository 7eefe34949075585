// libFuzzer entry for gongkai::fuzz::FuzzMarkdown (see fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::FuzzMarkdown(data, size);
  return 0;
}
