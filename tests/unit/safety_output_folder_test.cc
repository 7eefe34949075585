// The output folder (issue 15): a build replaces only a folder gongkai
// made, or an empty one; keeps what an administrator added; follows links
// the way the kernel does; deploys into a symlink or a mount point without
// replacing it; writes 0644/0755 whatever the umask; cleans up on SIGTERM.
#include <catch2/catch.hpp>

#include <sys/mount.h>
#include <sys/stat.h>

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

ProcessResult Build(const std::string& content, const std::string& out, const std::string& theme = Theme()) {
  return RunGongkai({"build", "--content", content, "--theme", theme, "--out", out, "--quiet"});
}

bool Has(const ProcessResult& result, const std::string& text) { return result.output.find(text) != std::string::npos; }

std::string Content(const TempFolder& folder) {
  WriteMinimalContent(folder, MinimalDepartmentJson());
  return folder.path();
}

mode_t Mode(const std::string& path) {
  struct stat info {};
  stat(path.c_str(), &info);
  return info.st_mode & 07777;
}

}  // namespace

TEST_CASE("output: a folder gongkai did not make is refused and nothing in it is touched", "[safety][output]") {
  TempFolder content, folder;
  folder.Write("home/notes.txt", "precious");
  folder.Write("home/Documents/letter.odt", "also precious");
  const auto before = ReadTree(folder.path());
  const ProcessResult result = Build(Content(content), folder.path() + "/home");
  CHECK(result.status == 1);
  CHECK(Has(result, "refused: this folder is not empty and was not made by gongkai (it has no .gongkai-manifest; "
                    "it holds Documents/, notes.txt)"));
  CHECK(Has(result, "choose a new or empty folder with --out"));
  CHECK(ReadTree(folder.path()) == before);
}

TEST_CASE("output: --out . inside a folder of other files is refused", "[safety][output]") {
  TempFolder content, folder;
  folder.Write("notes.txt", "precious");
  const ProcessResult result =
      RunGongkai({"build", "--content", Content(content), "--theme", Theme(), "--out", folder.path() + "/.", "--quiet"});
  CHECK(result.status == 1);
  CHECK(Has(result, "refused: this folder is not empty and was not made by gongkai"));
  CHECK(ReadWholeFile(folder.path() + "/notes.txt") == "precious");
}

TEST_CASE("output: an empty folder is built into, and gets a manifest of the files written", "[safety][output]") {
  TempFolder content, folder;
  fs::create_directories(folder.path() + "/empty");
  REQUIRE(Build(Content(content), folder.path() + "/empty").status == 0);
  const std::string manifest = ReadWholeFile(folder.path() + "/empty/.gongkai-manifest");
  CHECK(manifest.rfind("# gongkai manifest 1", 0) == 0);
  CHECK(manifest.find("\nindex.html\n") != std::string::npos);
  CHECK(manifest.find("\n2021/130322/203/index.html\n") != std::string::npos);
  // Every file listed is there, and every file there (but the manifest) is listed.
  size_t listed = 0;
  for (size_t at = manifest.find('\n'); at + 1 < manifest.size(); at = manifest.find('\n', at + 1)) ++listed;
  CHECK(listed + 1 == ReadTree(folder.path() + "/empty").size());
}

TEST_CASE("output: files an administrator added (CNAME, .well-known/, a verification file) are kept", "[safety][output]") {
  TempFolder content, folder;
  const std::string site = folder.path() + "/site";
  REQUIRE(Build(Content(content), site).status == 0);
  folder.Write("site/CNAME", "yusuan.example.gov.cn\n");
  folder.Write("site/.well-known/security.txt", "Contact: mailto:it@example.gov.cn\n");
  folder.Write("site/bjb4f7c2a9e0.txt", "网站标识码 1303220001");
  folder.Write("site/assets/logo-by-admin.png", "png");
  fs::create_directories(site + "/empty-by-admin");
  fs::create_symlink("CNAME", site + "/cname-link");

  REQUIRE(Build(content.path(), site).status == 0);
  CHECK(ReadWholeFile(site + "/CNAME") == "yusuan.example.gov.cn\n");
  CHECK(ReadWholeFile(site + "/.well-known/security.txt") == "Contact: mailto:it@example.gov.cn\n");
  CHECK(ReadWholeFile(site + "/bjb4f7c2a9e0.txt") == "网站标识码 1303220001");
  CHECK(ReadWholeFile(site + "/assets/logo-by-admin.png") == "png");
  CHECK(fs::is_directory(site + "/empty-by-admin"));
  CHECK(fs::read_symlink(site + "/cname-link") == "CNAME");
  CHECK(fs::exists(site + "/index.html"));
  // Kept, not adopted: the manifest still names only what gongkai wrote.
  CHECK(ReadWholeFile(site + "/.gongkai-manifest").find("CNAME") == std::string::npos);
}

TEST_CASE("output: a kept file where the new site writes one is an error, and both stay", "[safety][output]") {
  TempFolder content, folder;
  const std::string site = folder.path() + "/site";
  REQUIRE(Build(Content(content), site).status == 0);
  // robots.txt no longer in the manifest: someone else's file, in the way.
  std::string manifest = ReadWholeFile(site + "/.gongkai-manifest");
  manifest.erase(manifest.find("robots.txt\n"), 11);
  folder.Write("site/.gongkai-manifest", manifest);
  folder.Write("site/robots.txt", "User-agent: *\nDisallow: /\n");
  const ProcessResult result = Build(content.path(), site);
  CHECK(result.status == 1);
  CHECK(Has(result, "site/robots.txt: error: this file was not written by gongkai"));
  CHECK(ReadWholeFile(site + "/robots.txt") == "User-agent: *\nDisallow: /\n");
}

TEST_CASE("output: a site built before manifests is replaced only if everything in it is gongkai's", "[safety][output]") {
  TempFolder content, folder;
  const std::string site = folder.path() + "/site";
  REQUIRE(Build(Content(content), site).status == 0);
  // As an older gongkai left it: no manifest, and no pages across years
  // (<jurisdiction>/, which came with the manifest's successors).
  fs::remove(site + "/.gongkai-manifest");
  fs::remove_all(site + "/130322");
  REQUIRE(Build(content.path(), site).status == 0);
  CHECK(fs::exists(site + "/.gongkai-manifest"));

  fs::remove(site + "/.gongkai-manifest");
  fs::remove_all(site + "/130322");
  folder.Write("site/CNAME", "yusuan.example.gov.cn\n");
  const ProcessResult result = Build(content.path(), site);
  CHECK(result.status == 1);
  CHECK(Has(result, "it holds CNAME)"));
  CHECK(Has(result, "move those out, build once, then put them back"));
  CHECK(ReadWholeFile(site + "/CNAME") == "yusuan.example.gov.cn\n");
}

TEST_CASE("output: lnk/.. is the parent of the link's target, for the check and the write alike", "[safety][output]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());  // the project: site.json, 2021/
  fs::create_directories(folder.path() + "/themes");
  fs::copy(Theme(), folder.path() + "/themes/default", fs::copy_options::recursive);
  TempFolder elsewhere;
  fs::create_directories(elsewhere.path() + "/deploy/site");
  fs::create_symlink(elsewhere.path() + "/deploy/site", folder.path() + "/lnk");
  const auto project = ReadTree(folder.path());

  // lnk/.. is elsewhere/deploy (holding only site/, not gongkai's): refused;
  // before, the check resolved it there and the writer replaced the project.
  const ProcessResult through_link = RunGongkai({"build", "--content", folder.path(), "--theme",
                                                 folder.path() + "/themes/default", "--out", folder.path() + "/lnk/..",
                                                 "--quiet"});
  CHECK(through_link.status == 1);
  CHECK(ReadTree(folder.path()) == project);
  CHECK(fs::is_directory(elsewhere.path() + "/deploy/site"));

  // A link to the project's own folder: lnk/.. is the project's parent.
  fs::create_directories(folder.path() + "/sub");
  fs::create_symlink(folder.path() + "/themes/default/assets", folder.path() + "/sub/to-assets");
  const ProcessResult into_theme = RunGongkai({"build", "--content", folder.path(), "--theme",
                                               folder.path() + "/themes/default", "--out",
                                               folder.path() + "/sub/to-assets/..", "--quiet"});
  CHECK(into_theme.status == 1);
  CHECK(Has(into_theme, "refused: the output folder would replace"));
  CHECK(fs::exists(folder.path() + "/2021/130322-203/department.json"));
}

TEST_CASE("output: --out inside the content folder or the theme is refused", "[safety][output]") {
  TempFolder content, theme_copy;
  Content(content);
  fs::copy(Theme(), theme_copy.path() + "/default", fs::copy_options::recursive);
  const ProcessResult in_content = Build(content.path(), content.path() + "/site");
  CHECK(in_content.status == 1);
  CHECK(Has(in_content, "refused: the output folder is inside"));
  CHECK_FALSE(fs::exists(content.path() + "/site"));
  const ProcessResult in_assets = Build(content.path(), theme_copy.path() + "/default/assets/site",
                                        theme_copy.path() + "/default");
  CHECK(in_assets.status == 1);
  CHECK(Has(in_assets, "refused: the output folder is inside"));
  CHECK_FALSE(fs::exists(theme_copy.path() + "/default/assets/site"));
}

TEST_CASE("output: a symlinked --out is followed: its target gets the site, the link stays", "[safety][output]") {
  TempFolder content, folder;
  fs::create_directories(folder.path() + "/var/www/yusuan");
  fs::create_symlink(folder.path() + "/var/www/yusuan", folder.path() + "/site");
  REQUIRE(Build(Content(content), folder.path() + "/site").status == 0);
  REQUIRE(Build(content.path(), folder.path() + "/site").status == 0);  // and again, now over a site
  CHECK(fs::is_symlink(folder.path() + "/site"));
  CHECK(fs::read_symlink(folder.path() + "/site") == folder.path() + "/var/www/yusuan");
  CHECK(fs::exists(folder.path() + "/var/www/yusuan/index.html"));

  fs::create_symlink(folder.path() + "/nowhere", folder.path() + "/dangling");
  const ProcessResult dangling = Build(content.path(), folder.path() + "/dangling");
  CHECK(dangling.status == 1);
  CHECK(Has(dangling, "a link to a folder that does not exist"));
  CHECK(fs::is_symlink(folder.path() + "/dangling"));
}

TEST_CASE("output: a mount point is deployed into, never replaced", "[safety][output]") {
  TempFolder content, folder;
  const std::string web = folder.path() + "/www";
  fs::create_directories(web);
  if (mount("tmpfs", web.c_str(), "tmpfs", 0, "size=16m") != 0) {
    WARN("skipped: mounting a tmpfs needs root (" << std::strerror(errno) << ")");
    return;
  }
  struct Unmount {
    std::string path;
    ~Unmount() { umount(path.c_str()); }
  } unmount{web};
  const ProcessResult first = Build(Content(content), web);
  REQUIRE(first.status == 0);
  folder.Write("www/CNAME", "yusuan.example.gov.cn\n");
  REQUIRE(Build(content.path(), web).status == 0);
  CHECK(fs::exists(web + "/index.html"));
  CHECK(ReadWholeFile(web + "/CNAME") == "yusuan.example.gov.cn\n");
  std::vector<std::string> top;
  for (const auto& entry : fs::directory_iterator(web)) top.push_back(entry.path().filename().string());
  std::sort(top.begin(), top.end());
  CHECK(top == std::vector<std::string>{".gongkai-manifest", "130322", "2021", "404.html", "CNAME", "assets", "data",
                                        "glossary", "index.html", "robots.txt", "search", "sitemap.xml"});
}

TEST_CASE("output: files are 0644 and folders 0755 under umask 077", "[safety][output]") {
  TempFolder content, folder;
  const mode_t previous = umask(077);  // inherited by the build
  const ProcessResult result = Build(Content(content), folder.path() + "/site");
  umask(previous);
  REQUIRE(result.status == 0);
  CHECK(Mode(folder.path() + "/site") == 0755);
  CHECK(Mode(folder.path() + "/site/index.html") == 0644);
  CHECK(Mode(folder.path() + "/site/2021/130322/203") == 0755);
  CHECK(Mode(folder.path() + "/site/2021/130322/203/index.html") == 0644);
  CHECK(Mode(folder.path() + "/site/assets") == 0755);
}

TEST_CASE("output: SIGTERM or SIGINT during the write removes the staging folder", "[safety][output]") {
  TempFolder folder;
  folder.Write("big/site.json", MinimalSiteJson());
  std::string list = "[";
  for (int p = 0; p < 400; ++p) {
    list += std::string(p ? "," : "") + "{\"code\": \"P" + std::to_string(p) + "\", \"name\": \"项目" + std::to_string(p) +
            "\", \"unit\": \"203001\", \"budget\": \"1.00\", \"purpose\": \"" + std::string(20000, 'x') + "\"}";
  }
  folder.Write("big/2021/130322-203/department.json", MinimalDepartmentJson(list + "]"));
  const std::string parent = folder.path() + "/out";
  fs::create_directories(parent);
  for (int signal : {SIGTERM, SIGINT}) {
    INFO("signal " << signal);
    const pid_t pid = StartProcess({GONGKAI_BINARY, "build", "--content", folder.path() + "/big", "--theme", Theme(),
                                    "--out", parent + "/site", "--no-check"},
                                   {}, folder.path() + "/log");
    const std::string staged = parent + "/.site.new." + std::to_string(pid);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    int status = 0;
    bool exited = false;
    while (!fs::exists(staged) && std::chrono::steady_clock::now() < give_up) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        exited = true;
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    if (!exited) {
      kill(pid, signal);
      waitpid(pid, &status, 0);
    }
    CHECK_FALSE(fs::exists(staged));
    for (const auto& entry : fs::directory_iterator(parent)) {
      CHECK(entry.path().filename().string().rfind(".site.", 0) != 0);
    }
  }
}
