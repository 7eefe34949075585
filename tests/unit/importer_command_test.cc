// gongkai import as a user runs it: exit codes, the report, and what lands
// on disk (all or nothing, byte for byte the same on a second run).
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

namespace fs = std::filesystem;

const std::string kSeed001 = std::string(GONGKAI_SOURCE_DIR) + "/content/sources/001_34bcd661c53583e1.txt";
const std::string kSeed004 = std::string(GONGKAI_SOURCE_DIR) + "/content/sources/004_4a69195913fe11bc.txt";

struct Run {
  int status = 0;
  std::string out, err;
};

Run Import(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  Run run;
  run.status = RunImportCommand(args, CommandIo{out, err});
  run.out = out.str();
  run.err = err.str();
  return run;
}

// A fresh folder under the system's temporary folder, removed afterwards.
struct TempFolder {
  fs::path path;
  TempFolder() {
    path = fs::temp_directory_path() / ("gongkai-import-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path); }
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Every file under `root`, relative path → bytes.
std::vector<std::pair<std::string, std::string>> Snapshot(const fs::path& root) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) files.emplace_back(fs::relative(entry.path(), root).string(), ReadFile(entry.path()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("import --help explains the command and exits 0", "[importer][cli]") {
  const Run run = Import({"--help"});
  CHECK(run.status == kExitOk);
  CHECK(run.out.rfind("用法：gongkai import 文件…", 0) == 0);
  CHECK(run.out.find("--dry-run") != std::string::npos);
  CHECK(run.out.find("--report FILE.html") != std::string::npos);
  CHECK(run.out.find("退出状态：0 已导入，1 文件有错误（未写入任何文件），2 命令行有误") != std::string::npos);
}

TEST_CASE("import usage errors exit 2", "[importer][cli]") {
  CHECK(Import({}).status == kExitUsage);
  const Run typo = Import({kSeed004, "--dry-rn"});
  CHECK(typo.status == kExitUsage);
  CHECK(typo.err.find("unknown flag --dry-rn; did you mean --dry-run?") != std::string::npos);
  CHECK(Import({kSeed004, "--year", "24"}).status == kExitUsage);
  CHECK(Import({kSeed004, "--jurisdiction", "1305"}).status == kExitUsage);
}

TEST_CASE("import --dry-run reports without writing", "[importer][cli]") {
  TempFolder temp;
  const Run run = Import({kSeed004, "--dry-run", "--out", temp.path.string()});
  INFO(run.err);
  CHECK(run.status == kExitOk);
  CHECK(run.out.find("：PDF 文本（制表符分隔）\n") != std::string::npos);
  CHECK(run.out.find("  行政区划      130529 巨鹿县\n") != std::string::npos);
  CHECK(run.out.find("  项目          35 个项目，252 行指标\n") != std::string::npos);
  CHECK(run.out.find("      第 131 行：\"13052924P0058401208 62\" → 13052924P005840120862\n") != std::string::npos);
  CHECK(run.out.find("    第 10–55 行：目录\n") != std::string::npos);
  CHECK(fs::is_empty(temp.path));
}

TEST_CASE("import writes both seeds, the same bytes every time, and leaves other files alone", "[importer][cli]") {
  TempFolder temp;
  std::ofstream(temp.path / "site.json") << "{}\n";
  const Run first = Import({kSeed001, kSeed004, "--out", temp.path.string()});
  INFO(first.err);
  REQUIRE(first.status == kExitOk);
  const auto written = Snapshot(temp.path);
  std::vector<std::string> paths;
  for (const auto& file : written) paths.push_back(file.first);
  CHECK(paths == std::vector<std::string>{"2021/130322-203/department.json", "2021/130322-203/sections/01-measures.md",
                                          "2024/130529-203/department.json", "2024/130529-203/sections/01-measures.md",
                                          "site.json"});
  CHECK(ReadFile(temp.path / "2021/130322-203/sections/01-measures.md")
            .rfind("---\nformat: 1\ntitle: 工作保障措施\n---\n完善制度建设。", 0) == 0);
  REQUIRE(Import({kSeed001, kSeed004, "--out", temp.path.string()}).status == kExitOk);
  CHECK(Snapshot(temp.path) == written);
}

TEST_CASE("import writes nothing when one document fails", "[importer][cli]") {
  TempFolder temp;
  const fs::path bad = temp.path / "bad.txt";
  std::ofstream(bad) << "只有一行文字\n";
  const fs::path out = temp.path / "content";
  const Run run = Import({kSeed004, bad.string(), "--out", out.string()});
  CHECK(run.status == kExitContentError);
  CHECK(run.err.find("bad.txt：错误：无法判断这份文本的提取方式") != std::string::npos);
  CHECK(run.err.find("未写入任何文件") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  CHECK(Import({(temp.path / "missing.txt").string(), "--dry-run"}).status == kExitContentError);
}

}  // namespace
}  // namespace gongkai

namespace gongkai {
namespace {

const std::string kCourt2019 =
    std::string(GONGKAI_SOURCE_DIR) + "/content/sources/05_jiangsu_high_court_2019_dept_budget.pdf";

TEST_CASE("a PDF that prints no jurisdiction code: the place its department's name prints gives it (GB/T 2260)",
          "[importer][cli][pdf][jurisdiction]") {
  TempFolder temp;
  const Run dry = Import({kCourt2019, "--dry-run", "--out", temp.path.string()});
  CHECK(dry.status == kExitOk);
  CHECK(dry.out.find("216 个金额归入表、行、列，0 个无法归位") != std::string::npos);
  // 江苏省高级人民法院: 江苏省 is 320000 in GB/T 2260.
  CHECK(dry.out.find("  行政区划      320000 江苏省\n") != std::string::npos);
  CHECK(dry.out.find("行政区划取自部门名称中的地名（GB/T 2260）：江苏省 → 320000") != std::string::npos);
  CHECK(dry.err.find("行政区划代码") == std::string::npos);
  CHECK_FALSE(fs::exists(temp.path / "2019"));

  const Run real = Import({kCourt2019, "--out", temp.path.string()});
  INFO(real.err);
  CHECK(real.status == kExitOk);
  CHECK(fs::exists(temp.path / "2019" / "320000-r01" / "tables.json"));
  CHECK(fs::exists(temp.path / "departments.tsv"));
}

}  // namespace
}  // namespace gongkai
