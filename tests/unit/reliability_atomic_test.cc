// Atomic output: a build that fails, is killed mid-write, runs out of disk
// or races another build leaves the previous site exactly as it was; a
// build that succeeds leaves nothing of older builds behind.
#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/statvfs.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "content_fixture.h"
#include "reliability_support.h"

using namespace gongkai::testing;
namespace fs = std::filesystem;

namespace {

std::string Theme() { return SourcePath("themes/default"); }

// A department-year of `projects` projects whose purpose is `purpose_bytes`
// long: big pages make the write phase long enough to be interrupted.
std::string DepartmentJson(const std::string& code, int projects, size_t purpose_bytes) {
  std::string list = "[";
  for (int p = 0; p < projects; ++p) {
    list += std::string(p ? "," : "") + "{\"code\": \"P" + code + "x" + std::to_string(p) +
            "\", \"name\": \"项目" + std::to_string(p) + "\", \"unit\": \"203001\", \"budget\": \"1.00\", \"purpose\": \"" +
            std::string(purpose_bytes, 'x') + "\"}";
  }
  std::string json = MinimalDepartmentJson(list + "]");
  const size_t at = json.find("\"code\": \"203\"");
  return json.replace(at, 13, "\"code\": \"" + code + "\"");
}

void WriteContent(const TempFolder& folder, const std::string& content, int departments, int projects, size_t purpose_bytes) {
  folder.Write(content + "/site.json", MinimalSiteJson());
  for (int d = 0; d < departments; ++d) {
    const std::string code = std::to_string(300 + d);
    folder.Write(content + "/2021/130322-" + code + "/department.json", DepartmentJson(code, projects, purpose_bytes));
  }
}

ProcessResult Build(const std::string& content, const std::string& out, const ProcessOptions& options = {}) {
  return RunGongkai({"build", "--content", content, "--theme", Theme(), "--out", out, "--quiet"}, options);
}

// Names beside `site` that a build uses for a while: .site.new.*, .site.old.*
std::vector<std::string> Leftovers(const std::string& parent) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(parent)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(".site.new.", 0) == 0 || name.rfind(".site.old.", 0) == 0) names.push_back(name);
  }
  return names;
}

}  // namespace

TEST_CASE("atomic: files of an older build that the new one lacks are gone after the swap", "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "two", 2, 1, 10);
  WriteContent(folder, "one", 1, 1, 10);
  const std::string site = folder.path() + "/out/site";
  REQUIRE(Build(folder.path() + "/two", site).status == 0);
  REQUIRE(fs::exists(site + "/2021/130322/301/index.html"));
  folder.Write("out/site/stray.html", "left by hand");

  REQUIRE(Build(folder.path() + "/one", site).status == 0);
  CHECK_FALSE(fs::exists(site + "/2021/130322/301"));
  // Not written by gongkai (not in .gongkai-manifest): someone's, kept.
  CHECK(ReadWholeFile(site + "/stray.html") == "left by hand");
  CHECK(fs::exists(site + "/2021/130322/300/index.html"));
  CHECK(Leftovers(folder.path() + "/out").empty());
}

TEST_CASE("atomic: a build killed mid-write (SIGKILL) leaves the previous site exactly as it was", "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "old", 1, 1, 10);
  WriteContent(folder, "big", 8, 60, 4000);
  const std::string parent = folder.path() + "/out";
  const std::string site = parent + "/site";
  REQUIRE(Build(folder.path() + "/old", site).status == 0);
  const auto before = ReadTree(site);
  // What the big build writes when it is not interrupted (output does not
  // depend on where it goes).
  REQUIRE(Build(folder.path() + "/big", folder.path() + "/reference/site").status == 0);
  const auto complete = ReadTree(folder.path() + "/reference/site");

  // Kill at different moments of the write: as soon as the staging folder
  // appears, and a little later.
  bool killed_mid_write = false;
  for (int delay_ms : {0, 5, 20}) {
    INFO("killed " << delay_ms << " ms into the write");
    const std::string log = folder.path() + "/log";
    const pid_t pid = StartProcess({GONGKAI_BINARY, "build", "--content", folder.path() + "/big", "--theme", Theme(),
                                    "--out", site, "--no-check"},
                                   {}, log);
    const std::string staged = parent + "/.site.new." + std::to_string(pid);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    int status = 0;
    bool exited = false;
    while (!fs::exists(staged) && std::chrono::steady_clock::now() < give_up) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    REQUIRE_FALSE(exited);  // the build must still be writing
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    if (!WIFSIGNALED(status)) {
      // On a fast (or lightly loaded) machine the build can finish before
      // the later kills: then the new site must be whole, and the old one
      // is put back for the next round.
      CHECK(ReadTree(site) == complete);
      REQUIRE(Build(folder.path() + "/old", site).status == 0);
      continue;
    }

    const auto after = ReadTree(site);
    // Either the swap had not happened (the old site, whole) or it had (the
    // new one, whole): never a mix, never a half-written page.
    CHECK((after == before || after == complete));
    if (after == before && fs::exists(staged)) killed_mid_write = true;
  }
  CHECK(killed_mid_write);

  // The next build finds what the killed ones left and removes it. (Each
  // killed build's own successor may already have cleaned up: which one
  // leaves the last leftovers depends on timing, so only the end state is
  // asserted; "only what a killed build left is removed" covers the rest.)
  REQUIRE(Build(folder.path() + "/old", site).status == 0);
  CHECK(Leftovers(parent).empty());
  CHECK(ReadTree(site) == before);
}

TEST_CASE("atomic: only what a killed build of this folder left is removed", "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "one", 1, 1, 10);
  folder.Write("out/.site.new.4242/index.html", "a killed build's staging folder");
  folder.Write("out/.site.old.4243/index.html", "a killed build's retired site");
  folder.Write("out/.site.new.new.7/keep", "the staging folder of a build into site.new");
  folder.Write("out/.site.newer/keep", "someone's file");
  REQUIRE(Build(folder.path() + "/one", folder.path() + "/out/site").status == 0);
  CHECK_FALSE(fs::exists(folder.path() + "/out/.site.new.4242"));
  CHECK_FALSE(fs::exists(folder.path() + "/out/.site.old.4243"));
  CHECK(fs::exists(folder.path() + "/out/.site.new.new.7/keep"));
  CHECK(fs::exists(folder.path() + "/out/.site.newer/keep"));
}

TEST_CASE("atomic: a write that fails for lack of space (file size limit) leaves the previous site", "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "old", 1, 1, 10);
  WriteContent(folder, "big", 1, 2, 300000);  // two pages of about 300 KB
  const std::string site = folder.path() + "/out/site";
  REQUIRE(Build(folder.path() + "/old", site).status == 0);
  const auto before = ReadTree(site);

  ProcessOptions limited;
  limited.file_size_limit = 200000;  // RLIMIT_FSIZE: write(2) fails with EFBIG past 200 KB
  const ProcessResult run = Build(folder.path() + "/big", site, limited);
  INFO(run.output);
  CHECK(run.status == 1);
  CHECK(run.output.find("error: cannot write file: File too large; nothing was written, the previous site is unchanged") !=
        std::string::npos);
  CHECK(ReadTree(site) == before);
  CHECK(Leftovers(folder.path() + "/out").empty());
}

TEST_CASE("atomic: a full disk (ENOSPC on a small tmpfs) leaves the previous site and frees the space", "[reliability][atomic]") {
  TempFolder folder;
  const std::string mount_point = folder.path() + "/disk";
  fs::create_directories(mount_point);
  if (mount("tmpfs", mount_point.c_str(), "tmpfs", 0, "size=1m") != 0) {
    WARN("skipped: mounting a 1 MB tmpfs needs root (" << std::strerror(errno) << "); the file size limit test covers the same path");
    return;
  }
  struct Unmount {
    std::string path;
    ~Unmount() { umount(path.c_str()); }
  } unmount{mount_point};

  WriteContent(folder, "old", 1, 1, 10);
  WriteContent(folder, "big", 1, 8, 100000);  // about 2 MB of pages
  const std::string site = mount_point + "/site";
  REQUIRE(Build(folder.path() + "/old", site).status == 0);
  const auto before = ReadTree(site);
  struct statvfs space_before {};
  statvfs(mount_point.c_str(), &space_before);

  const ProcessResult run = Build(folder.path() + "/big", site);
  INFO(run.output);
  CHECK(run.status == 1);
  CHECK(run.output.find("No space left on device; nothing was written, the previous site is unchanged") != std::string::npos);
  CHECK(ReadTree(site) == before);
  CHECK(Leftovers(mount_point).empty());
  struct statvfs space_after {};
  statvfs(mount_point.c_str(), &space_after);
  CHECK(space_after.f_bfree == space_before.f_bfree);
}

TEST_CASE("atomic: two builds racing into the same folder take turns; the site is one of them, whole", "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "a", 3, 20, 1000);
  WriteContent(folder, "b", 2, 30, 1000);
  REQUIRE(Build(folder.path() + "/a", folder.path() + "/ref-a/site").status == 0);
  REQUIRE(Build(folder.path() + "/b", folder.path() + "/ref-b/site").status == 0);
  const auto tree_a = ReadTree(folder.path() + "/ref-a/site");
  const auto tree_b = ReadTree(folder.path() + "/ref-b/site");

  const std::string site = folder.path() + "/out/site";
  for (int round = 0; round < 3; ++round) {
    const pid_t a = StartProcess({GONGKAI_BINARY, "build", "--content", folder.path() + "/a", "--theme", Theme(), "--out", site},
                                 {}, folder.path() + "/log-a");
    const pid_t b = StartProcess({GONGKAI_BINARY, "build", "--content", folder.path() + "/b", "--theme", Theme(), "--out", site},
                                 {}, folder.path() + "/log-b");
    CHECK(WaitFor(a, folder.path() + "/log-a").status == 0);
    CHECK(WaitFor(b, folder.path() + "/log-b").status == 0);
    const auto after = ReadTree(site);
    CHECK((after == tree_a || after == tree_b));
    CHECK(Leftovers(folder.path() + "/out").empty());
  }
}

TEST_CASE("atomic: an --out that would replace the content or theme folder, or a file, is refused", "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "project/content", 1, 1, 10);
  const auto content_before = ReadTree(folder.path() + "/project");
  const ProcessResult swallow = Build(folder.path() + "/project/content", folder.path() + "/project");
  CHECK(swallow.status == 1);
  CHECK(swallow.output.find("refused: the output folder would replace") != std::string::npos);
  const ProcessResult itself = Build(folder.path() + "/project/content", folder.path() + "/project/content/");
  CHECK(itself.status == 1);
  CHECK(ReadTree(folder.path() + "/project") == content_before);

  folder.Write("a-file", "keep me");
  const ProcessResult file = Build(folder.path() + "/project/content", folder.path() + "/a-file");
  CHECK(file.status == 1);
  CHECK(file.output.find("refused: this is a file, not a folder") != std::string::npos);
  CHECK(ReadWholeFile(folder.path() + "/a-file") == "keep me");
}

// The build streams its files into the staging folder as they are made, so
// a build that fails its self-check has already staged most of a site:
// that must all go, and the previous site stay as it was.
TEST_CASE("atomic: a build whose self-check fails after staging its pages leaves the previous site and no staging folder",
          "[reliability][atomic]") {
  TempFolder folder;
  WriteContent(folder, "content", 3, 20, 10);
  const std::string parent = folder.path() + "/out";
  const std::string site = parent + "/site";
  REQUIRE(Build(folder.path() + "/content", site).status == 0);
  const auto before = ReadTree(site);

  // A theme whose project pages link to a file the site does not have: the
  // last pages rendered, so the check fails only at its end.
  const std::string theme = folder.path() + "/theme";
  fs::copy(Theme(), theme, fs::copy_options::recursive);
  const std::string layout = theme + "/layouts/project.mustache";
  folder.Write("theme/layouts/project.mustache", ReadWholeFile(layout) + "<a href=\"no-such-page.html\">x</a>\n");
  const ProcessResult failed =
      RunGongkai({"build", "--content", folder.path() + "/content", "--theme", theme, "--out", site, "--quiet"});
  CHECK(failed.status != 0);
  CHECK(failed.output.find("no-such-page.html") != std::string::npos);
  CHECK(ReadTree(site) == before);
  CHECK(Leftovers(parent).empty());
}
