// gongkai build --incremental (docs/incremental.md): after an edit of each
// kind, the site updated in place is byte for byte the site a full build
// writes into an empty folder; files whose bytes did not change keep their
// inode and mtime (rsync sends only what changed); a rebuild with no
// change writes nothing. And gongkai serve refuses a taken port by name.
#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "content_fixture.h"
#include "reliability_support.h"

using namespace gongkai::testing;
namespace fs = std::filesystem;

namespace {

struct Stamp {
  ino_t inode = 0;
  int64_t mtime_ns = 0;
  bool operator==(const Stamp& other) const { return inode == other.inode && mtime_ns == other.mtime_ns; }
};

std::map<std::string, Stamp> Stamps(const std::string& dir) {
  std::map<std::string, Stamp> stamps;
  for (const auto& [path, bytes] : ReadTree(dir)) {
    struct stat info;
    REQUIRE(::lstat((dir + "/" + path).c_str(), &info) == 0);
    stamps[path] = {info.st_ino, static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
  }
  return stamps;
}

// The site as a reader gets it: the build cache is the builder's, not the site's.
std::map<std::string, std::string> SiteFiles(const std::string& dir) {
  std::map<std::string, std::string> files = ReadTree(dir);
  files.erase(".gongkai-cache");
  return files;
}

void Replace(const std::string& file, const std::string& from, const std::string& to) {
  std::string text = ReadWholeFile(file);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// A copy of content/ and of the theme, a live site built from them with
// --incremental, and a fresh full build to compare it with.
class IncrementalSite {
 public:
  IncrementalSite() {
    fs::copy(SourcePath("content"), content(), fs::copy_options::recursive);
    fs::copy(SourcePath("themes/default"), theme(), fs::copy_options::recursive);
    const ProcessResult first = Build(live(), true);
    INFO(first.output);
    REQUIRE(first.status == 0);
  }
  std::string content() const { return folder_.path() + "/content"; }
  std::string theme() const { return folder_.path() + "/theme"; }
  std::string live() const { return folder_.OutsidePath("live"); }
  ProcessResult Build(const std::string& out, bool incremental, bool quiet = true) const {
    std::vector<std::string> args = {"build", "--content", content(), "--theme", theme(), "--out", out};
    if (quiet) args.push_back("--quiet");
    if (incremental) args.push_back("--incremental");
    return RunGongkai(args);
  }

  // Edits, rebuilds incrementally, and checks the result against a full
  // build. `partial`: only some pages were rendered again (an edit inside
  // department-year folders); else all (a theme file).
  void CheckEdit(const std::function<void()>& edit, bool partial = true) const {
    const std::map<std::string, std::string> before = SiteFiles(live());
    const std::map<std::string, Stamp> stamps_before = Stamps(live());
    edit();
    const ProcessResult update = Build(live(), true, false);
    INFO(update.output);
    REQUIRE(update.status == 0);
    CHECK((update.output.find(" 0 carried over") == std::string::npos) == partial);
    const std::string full = folder_.OutsidePath("full");
    fs::remove_all(full);
    const ProcessResult rebuilt = Build(full, false);
    REQUIRE(rebuilt.status == 0);
    const std::map<std::string, std::string> after = SiteFiles(live());
    CHECK(after == SiteFiles(full));
    CHECK(after != before);  // the edit reached the site
    // Every file with the bytes it had is the same file, untouched.
    const std::map<std::string, Stamp> stamps_after = Stamps(live());
    size_t untouched = 0;
    for (const auto& [path, bytes] : after) {
      const auto old = before.find(path);
      if (old == before.end() || old->second != bytes || path == ".gongkai-manifest") continue;
      INFO(path);
      CHECK(stamps_after.at(path) == stamps_before.at(path));
      ++untouched;
    }
    CHECK(untouched > 0);
  }

 private:
  TempFolder folder_;
};

}  // namespace

TEST_CASE("an incremental build after an edit equals a full build, and leaves unchanged files alone", "[incremental]") {
  const IncrementalSite site;
  SECTION("a project field in department.json") {
    site.CheckEdit([&] {
      Replace(site.content() + "/2021/130322-203/department.json", "\"purpose\": \"", "\"purpose\": \"（修订）");
    });
  }
  SECTION("a section's markdown") {
    site.CheckEdit([&] {
      std::ofstream(site.content() + "/2021/130322-203/sections/01-measures.md", std::ios::app) << "\n补充说明一段。\n";
    });
  }
  SECTION("tables.json") {
    site.CheckEdit([&] {
      Replace(site.content() + "/2021/130624-201/tables.json", "减少接待费支出", "压减接待费支出");
    });
  }
  SECTION("a new year") {
    site.CheckEdit([&] {
      fs::create_directories(site.content() + "/2022");
      fs::copy(site.content() + "/2021/130322-203", site.content() + "/2022/130322-203", fs::copy_options::recursive);
      Replace(site.content() + "/2022/130322-203/department.json", "\"year\": 2021", "\"year\": 2022");
    });
    CHECK(fs::exists(site.live() + "/2022/130322/203/index.html"));
  }
  SECTION("a removed department") {
    site.CheckEdit([&] { fs::remove_all(site.content() + "/2021/130624-201"); });
    CHECK_FALSE(fs::exists(site.live() + "/2021/130624"));
  }
  SECTION("a theme file") {
    site.CheckEdit([&] { std::ofstream(site.theme() + "/assets/gongkai.css", std::ios::app) << "\n/* 修订 */\n"; },
                   false);
  }
}

TEST_CASE("an incremental build with no changed input writes nothing", "[incremental]") {
  const IncrementalSite site;
  const std::map<std::string, Stamp> before = Stamps(site.live());
  const std::vector<std::string> paths_before = ListTree(site.live());
  const ProcessResult again = site.Build(site.live(), true);
  REQUIRE(again.status == 0);
  CHECK(Stamps(site.live()) == before);
  CHECK(ListTree(site.live()) == paths_before);
  // Touched without a change (an editor saving the same bytes): hashed,
  // found equal, nothing written.
  const std::string json = site.content() + "/2021/130322-203/department.json";
  const std::string bytes = ReadWholeFile(json);
  std::ofstream(json, std::ios::binary | std::ios::trunc) << bytes;
  REQUIRE(site.Build(site.live(), true).status == 0);
  CHECK(Stamps(site.live()) == before);
}

TEST_CASE("a damaged build cache means a full render, with the same site", "[incremental]") {
  const IncrementalSite site;
  const std::map<std::string, std::string> before = SiteFiles(site.live());
  std::ofstream(site.live() + "/.gongkai-cache", std::ios::binary | std::ios::trunc) << "# gongkai build cache 1";
  const ProcessResult rebuilt = RunGongkai({"build", "--content", site.content(), "--theme", site.theme(), "--out",
                                            site.live(), "--incremental", "--verbose"});
  REQUIRE(rebuilt.status == 0);
  CHECK(rebuilt.output.find("rendered because no build cache") != std::string::npos);
  CHECK(SiteFiles(site.live()) == before);
}

TEST_CASE("gongkai serve names a taken port and stops", "[incremental][serve]") {
  const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(listener >= 0);
  // Port sharing on, as another httplib server would have it: the
  // second server must still be refused.
  int yes = 1;
  ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  ::setsockopt(listener, SOL_SOCKET, SO_REUSEPORT, &yes, sizeof yes);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(listener, 1) == 0);
  socklen_t length = sizeof address;
  ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
  const std::string port = std::to_string(ntohs(address.sin_port));
  const ProcessResult serve = RunGongkai({"serve", "--content", SourcePath("content"), "--theme",
                                          SourcePath("themes/default"), "--port", port});
  ::close(listener);
  CHECK(serve.status == 1);
  CHECK(serve.output.find("端口 " + port + " 已被占用") != std::string::npos);
}
