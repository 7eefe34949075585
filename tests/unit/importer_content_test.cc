// content/ is the importer's output: tools/import-seeds, run again into a
// temporary folder, gives every department folder of the five seeds byte
// for byte, and those folders hold nothing the importer did not write
// (files of other kinds, such as a budget table's tables.json, are another
// stage's and are left out of the comparison).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "base/file_system.h"
#include "content_fixture.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

namespace fs = std::filesystem;

const char* const kSeedFolders[] = {"2023/130811-102", "2021/130322-203", "2021/130624-201", "2023/130371-203",
                                    "2024/130529-203",
                                    // The corpus PDFs: codes from content/departments.tsv.
                                    "2026/310107-r01", "2023/310107-r02", "2024/310107-r02", "2025/310107-r02",
                                    "2017/320000-r01", "2018/320000-r01", "2019/320000-r01"};

// department.json and sections/*.md under `folder`, relative path → bytes.
std::map<std::string, std::string> ImporterFiles(const fs::path& folder) {
  std::map<std::string, std::string> files;
  if (!fs::is_directory(folder)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const std::string relative = fs::relative(entry.path(), folder).string();
    if (relative != "department.json" && relative != "tables.json" && relative.rfind("sections/", 0) != 0) continue;
    std::string bytes, error;
    REQUIRE(ReadFileBytes(entry.path().string(), bytes, error));
    files[relative] = bytes;
  }
  return files;
}

TEST_CASE("tools/import-seeds reproduces content/ byte for byte", "[importer][content]") {
  testing::TempFolder out;
  const std::string command = std::string("GONGKAI='") + GONGKAI_BINARY + "' OUT='" + out.path() + "' '" +
                              GONGKAI_SOURCE_DIR + "/tools/import-seeds' > '" + out.path() + "/log.txt' 2>&1";
  const int status = std::system(command.c_str());
  std::string log, error;
  ReadFileBytes(out.path() + "/log.txt", log, error);
  INFO(log);
  REQUIRE(status == 0);
  size_t importer_files = 0;
  for (const char* folder : kSeedFolders) {
    INFO(folder);
    const auto imported = ImporterFiles(fs::path(out.path()) / folder);
    const auto committed = ImporterFiles(fs::path(GONGKAI_SOURCE_DIR) / "content" / folder);
    REQUIRE(imported.count("department.json"));
    std::vector<std::string> imported_names, committed_names;
    for (const auto& [name, bytes] : imported) imported_names.push_back(name);
    for (const auto& [name, bytes] : committed) committed_names.push_back(name);
    CHECK(imported_names == committed_names);
    for (const auto& [name, bytes] : imported) {
      INFO(name);
      const auto found = committed.find(name);
      if (found != committed.end()) CHECK((found->second == bytes));
    }
    importer_files += imported.size();
  }
  // department.json, sections, tables.json: the seeds, then the corpus
  // (Jiangsu 2017–2019 print three parts of narrative, Shanghai six).
  CHECK(importer_files == 5 + (1 + 1 + 10 + 10 + 1) + 2 + 7 * 2 + (3 + 3 + 3) + (6 + 6 + 6 + 6));
  std::string registry, committed_registry;
  REQUIRE(ReadFileBytes(out.path() + "/departments.tsv", registry, error));
  REQUIRE(ReadFileBytes(std::string(GONGKAI_SOURCE_DIR) + "/content/departments.tsv", committed_registry, error));
  CHECK(registry == committed_registry);
  // Nothing else: one folder per seed.
  size_t folders = 0;
  for (const auto& year : fs::directory_iterator(out.path())) {
    if (year.is_directory()) folders += std::distance(fs::directory_iterator(year.path()), fs::directory_iterator());
  }
  CHECK(folders == 12);
}

}  // namespace
}  // namespace gongkai
