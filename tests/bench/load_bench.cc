// load_bench: the load stage alone, measured, for tests/bench/measure-load.js.
//   load_bench <content dir>
// Loads the content as `gongkai build` does (load/content_loader.h) and
// prints one JSON line: department.json bytes, projects and indicator rows
// loaded, errors, CPU and wall milliseconds, and the process's peak resident
// memory (VmHWM) and the heap still in use once loaded (the model), so load
// time and memory can be read against file size.
// A measuring command, not a test: nothing here passes or fails.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <string>

#include "load/content_loader.h"

namespace {

long ResidentKilobytes(const char* field) {  // "VmHWM:" of /proc/self/status
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::string(field).size()));
  }
  return -1;
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
  if (argc != 2) {
    std::cerr << "usage: load_bench <content dir>\n";
    return 2;
  }
  const std::string content = argv[1];
  uintmax_t json_bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(content)) {
    if (entry.path().filename() == "department.json") json_bytes += entry.file_size();
  }
  const long resident_before = ResidentKilobytes("VmHWM:");
  const double cpu_start = CpuMilliseconds();
  const auto wall_start = std::chrono::steady_clock::now();
  gongkai::Diagnostics diagnostics;
  const gongkai::Site site = gongkai::LoadSite(content, diagnostics);
  const double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall_start).count();
  const double cpu = CpuMilliseconds() - cpu_start;
  size_t projects = 0, rows = 0;
  for (const auto& department : site.departments) {
    projects += department.projects.size();
    for (const auto& project : department.projects) rows += project.indicators.size();
  }
  std::cout << "{\"json_bytes\": " << json_bytes << ", \"projects\": " << projects << ", \"rows\": " << rows
            << ", \"errors\": " << diagnostics.error_count() << ", \"cpu_ms\": " << static_cast<long>(cpu)
            << ", \"wall_ms\": " << static_cast<long>(wall) << ", \"peak_kb\": " << ResidentKilobytes("VmHWM:")
            << ", \"start_kb\": " << resident_before
            << ", \"heap_in_use_kb\": " << mallinfo2().uordblks / 1024 << "}\n";
  return 0;
}
