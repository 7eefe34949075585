// search_index_bench: the search index stage alone, timed, for
// tests/bench/run-bench.sh.
//   search_index_bench <content dir> <out dir> [option=value …]
// Options override SearchIndexOptions for tuning: documents_per_shard,
// dictionary_shard_bytes, inline_list_bytes, chunk_size.
// Loads the content as `gongkai build` does, builds the index
// (search/search_index.h), writes its files under <out dir> and prints one
// JSON line: load and index milliseconds, file and byte counts, peak
// resident memory of the process (the loaded model included) and the
// resident memory after loading, so the index's own share can be seen.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "search/search_index.h"

namespace {

long ResidentKilobytes(const char* field) {  // "VmRSS:" or "VmHWM:" of /proc/self/status
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
  }
  return -1;
}

double MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of the process so far: on a shared machine, wall time measures
// the neighbours too.
double CpuMilliseconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: search_index_bench <content dir> <out dir> [option=value …]\n";
    return 2;
  }
  gongkai::SearchIndexOptions options;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    const size_t equals = arg.find('=');
    const std::string name = arg.substr(0, equals);
    const unsigned long value = equals == std::string::npos ? 0 : std::stoul(arg.substr(equals + 1));
    if (name == "documents_per_shard") options.documents_per_shard = value;
    else if (name == "dictionary_shard_bytes") options.dictionary_shard_bytes = value;
    else if (name == "inline_list_bytes") options.inline_list_bytes = value;
    else if (name == "chunk_size") options.chunk_size = static_cast<uint32_t>(value);
    else {
      std::cerr << "search_index_bench: unknown option " << arg << "\n";
      return 2;
    }
  }
  gongkai::Diagnostics diagnostics;
  auto start = std::chrono::steady_clock::now();
  gongkai::Site site = gongkai::LoadSite(argv[1], diagnostics);
  gongkai::AssignProjectSlugs(site);
  if (diagnostics.HasErrors()) {
    for (const auto& diagnostic : diagnostics.all()) std::cerr << gongkai::FormatDiagnostic(diagnostic) << "\n";
    return 1;
  }
  const double load_ms = MillisecondsSince(start);
  const long rss_after_load = ResidentKilobytes("VmRSS:");

  start = std::chrono::steady_clock::now();
  const double cpu_start = CpuMilliseconds();
  const gongkai::OutputFiles files = gongkai::BuildSearchIndex(site, options);
  const double index_ms = MillisecondsSince(start);
  const double index_cpu_ms = CpuMilliseconds() - cpu_start;

  start = std::chrono::steady_clock::now();
  size_t bytes = 0;
  for (const gongkai::OutputFile& file : files) {
    const std::filesystem::path path = std::filesystem::path(argv[2]) / file.path;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << file.bytes;
    bytes += file.bytes.size();
  }
  const double write_ms = MillisecondsSince(start);
  std::printf("{\"load_ms\": %.0f, \"index_ms\": %.0f, \"index_cpu_ms\": %.0f, \"write_ms\": %.0f, \"files\": %zu, "
              "\"bytes\": %zu, \"rss_after_load_kb\": %ld, \"peak_rss_kb\": %ld}\n",
              load_ms, index_ms, index_cpu_ms, write_ms, files.size(), bytes, rss_after_load, ResidentKilobytes("VmHWM:"));
  return 0;
}
