// The search index as `gongkai build` writes it for the sample content:
// every result leads to a page (and anchor) the build wrote, the search
// page points at the index, and the same content gives the same bytes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>
#include <algorithm>

#include "content_fixture.h"
#include "html_document.h"
#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "pipeline.h"
#include "search/search_documents.h"
#include "search/search_index.h"

namespace gongkai {
namespace {

using nlohmann::json;
using testing::ReadTextFile;
using testing::TempFolder;

const std::string kContent = std::string(GONGKAI_SOURCE_DIR) + "/content";

TEST_CASE("every search result of the sample site leads to a page and anchor the build wrote", "[search]") {
  TempFolder folder;
  BuildOptions options;
  options.content_dir = kContent;
  options.theme_dir = std::string(GONGKAI_SOURCE_DIR) + "/themes/default";
  options.out_dir = folder.path() + "/site";
  Diagnostics diagnostics;
  REQUIRE(BuildSite(options, diagnostics).written);
  const std::string data = options.out_dir + "/search/data/";

  const json meta = json::parse(ReadTextFile(data + "meta.json"));
  const size_t documents = meta.at("documents").get<size_t>();
  REQUIRE(documents > 100);
  size_t checked = 0;
  std::string url;
  for (size_t shard = 0; std::filesystem::is_regular_file(data + "d/" + std::to_string(shard) + ".json"); ++shard) {
    const json rows = json::parse(ReadTextFile(data + "d/" + std::to_string(shard) + ".json"));
    for (const json& row : rows) {
      if (!row.at(1).is_null()) url = row.at(1).get<std::string>();  // null: as the row before
      const size_t hash = url.find('#');
      const std::string page = options.out_dir + "/" + url.substr(0, hash);
      INFO(url);
      REQUIRE(std::filesystem::is_regular_file(page));
      if (hash != std::string::npos) {
        CHECK(ReadTextFile(page).find("id=\"" + url.substr(hash + 1) + "\"") != std::string::npos);
      }
      ++checked;
    }
  }
  CHECK(checked == documents);

  const std::string search_page = ReadTextFile(options.out_dir + "/search/index.html");
  CHECK(search_page.find("data-index=\"../search/data/\"") != std::string::npos);
  CHECK(search_page.find("<ol id=\"search-results\"") != std::string::npos);
  CHECK(search_page.find("<noscript>") != std::string::npos);
  // The page loads search.js under its fingerprinted name, and that file exists.
  const size_t script = search_page.find("src=\"../assets/search.");
  REQUIRE(script != std::string::npos);
  const std::string name = search_page.substr(script + 5, search_page.find('"', script + 5) - script - 5);
  CHECK(std::filesystem::is_regular_file(options.out_dir + "/" + name.substr(3)));
}

TEST_CASE("the sample's index is the same bytes on every build", "[search]") {
  Diagnostics diagnostics;
  Site site = LoadSite(kContent, diagnostics);
  AssignProjectSlugs(site);
  REQUIRE_FALSE(diagnostics.HasErrors());
  const OutputFiles first = BuildSearchIndex(site);
  const OutputFiles second = BuildSearchIndex(site);
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].path == second[i].path);
    CHECK(first[i].bytes == second[i].bytes);
  }
}

// What a result shows besides its title, read off the documents: seed 004
// 表 1 prints 2024 年度党刊征订费 with 预算数 16.80 (万元); corpus PDF 09's
// 填报表 prints 就业援助基地补贴 at 6351000.00 元; seed 001's cover names
// 中国共产党昌黎县委员会组织部, everyday 中共昌黎县委组织部.
TEST_CASE("a project's document carries its 预算数 and unit; meta lists a department's other names", "[search]") {
  Diagnostics diagnostics;
  Site site = LoadSite(kContent, diagnostics);
  AssignProjectSlugs(site);
  REQUIRE_FALSE(diagnostics.HasErrors());
  const SearchDocuments documents = CollectSearchDocuments(site);
  const auto context_of = [&](const std::string& title) {
    for (const SearchDocument& document : documents.documents) {
      if (document.kind == SearchKind::kProject && document.title == title) return document.context;
    }
    return std::string("(no such project)");
  };
  CHECK(context_of("2024 年度党刊征订费") == "16.80 万元");
  CHECK(context_of("就业援助基地补贴") == "6,351,000.00 元");
  CHECK(context_of("党报党刊征订费").empty());  // seed 003 prints no 预算数

  const OutputFiles files = BuildSearchIndex(site);
  const auto meta_file = std::find_if(files.begin(), files.end(), [](const OutputFile& f) {
    return f.path == "search/data/meta.json";
  });
  REQUIRE(meta_file != files.end());
  const json meta = json::parse(meta_file->bytes);
  bool found = false;
  for (const json& row : meta.at("departments")) {
    if (row.at(3) != "中国共产党昌黎县委员会组织部") continue;
    found = true;
    std::vector<std::string> forms(row.begin() + 4, row.end());
    CHECK(std::find(forms.begin(), forms.end(), "中共昌黎县委组织部") != forms.end());
  }
  CHECK(found);
}

}  // namespace
}  // namespace gongkai
