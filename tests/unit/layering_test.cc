// The folders of src/ are layers (README, "Where to start reading"): a file
// may include its own folder and the layers below it, never one above, so
// that each stage can be read, built and tested with only what precedes it.
// This test reads every #include "…" under src/ and fails on one that points
// up (or sideways, between two folders of the same layer).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The order, lowest first, as the tree has it: plain model structs; the
// content format's files; the model's own checks; the reader of content/
// and the theme (which asks validate whether a folder name is a safe path);
// rendering (model → HTML; views, routes, templates of the loaded theme);
// the index and the downloads, which link pages by render's routes; the
// checks of built HTML (markdown's allowed-URL rules); the output writer;
// the importer (its content-folder swap is write's); the pipeline; the CLI.
const std::map<std::string, int>& LayerRanks() {
  static const std::map<std::string, int> ranks = {
      {"base", 0},   {"model", 1},  {"format", 2}, {"validate", 3}, {"load", 4},
      {"render", 5}, {"search", 6}, {"export", 6}, {"check", 7},    {"write", 8},
      {"importer", 9}, {"serve", 9}, {"pipeline", 10}, {"cli", 11}, {"main", 12},
  };
  return ranks;
}

// The layer of a file (path relative to src/) or of an include ("render/x.h").
std::string LayerOf(const std::string& path) {
  const size_t slash = path.find('/');
  if (slash != std::string::npos) return path.substr(0, slash);
  if (path.rfind("pipeline.", 0) == 0) return "pipeline";
  if (path == "main.cc") return "main";
  return path;
}

struct Include {
  std::string file;    // relative to src/
  int line;
  std::string target;  // as written between the quotes
};

std::vector<Include> QuotedIncludes(const fs::path& src) {
  std::vector<Include> includes;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    const std::string extension = entry.path().extension().string();
    if (!entry.is_regular_file() || (extension != ".h" && extension != ".cc")) continue;
    std::ifstream in(entry.path());
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
      const std::string directive = "#include \"";
      if (text.rfind(directive, 0) != 0) continue;
      const size_t end = text.find('"', directive.size());
      if (end == std::string::npos) continue;
      includes.push_back({fs::relative(entry.path(), src).generic_string(), line,
                          text.substr(directive.size(), end - directive.size())});
    }
  }
  return includes;
}

std::vector<std::string> UpwardIncludes(const std::vector<Include>& includes) {
  std::vector<std::string> upward;
  for (const Include& include : includes) {
    const std::string from = LayerOf(include.file), to = LayerOf(include.target);
    if (from == to) continue;
    const auto from_rank = LayerRanks().find(from), to_rank = LayerRanks().find(to);
    const std::string where = include.file + ":" + std::to_string(include.line) + ": includes \"" + include.target + "\"";
    if (from_rank == LayerRanks().end() || to_rank == LayerRanks().end()) {
      upward.push_back(where + ", a folder with no place in the layers (add it to LayerRanks)");
    } else if (to_rank->second >= from_rank->second) {
      upward.push_back(where + ": " + to + " is not below " + from);
    }
  }
  return upward;
}

}  // namespace

TEST_CASE("no file in src/ includes a layer above its own", "[layering]") {
  const std::vector<Include> includes = QuotedIncludes(fs::path(GONGKAI_SOURCE_DIR) / "src");
  REQUIRE(includes.size() > 100);  // the tree was found and read
  CHECK(UpwardIncludes(includes) == std::vector<std::string>{});
}

TEST_CASE("the layering check catches an upward and a sideways include", "[layering]") {
  const std::vector<Include> includes = {{"render/pages.cc", 3, "model/site.h"},
                                         {"load/content_loader.cc", 7, "render/routes.h"},
                                         {"search/search_index.cc", 9, "export/csv_file.h"},
                                         {"base/decimal.cc", 2, "pipeline.h"}};
  CHECK(UpwardIncludes(includes) ==
        std::vector<std::string>{"load/content_loader.cc:7: includes \"render/routes.h\": render is not below load",
                                 "search/search_index.cc:9: includes \"export/csv_file.h\": export is not below search",
                                 "base/decimal.cc:2: includes \"pipeline.h\": pipeline is not below base"});
}
