// gongkai: a static site generator for public budget disclosure portals.
// Everything lives in gongkai_core; see cli/cli.cc for the commands.
#include <malloc.h>

#include "cli/command.h"

int main(int argc, char** argv) {
#ifdef M_MMAP_THRESHOLD
  // glibc raises its mmap threshold each time a large block is freed, up to
  // 32 MiB, so a build's page-sized strings (tens to hundreds of KiB, made
  // and freed by the hundred thousand) end up carved out of one heap that
  // fragments until every malloc walks long free lists: measured at 30,000
  // projects, render and check took 153 s instead of 34 s, and it grows
  // faster than the site. A fixed threshold keeps large blocks in mmap.
  // (The binary is normally linked with jemalloc, CMakeLists.txt, which
  // ignores this; it matters for a build without it, as the sanitizers'.)
  mallopt(M_MMAP_THRESHOLD, 64 * 1024);
#endif
  return gongkai::RunCli(argc, argv);
}
