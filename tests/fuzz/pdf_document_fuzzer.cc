// libFuzzer entry for gongkai::fuzz::FuzzPdfDocument (see fuzz_targets.h).
#include "fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  gongkai::fuzz::FuzzPdfDocument(data, size);
  return 0;
}
