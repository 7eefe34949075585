// The command line as a user meets it: help, did-you-mean, exit statuses,
// and a failed build that leaves the previous site alone.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <sys/wait.h>

#include "content_fixture.h"
#include "html_document.h"

using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

namespace {

struct Run {
  int status;
  std::string output;  // stdout and stderr together
};

Run Gongkai(const std::string& args) {
  const std::string command = std::string(GONGKAI_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  std::string output;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

std::string ThemeFlag() { return "--theme " + std::string(GONGKAI_SOURCE_DIR) + "/themes/default"; }

}  // namespace

TEST_CASE("help lists the commands and exits 0", "[cli]") {
  const Run run = Gongkai("--help");
  CHECK(run.status == 0);
  CHECK(run.output.find("build") != std::string::npos);
  CHECK(run.output.find("import") != std::string::npos);
  const Run build_help = Gongkai("build --help");
  CHECK(build_help.status == 0);
  CHECK(build_help.output.find("--base-url PATH") != std::string::npos);
}

TEST_CASE("an unknown command or flag suggests the right one and exits 2", "[cli]") {
  const Run command = Gongkai("biuld");
  CHECK(command.status == 2);
  CHECK(command.output.find("unknown command \"biuld\"; did you mean \"build\"?") != std::string::npos);
  const Run flag = Gongkai("build --contnet x");
  CHECK(flag.status == 2);
  CHECK(flag.output.find("unknown flag --contnet; did you mean --content?") != std::string::npos);
  const Run missing_value = Gongkai("build --out");
  CHECK(missing_value.status == 2);
  CHECK(missing_value.output.find("--out needs a value") != std::string::npos);
}

TEST_CASE("a build with content errors exits 1 and leaves the previous site as it was", "[cli]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  const std::string out = folder.OutsidePath("site");
  const Run good = Gongkai("build --content " + folder.path() + " " + ThemeFlag() + " --out " + out);
  REQUIRE(good.status == 0);
  const std::string before = ReadTextFile(out + "/2021/130322/203/index.html");
  REQUIRE_FALSE(before.empty());

  folder.Write("2021/130322-203/department.json", "{\"format\": 1, \"year\": }");
  const Run bad = Gongkai("build --content " + folder.path() + " " + ThemeFlag() + " --out " + out);
  CHECK(bad.status == 1);
  CHECK(bad.output.find("department.json:1:23: error: malformed JSON") != std::string::npos);
  CHECK(bad.output.find("nothing written") != std::string::npos);
  CHECK(ReadTextFile(out + "/2021/130322/203/index.html") == before);
  // No staging folder is left behind.
  for (const auto& entry : std::filesystem::directory_iterator(folder.path())) {
    CHECK(entry.path().filename().string().find(".new") == std::string::npos);
  }
}

// make bench measures rendering without the disk (beside hugo --renderToMemory).
TEST_CASE("build --dry-run renders and checks, exits 0, and writes nothing", "[cli]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  const std::string out = folder.OutsidePath("site");
  const Run dry = Gongkai("build --dry-run --content " + folder.path() + " " + ThemeFlag() + " --out " + out);
  CHECK(dry.status == 0);
  CHECK(dry.output.find("dry run: nothing written") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));

  // Over an existing site it leaves every byte; content errors still fail it.
  REQUIRE(Gongkai("build --content " + folder.path() + " " + ThemeFlag() + " --out " + out).status == 0);
  const std::string before = ReadTextFile(out + "/2021/130322/203/index.html");
  folder.Write("2021/130322-203/department.json", "{\"format\": 1, \"year\": }");
  const Run bad = Gongkai("build --dry-run --content " + folder.path() + " " + ThemeFlag() + " --out " + out);
  CHECK(bad.status == 1);
  CHECK(ReadTextFile(out + "/2021/130322/203/index.html") == before);
}

// Issue 16: a progress line on a terminal only; --verbose times the stages.
TEST_CASE("build --verbose times every stage; off a terminal there is no progress line", "[cli]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  const std::string out = folder.OutsidePath("site");
  const Run verbose = Gongkai("build --verbose --content " + folder.path() + " " + ThemeFlag() + " --out " + out);
  REQUIRE(verbose.status == 0);
  for (const char* stage : {"读取内容", "校验数据", "生成下载文件", "生成页面", "建立搜索索引", "生成站点地图", "检查新站点",
                            "写入站点", "合计"}) {
    INFO(stage);
    CHECK(verbose.output.find(std::string("gongkai build: ") + stage + " ") != std::string::npos);
  }
  // The output is a pipe here: no line redrawn with \r, and without
  // --verbose only the summary.
  CHECK(verbose.output.find('\r') == std::string::npos);
  const Run plain = Gongkai("build --content " + folder.path() + " " + ThemeFlag() + " --out " + out);
  REQUIRE(plain.status == 0);
  CHECK(plain.output.find('\r') == std::string::npos);
  CHECK(plain.output.find("生成页面") == std::string::npos);
  CHECK(plain.output.find("gongkai build: 1 department-years, ") != std::string::npos);
}

TEST_CASE("a missing theme file is an error naming it", "[cli]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  std::filesystem::copy(std::string(GONGKAI_SOURCE_DIR) + "/themes/default", folder.path() + "/theme",
                        std::filesystem::copy_options::recursive);
  std::filesystem::remove(folder.path() + "/theme/layouts/project.mustache");
  const Run run = Gongkai("build --content " + folder.path() + " --theme " + folder.path() + "/theme --out " +
                          folder.OutsidePath("site"));
  CHECK(run.status == 1);
  CHECK(run.output.find("theme/layouts/project.mustache: error: missing theme file") != std::string::npos);
}
