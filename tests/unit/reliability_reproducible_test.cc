// Reproducible output: the same content gives byte-identical sites whatever
// order the file system lists it in, the locale, the time zone or the time
// of day.
#include <catch2/catch.hpp>

#include <dirent.h>

#include <filesystem>

#include "content_fixture.h"
#include "reliability_support.h"

using namespace gongkai::testing;
namespace fs = std::filesystem;

namespace {

// Names of a folder in the order the file system hands them out.
std::vector<std::string> RawListing(const std::string& dir) {
  std::vector<std::string> names;
  DIR* handle = opendir(dir.c_str());
  while (dirent* entry = readdir(handle)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  closedir(handle);
  return names;
}

// Copies `files` under `root`, creating them (and their folders) in the
// order given.
void WriteInOrder(const std::string& root, const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [path, bytes] : files) {
    fs::create_directories((fs::path(root) / path).parent_path());
    std::ofstream(fs::path(root) / path, std::ios::binary) << bytes;
  }
}

}  // namespace

TEST_CASE("reproducible: shuffled listing order, another locale, time zone and time of day give the same bytes",
          "[reliability][reproducible]") {
  // The sample portal plus departments with sections and projects without
  // codes, so every folder has several entries to list.
  TempFolder extra;
  extra.Write("2021/130322-204/department.json", [] {
    std::string json = MinimalDepartmentJson(
        R"([{"name": "无编码项目甲", "unit": "203001"}, {"name": "无编码项目乙", "unit": "203001"}, {"code": "B2", "name": "乙", "unit": "203001"}])");
    return json.replace(json.find("\"code\": \"203\""), 13, "\"code\": \"204\"");
  }());
  extra.Write("2021/130322-204/sections/01-duties.md", "---\nformat: 1\ntitle: 职责\n---\n职责。\n");
  extra.Write("2021/130322-204/sections/02-measures.md", "---\nformat: 1\ntitle: 措施\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n");
  extra.Write("2021/130322-204/sections/03-terms.md", "---\nformat: 1\ntitle: 名词\n---\n名词。\n");
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& root : {SourcePath("content"), extra.path()}) {
    for (const auto& [path, bytes] : ReadTree(root)) files.push_back({path, bytes});
  }
  REQUIRE(files.size() > 6);

  // tmpfs lists a folder newest first, so creation order is listing order.
  const std::string scratch = fs::exists("/dev/shm") ? "/dev/shm" : fs::temp_directory_path().string();
  char pattern[64];
  std::snprintf(pattern, sizeof pattern, "%s/gongkai-repro-XXXXXX", scratch.c_str());
  const std::string base = mkdtemp(pattern);
  struct Cleanup {
    std::string path;
    ~Cleanup() { fs::remove_all(path); }
  } cleanup{base};

  WriteInOrder(base + "/forward", files);
  std::reverse(files.begin(), files.end());
  WriteInOrder(base + "/backward", files);
  const bool listings_differ = RawListing(base + "/forward/2021/130322-204/sections") !=
                               RawListing(base + "/backward/2021/130322-204/sections");
  if (!listings_differ) WARN("this file system lists both copies alike; the test proves less here");

  const auto build = [&](const std::string& content, const std::string& out, std::vector<std::string> env) {
    return RunGongkai({"build", "--content", content, "--theme", SourcePath("themes/default"), "--out", out},
                      ProcessOptions{std::move(env)});
  };
  // UTC-14 and UTC+12 are on different calendar days at every moment.
  const ProcessResult first = build(base + "/forward", base + "/one/site", {"TZ=UTC-14", "LANG=C", "LC_ALL=C"});
  INFO(first.output);
  REQUIRE(first.status == 0);
  const ProcessResult second = build(base + "/backward", base + "/two/out",
                                     {"TZ=UTC+12", "LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.UTF-8", "LC_COLLATE=zh_CN.UTF-8"});
  INFO(second.output);
  REQUIRE(second.status == 0);

  const auto one = ReadTree(base + "/one/site");
  const auto two = ReadTree(base + "/two/out");
  REQUIRE(one.size() > 20);
  CHECK(one.size() == two.size());
  for (const auto& [path, bytes] : one) {
    INFO(path);
    const auto other = two.find(path);
    REQUIRE(other != two.end());
    CHECK(other->second == bytes);
  }
}
