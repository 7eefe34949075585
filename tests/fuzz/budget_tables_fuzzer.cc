// libFuzzer entry for gongkai::fuzz::FuzzBudgetTables (see fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::FuzzBudgetTables(data, size);
  return 0;
}
