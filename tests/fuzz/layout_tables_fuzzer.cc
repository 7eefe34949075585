// libFuzzer entry for gongkai::fuzz::FuzzLayoutTables (see fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::FuzzLayoutTables(data, size);
  return 0;
}
