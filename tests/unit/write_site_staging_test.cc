// SiteStaging: the streamed write of a whole site. Batches and files on
// disk go into the staging folder; the site appears only at Commit, and a
// staging dropped without one leaves nothing behind.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/output_sink.h"
#include "content_fixture.h"
#include "write/site_writer.h"

using namespace gongkai;
using gongkai::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

TEST_CASE("staging: batches and a file on disk are the site only after Commit", "[write][staging]") {
  TempFolder folder;
  const std::string big(3 << 20, 'q');  // more than one copy block
  folder.Write("scratch.sqlite", big);
  const std::string out = folder.OutsidePath("site");
  Diagnostics diagnostics;
  {
    std::unique_ptr<SiteStaging> staging = SiteStaging::Open(out, {}, diagnostics);
    REQUIRE(staging);
    CHECK(staging->Put({{"index.html", "<p>首页</p>"}}));
    std::string error;
    CHECK(staging->PutFile("data/gongkai.sqlite", folder.path() + "/scratch.sqlite", error));
    CHECK(error.empty());
    CHECK_FALSE(fs::exists(out + "/index.html"));  // not yet
    CHECK(staging->Commit());
    CHECK(staging->file_count() == 2);
    CHECK(staging->byte_count() == big.size() + std::string("<p>首页</p>").size());
  }
  CHECK(Read(out + "/data/gongkai.sqlite") == big);
  CHECK((fs::status(out + "/data/gongkai.sqlite").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
  CHECK(Read(out + "/.gongkai-manifest").find("data/gongkai.sqlite\nindex.html\n") != std::string::npos);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("staging: dropped without a Commit, or refused a path, it leaves the old site and no staging folder",
          "[write][staging]") {
  TempFolder folder;
  const std::string out = folder.OutsidePath("site");
  Diagnostics diagnostics;
  REQUIRE(WriteSiteAtomically(out, {{"index.html", "old"}}, diagnostics));
  {
    std::unique_ptr<SiteStaging> staging = SiteStaging::Open(out, {}, diagnostics);
    REQUIRE(staging);
    CHECK(staging->Put({{"index.html", "new"}}));
    CHECK_FALSE(staging->Put({{"index.html", "again"}}));  // the same path twice
    CHECK_FALSE(staging->Commit());
    std::string error;
    CHECK_FALSE(staging->PutFile("../escape", folder.path() + "/none", error));
  }
  CHECK(Read(out + "/index.html") == "old");
  for (const auto& entry : fs::directory_iterator(fs::path(out).parent_path())) {
    CHECK(entry.path().filename() == "site");
  }
  CHECK(!diagnostics.all().empty());
}

TEST_CASE("sink: a sink that does not write reads a file on disk and Puts it; a missing one is an error",
          "[write][staging]") {
  TempFolder folder;
  folder.Write("scratch", "bytes");
  CollectingSink sink;
  std::string error;
  CHECK(sink.PutFile("data/x", folder.path() + "/scratch", error));
  REQUIRE(sink.files().size() == 1);
  CHECK(sink.files()[0].bytes == "bytes");
  CHECK_FALSE(sink.PutFile("data/y", folder.path() + "/missing", error));
  CHECK(error.find("cannot read file") != std::string::npos);
}
