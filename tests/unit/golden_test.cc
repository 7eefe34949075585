// Reviewed golden files: the outline (elements, key attributes, text) of
// one department's pages as parsed by libxml2. A change to the theme or the
// renderer that changes a page fails here until the new outline is
// reviewed and accepted with
//     GONGKAI_UPDATE_GOLDEN=1 build/tests/unit_tests "[golden]"
// which is refused on CI (CI=true): golden files are never regenerated
// unreviewed.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <regex>

#include "content_fixture.h"
#include "html_document.h"
#include "pipeline.h"

using namespace gongkai;
using gongkai::testing::HtmlDocument;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace {

bool UpdateRequested() {
  const char* update = std::getenv("GONGKAI_UPDATE_GOLDEN");
  const char* ci = std::getenv("CI");
  return update && std::string(update) == "1" && !(ci && std::string(ci) == "true");
}

void CheckAgainstGolden(const std::string& site, const std::string& page, const std::string& golden_name) {
  const HtmlDocument html(ReadTextFile(site + "/" + page));
  REQUIRE(html.ok());
  // Asset names carry a hash of the asset's bytes (render/asset_names.h):
  // the outline names them without it, so a stylesheet edit is not a page change.
  const std::string outline =
      std::regex_replace(html.Outline(), std::regex("(assets/[^\"]*)\\.[0-9a-f]{10}(\\.[a-z]+\")"), "$1.#$2");
  const std::string golden_path = std::string(GONGKAI_SOURCE_DIR) + "/tests/golden/" + golden_name;
  if (UpdateRequested()) {
    std::ofstream(golden_path, std::ios::binary) << outline;
    WARN("updated " << golden_path);
    return;
  }
  const std::string expected = ReadTextFile(golden_path);
  INFO("golden file " << golden_path << "; review the change, then regenerate with GONGKAI_UPDATE_GOLDEN=1");
  REQUIRE_FALSE(expected.empty());
  CHECK(outline == expected);
}

}  // namespace

TEST_CASE("昌黎县委组织部 2021 pages match their reviewed golden outlines", "[golden]") {
  TempFolder folder;
  BuildOptions options;
  options.content_dir = std::string(GONGKAI_SOURCE_DIR) + "/content";
  options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
  options.out_dir = folder.path() + "/site";
  Diagnostics diagnostics;
  REQUIRE(BuildSite(options, diagnostics).written);
  CheckAgainstGolden(options.out_dir, "2021/130322/203/index.html", "2021-130322-203-department.outline");
  CheckAgainstGolden(options.out_dir, "2021/130322/203/projects/130322210TL1EUNN2FE59.html",
                     "2021-130322-203-project-130322210TL1EUNN2FE59.outline");
}
