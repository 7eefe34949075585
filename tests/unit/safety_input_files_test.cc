// The content and theme readers (issue 15): regular files only, inside
// their folder once links are resolved, within a size limit; a FIFO,
// /dev/zero or a loop of links is an error, never a hang; a link that
// leaves the folder is named, its target never quoted.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "content_fixture.h"
#include "reliability_support.h"

using namespace gongkai::testing;
namespace fs = std::filesystem;

namespace {

struct Run {
  bool finished = false;
  ProcessResult result;
};

// The build, killed if it has not ended after a minute (generous: a
// loaded machine; the cases here end in milliseconds or never).
Run BuildWithDeadline(const std::string& content, const std::string& theme, const std::string& out) {
  const std::string log = out + ".log";
  const pid_t pid = StartProcess({GONGKAI_BINARY, "build", "--content", content, "--theme", theme, "--out", out,
                                  "--quiet", "--no-check"},
                                 {}, log);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return {true, {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadWholeFile(log)}};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  return {false, WaitFor(pid, log)};
}

bool Has(const Run& run, const std::string& text) { return run.result.output.find(text) != std::string::npos; }

std::string Theme() { return SourcePath("themes/default"); }

const char kDepartment[] = "content/2021/130322-203";

// A content folder with one department in folder/content.
void WriteContent(const TempFolder& folder) {
  folder.Write("content/site.json", MinimalSiteJson());
  folder.Write(std::string(kDepartment) + "/department.json", MinimalDepartmentJson());
}

std::string Section(const std::string& title) { return "---\nformat: 1\ntitle: " + title + "\n---\n\n正文。\n"; }

}  // namespace

TEST_CASE("input: a section file that is a FIFO is refused, not waited on", "[safety][input]") {
  TempFolder folder;
  WriteContent(folder);
  fs::create_directories(folder.path() + "/" + kDepartment + "/sections");
  const std::string fifo = folder.path() + "/" + kDepartment + "/sections/01-pipe.md";
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  const Run run = BuildWithDeadline(folder.path() + "/content", Theme(), folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 1);
  CHECK(Has(run, "sections/01-pipe.md: error: not a regular file (a FIFO, device or socket)"));
}

TEST_CASE("input: a section linked to /dev/zero is refused at once", "[safety][input]") {
  TempFolder folder;
  WriteContent(folder);
  fs::create_directories(folder.path() + "/" + kDepartment + "/sections");
  fs::create_symlink("/dev/zero", folder.path() + "/" + kDepartment + "/sections/01-zero.md");
  const Run run = BuildWithDeadline(folder.path() + "/content", Theme(), folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 1);
  CHECK(Has(run, "sections/01-zero.md: error: a link that leads out of"));
  CHECK_FALSE(Has(run, "/dev/zero"));
}

TEST_CASE("input: a link that leaves the content folder is an error naming the link, never quoting the target",
          "[safety][input]") {
  TempFolder folder, outside;
  WriteContent(folder);
  outside.Write("shadow", "root:$6$SECRETHASH:19000:0:99999:7:::\n");
  outside.Write("notes.md", Section("不该公开"));
  fs::create_symlink(outside.path() + "/shadow", folder.path() + "/" + kDepartment + "/tables.json");
  fs::create_directories(folder.path() + "/" + kDepartment + "/sections");
  fs::create_symlink(outside.path() + "/notes.md", folder.path() + "/" + kDepartment + "/sections/01-notes.md");
  const Run run = BuildWithDeadline(folder.path() + "/content", Theme(), folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 1);
  CHECK(Has(run, "130322-203/tables.json: error: a link that leads out of"));
  CHECK(Has(run, "130322-203/sections/01-notes.md: error: a link that leads out of"));
  CHECK(Has(run, "copy the file in instead"));
  CHECK_FALSE(Has(run, "SECRETHASH"));
  CHECK_FALSE(Has(run, outside.path()));
  CHECK_FALSE(fs::exists(folder.path() + "/site"));
}

TEST_CASE("input: a link inside the content folder is read", "[safety][input]") {
  TempFolder folder;
  WriteContent(folder);
  folder.Write(std::string(kDepartment) + "/common/measures.md", Section("保障措施"));
  fs::create_directories(folder.path() + "/" + kDepartment + "/sections");
  fs::create_symlink("../common/measures.md", folder.path() + "/" + kDepartment + "/sections/01-measures.md");
  const Run run = BuildWithDeadline(folder.path() + "/content", Theme(), folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 0);
  CHECK(ReadWholeFile(folder.path() + "/site/2021/130322/203/index.html").find("保障措施") != std::string::npos);
}

TEST_CASE("input: loops of links in sections and theme assets end in errors, not hangs", "[safety][input]") {
  TempFolder folder;
  WriteContent(folder);
  const std::string sections = folder.path() + "/" + kDepartment + "/sections";
  fs::create_directories(sections);
  fs::create_symlink("01-a.md", sections + "/02-b.md");
  fs::create_symlink("02-b.md", sections + "/01-a.md");
  fs::create_symlink("03-self.md", sections + "/03-self.md");
  fs::copy(Theme(), folder.path() + "/theme", fs::copy_options::recursive);
  fs::create_symlink("..", folder.path() + "/theme/assets/up");
  fs::create_symlink("self", folder.path() + "/theme/assets/self");
  const Run run = BuildWithDeadline(folder.path() + "/content", folder.path() + "/theme", folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 1);
  CHECK(Has(run, "sections/01-a.md: error: a link that leads back to itself (a loop of links)"));
  CHECK(Has(run, "sections/03-self.md: error: a link that leads back to itself"));
  CHECK(Has(run, "theme/assets/self: error: a link that leads back to itself"));
  CHECK(Has(run, "theme/assets/up/assets: error: a link to a folder the theme already holds"));
}

TEST_CASE("input: theme assets linked outside the theme are refused, not published", "[safety][input]") {
  TempFolder folder, outside;
  WriteContent(folder);
  outside.Write("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\n");
  fs::copy(Theme(), folder.path() + "/theme", fs::copy_options::recursive);
  fs::create_symlink(outside.path() + "/id_rsa", folder.path() + "/theme/assets/key.txt");
  const Run run = BuildWithDeadline(folder.path() + "/content", folder.path() + "/theme", folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 1);
  CHECK(Has(run, "theme/assets/key.txt: error: a link that leads out of"));
  CHECK_FALSE(Has(run, "PRIVATE KEY"));
  CHECK_FALSE(fs::exists(folder.path() + "/site"));
}

TEST_CASE("input: a section file over the size limit is refused with the limit", "[safety][input]") {
  TempFolder folder;
  WriteContent(folder);
  folder.Write(std::string(kDepartment) + "/sections/01-huge.md", Section("大") + std::string(17 << 20, 'x'));
  const Run run = BuildWithDeadline(folder.path() + "/content", Theme(), folder.path() + "/site");
  REQUIRE(run.finished);
  CHECK(run.result.status == 1);
  CHECK(Has(run, "sections/01-huge.md: error: the file is larger than 16 MB, the most this kind of file may be"));
}
