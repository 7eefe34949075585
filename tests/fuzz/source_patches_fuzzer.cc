// libFuzzer entry for gongkai::fuzz::FuzzSourcePatches (see fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::FuzzSourcePatches(data, size);
  return 0;
}
