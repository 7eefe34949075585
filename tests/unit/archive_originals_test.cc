// Issue 11: the record of each original document (SHA-256, the date its
// cover prints) and the build's check of the file it publishes.
#include <catch2/catch.hpp>

#include "base/sha256.h"
#include "content_fixture.h"
#include "html_document.h"
#include "importer/publication_date.h"
#include "pipeline.h"

using namespace gongkai;
using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

TEST_CASE("SHA-256 of the FIPS 180-4 examples", "[archive]") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("the publication date is a date alone on the cover, never one in running text", "[archive]") {
  // The cover of 2018 年度江苏省高级人民法院预算公开 (content/sources/12_…pdf).
  CHECK(PrintedPublicationDate({{1, "2018 年度江苏省高级"}, {2, " 人民法院预算公开"}, {7, "  2018 年 2 月 24 日"},
                                {8, "               目   录"}}) == "2018-02-24");
  CHECK(PrintedPublicationDate({{1, "江苏省高级人民法院"}, {2, "目录"}, {3, "2019年3月1日"}}).empty());
  CHECK(PrintedPublicationDate({{1, "截至2023年8月31日，共有车辆7辆"}}).empty());
  CHECK(PrintedPublicationDate({{1, "2018年13月1日"}}).empty());
}

namespace {

std::string WithSource(const std::string& file, const std::string& sha256) {
  std::string json = MinimalDepartmentJson();
  const std::string anchor = "\"units\"";
  json.insert(json.find(anchor), "\"source\": \"" + file + "\", \"source_sha256\": \"" + sha256 + "\",\n  ");
  return json;
}

std::string MessagesOf(const Diagnostics& diagnostics) {
  std::string all;
  for (const Diagnostic& diagnostic : diagnostics.all()) all += diagnostic.message + "\n";
  return all;
}

}  // namespace

TEST_CASE("the build publishes the original only when it is the file the content was imported from", "[archive]") {
  const std::string original = "%PDF-1.4 the published document";
  TempFolder folder;
  BuildOptions options;
  options.content_dir = folder.path();
  options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
  options.out_dir = folder.OutsidePath("site");

  SECTION("the right file: published beside the page") {
    WriteMinimalContent(folder, WithSource("budget.pdf", Sha256Hex(original)));
    folder.Write("sources/budget.pdf", original);
    Diagnostics diagnostics;
    REQUIRE(BuildSite(options, diagnostics).written);
    CHECK(ReadTextFile(options.out_dir + "/2021/130322/203/original/budget.pdf") == original);
  }
  SECTION("another file under the name: an error naming both") {
    WriteMinimalContent(folder, WithSource("budget.pdf", Sha256Hex(original)));
    folder.Write("sources/budget.pdf", original + " changed");
    Diagnostics diagnostics;
    CHECK_FALSE(BuildSite(options, diagnostics).written);
    CHECK(MessagesOf(diagnostics).find("not the document the content was imported from") != std::string::npos);
    CHECK(MessagesOf(diagnostics).find("department.json records " + Sha256Hex(original)) != std::string::npos);
  }
  SECTION("no file: a warning, and no download link") {
    WriteMinimalContent(folder, WithSource("budget.pdf", Sha256Hex(original)));
    Diagnostics diagnostics;
    REQUIRE(BuildSite(options, diagnostics).written);
    CHECK(MessagesOf(diagnostics).find("原文下载") != std::string::npos);
    CHECK(ReadTextFile(options.out_dir + "/2021/130322/203/index.html").find("原文下载") == std::string::npos);
  }
  SECTION("a malformed SHA-256 is an error at its pointer") {
    WriteMinimalContent(folder, WithSource("budget.pdf", "ABC"));
    Diagnostics diagnostics;
    CHECK_FALSE(BuildSite(options, diagnostics).written);
    CHECK(MessagesOf(diagnostics).find("64 lowercase hex digits") != std::string::npos);
  }
}
