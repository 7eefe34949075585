// --jobs (issue 16): render, check, write and the removal of the old site
// run on N threads, and the site is the same bytes for any N.
#include <catch2/catch.hpp>

#include <atomic>
#include <set>
#include <vector>

#include "base/parallel.h"
#include "content_fixture.h"
#include "pipeline.h"
#include "reliability_support.h"

using namespace gongkai;
using gongkai::testing::ReadTree;
using gongkai::testing::SourcePath;
using gongkai::testing::TempFolder;

TEST_CASE("ForEachIndex visits every index exactly once, for any number of jobs", "[parallel]") {
  for (unsigned jobs : {1u, 2u, 3u, 7u, 0u}) {
    INFO("jobs " << jobs);
    std::vector<std::atomic<int>> visits(1000);
    ForEachIndex(visits.size(), jobs, [&](size_t i) { visits[i].fetch_add(1); });
    size_t once = 0;
    for (const auto& count : visits) once += count.load() == 1;
    CHECK(once == visits.size());
  }
  size_t calls = 0;
  ForEachIndex(0, 4, [&](size_t) { ++calls; });
  CHECK(calls == 0);
  CHECK(WorkerCount(5) == 5);
  CHECK(WorkerCount(0) >= 1);
}

TEST_CASE("ForEachIndexOnWorkers names a worker below the count, and a worker runs one index at a time", "[parallel]") {
  for (unsigned jobs : {1u, 2u, 3u, 0u}) {
    INFO("jobs " << jobs);
    std::vector<std::atomic<int>> visits(1000);
    std::vector<std::atomic<int>> running(WorkerCount(jobs));
    std::atomic<bool> overlapped{false};
    std::atomic<bool> out_of_range{false};
    ForEachIndexOnWorkers(visits.size(), jobs, [&](size_t worker, size_t i) {
      if (worker >= running.size()) {
        out_of_range = true;
        return;
      }
      if (running[worker].fetch_add(1) != 0) overlapped = true;
      visits[i].fetch_add(1);
      running[worker].fetch_sub(1);
    });
    size_t once = 0;
    for (const auto& count : visits) once += count.load() == 1;
    CHECK(once == visits.size());
    CHECK_FALSE(out_of_range);
    CHECK_FALSE(overlapped);
  }
}

TEST_CASE("the sample site built with --jobs 1 and --jobs 3 is the same, file for file and byte for byte",
          "[parallel][reproducible]") {
  TempFolder folder;
  BuildOptions options;
  options.content_dir = SourcePath("content");
  options.theme_dir = SourcePath("themes/default");
  options.base_url = "/portal/";

  options.jobs = 1;
  options.out_dir = folder.OutsidePath("one");
  Diagnostics one;
  REQUIRE(BuildSite(options, one).written);

  options.jobs = 3;
  options.out_dir = folder.OutsidePath("three");
  Diagnostics three;
  REQUIRE(BuildSite(options, three).written);

  const auto serial = ReadTree(folder.OutsidePath("one"));
  const auto parallel = ReadTree(folder.OutsidePath("three"));
  REQUIRE(serial.size() > 600);  // pages, downloads, originals, index: README's sample
  CHECK(serial == parallel);

  // A rebuild with 3 jobs over the old site (whose removal runs on 3
  // threads too) leaves the same tree again.
  Diagnostics again;
  REQUIRE(BuildSite(options, again).written);
  CHECK(ReadTree(folder.OutsidePath("three")) == serial);
}
