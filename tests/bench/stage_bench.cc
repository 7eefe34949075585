// stage_bench: one of the stages issue 16 made parallel and streaming
// (load, downloads, search index), alone, measured.
//   stage_bench <content dir> load|downloads|search [jobs]
// Loads the content (load/content_loader.h), then runs the stage into a
// sink that counts and drops what it is given, as the build's staging
// sink does once a batch is on disk. Prints one JSON line: the stage's
// wall and CPU milliseconds, files and bytes, the largest batch handed
// over, the resident memory once loaded (the model) and the peak while
// the stage ran (VmHWM, reset after loading), so a stage's own memory is
// the difference, and what was resident as the largest batch (the site
// database) and as any other was handed over. A measuring command, not a
// test.
#include <malloc.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

#include "base/output_sink.h"
#include "export/site_downloads.h"
#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "search/search_index.h"

namespace {

long StatusKilobytes(const char* field) {  // "VmRSS:" or "VmHWM:" of /proc/self/status
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
  }
  return -1;
}

// Writing 5 to clear_refs sets the peak (VmHWM) back to what is resident
// now, so the next reading is the stage's own peak.
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

double CpuMilliseconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

class CountingSink : public gongkai::OutputSink {
 public:
  bool Put(gongkai::OutputFiles files) override {
    size_t batch = 0;
    for (const gongkai::OutputFile& file : files) batch += file.bytes.size();
    files_ += files.size();
    bytes_ += batch;
    // What is resident while the largest batch is held, and the most while
    // any other is: the database alone against the windows.
    const long resident = StatusKilobytes("VmRSS:");
    if (batch > largest_batch_) {
      rest_kb_ = std::max(rest_kb_, largest_kb_);
      largest_kb_ = resident;
    } else {
      rest_kb_ = std::max(rest_kb_, resident);
    }
    largest_batch_ = std::max(largest_batch_, batch);
    ++batches_;
    return true;
  }
  size_t files_ = 0, bytes_ = 0, largest_batch_ = 0, batches_ = 0;
  long largest_kb_ = 0, rest_kb_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: stage_bench <content dir> load|downloads|search [jobs]\n";
    return 2;
  }
  const std::string content = argv[1], stage = argv[2];
  const unsigned jobs = argc == 4 ? static_cast<unsigned>(std::stoul(argv[3])) : 0;
  const long start_kb = StatusKilobytes("VmRSS:");

  gongkai::Diagnostics diagnostics;
  CountingSink sink;
  gongkai::Site site;
  double cpu_start = CpuMilliseconds();
  auto wall_start = std::chrono::steady_clock::now();
  if (stage != "load") {
    site = gongkai::LoadSite(content, diagnostics, jobs);
    gongkai::AssignProjectSlugs(site);
    malloc_trim(0);
    ResetPeak();
    cpu_start = CpuMilliseconds();
    wall_start = std::chrono::steady_clock::now();
  }
  if (stage == "load") {
    site = gongkai::LoadSite(content, diagnostics, jobs);
  } else if (stage == "downloads") {
    gongkai::ExportSiteDownloads(site, sink, diagnostics, jobs);
  } else if (stage == "search") {
    gongkai::BuildSearchIndex(site, sink, {}, jobs);
  } else {
    std::cerr << "stage_bench: unknown stage " << stage << "\n";
    return 2;
  }
  const double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_start).count();
  const double cpu = CpuMilliseconds() - cpu_start;
  const long peak_kb = StatusKilobytes("VmHWM:");
  malloc_trim(0);
  std::cout << "{\"stage\": \"" << stage << "\", \"jobs\": " << jobs << ", \"departments\": " << site.departments.size()
            << ", \"errors\": " << diagnostics.error_count() << ", \"wall_ms\": " << static_cast<long>(wall)
            << ", \"cpu_ms\": " << static_cast<long>(cpu) << ", \"files\": " << sink.files_
            << ", \"bytes\": " << sink.bytes_ << ", \"batches\": " << sink.batches_
            << ", \"largest_batch\": " << sink.largest_batch_ << ", \"rss_at_largest_put_kb\": " << sink.largest_kb_
            << ", \"max_rss_at_other_puts_kb\": " << sink.rest_kb_ << ", \"start_kb\": " << start_kb
            << ", \"peak_kb\": " << peak_kb << ", \"model_heap_kb\": " << mallinfo2().uordblks / 1024 << "}\n";
  return 0;
}
