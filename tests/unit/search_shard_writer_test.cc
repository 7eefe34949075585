// Posting lists and the shard writer (src/search/posting_list.h,
// shard_writer.h): what search.js reads back.
#include "search/shard_writer.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "search/posting_list.h"

namespace gongkai {
namespace {

using nlohmann::json;
using Ids = std::vector<uint32_t>;

std::map<std::string, std::string> ByPath(const OutputFiles& files) {
  std::map<std::string, std::string> out;
  for (const OutputFile& file : files) out[file.path] = file.bytes;
  return out;
}

SearchDocuments TwoDocuments() {
  SearchDocuments documents;
  SearchDocument project;
  project.kind = SearchKind::kProject;
  project.url = "2024/130529/203/projects/13052924P005840120862.html";
  project.title = "2024 年度党刊征订费";
  project.fields[0] = "13052924P005840120862";
  project.fields[2] = "支付党刊征订费用。";
  SearchDocument indicator;
  indicator.kind = SearchKind::kIndicator;
  indicator.url = project.url + "#indicators-title";
  indicator.title = "党员满意度";
  indicator.context = project.title;
  indicator.fields[1] = "党员对加强学习的满意度";
  documents.documents = {project, indicator};
  SearchGroup group;
  group.year = 2024;
  group.jurisdiction_code = "130529";
  group.jurisdiction_name = "巨鹿县";
  group.department_code = "203";
  group.department_name = "中共巨鹿县委组织部";
  group.counts = {0, 1, 1, 0};
  documents.groups = {group};
  return documents;
}

TEST_CASE("posting gaps use one character below 32, more above") {
  std::string text;
  AppendPostingGap(0, text);
  AppendPostingGap(31, text);
  CHECK(text == "0v");
  text.clear();
  AppendPostingGap(32, text);
  CHECK(text == "w1");
  text.clear();
  AppendPostingGap(4000000000u, text);
  CHECK(DecodePostings(text) == Ids{4000000000u});
}

TEST_CASE("a posting list decodes to the ids added, whole and by chunk") {
  PostingList list(3);
  const Ids ids = {0, 1, 5, 40, 41, 1000, 1001, 70000};
  for (uint32_t id : ids) list.Add(id);
  CHECK(list.size() == ids.size());
  CHECK(DecodePostings(list.text()) == ids);
  REQUIRE(list.chunks().size() == 3);
  Ids joined;
  for (size_t k = 0; k < list.chunks().size(); ++k) {
    const Ids part = DecodePostings(list.ChunkText(k), list.chunks()[k].base);
    CHECK(part.size() == list.chunks()[k].count);
    CHECK(part.front() >= list.chunks()[k].base);
    joined.insert(joined.end(), part.begin(), part.end());
  }
  CHECK(joined == ids);
  CHECK(list.chunks()[1].base == 6);  // after id 5: chunk 1 holds ids from 6 on
}

TEST_CASE("separators are the shortest prefix sorting after the previous term") {
  CHECK(SeparatorPrefix("培训", "档案") == "档");
  CHECK(SeparatorPrefix("13052924p00584012082k", "13052924p005840120862") == "13052924p00584012086");
  CHECK(SeparatorPrefix("ab", "abc") == "abc");
  CHECK(SeparatorPrefix("党", "党员") == "党员");
}

TEST_CASE("the index is meta, dictionary shards and document shards") {
  const SearchDocuments documents = TwoDocuments();
  SearchIndexOptions options;
  const OutputFiles files = WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options);
  const auto by_path = ByPath(files);
  REQUIRE(by_path.count("search/data/meta.json"));
  REQUIRE(by_path.count("search/data/t/0.json"));
  REQUIRE(by_path.count("search/data/d/0.json"));
  CHECK(by_path.size() == 3);

  const json meta = json::parse(by_path.at("search/data/meta.json"));
  CHECK(meta.at("documents") == 2);
  CHECK(meta.at("kinds") == json({"部门", "项目", "指标", "说明"}));
  CHECK(meta.at("departments") == json::parse(R"([["130529","203","巨鹿县","中共巨鹿县委组织部"]])"));
  CHECK(meta.at("groups") == json::parse("[[2024,0,0,1,1,0]]"));
  CHECK(meta.at("dictionary") == json({""}));

  const json dictionary = json::parse(by_path.at("search/data/t/0.json"));
  CHECK(dictionary.at("党刊") == json({"0"}));           // doc 0, rank 0 (title)
  CHECK(dictionary.at("满意") == json({"", "1"}));       // doc 1, rank 1 (indicator name)
  CHECK(dictionary.at("党") == json({"0", "1"}));
  CHECK(dictionary.at("13052924p005840120862") == json({"0"}));
  CHECK(dictionary.at("用") == json({"", "", "0"}));     // 费用: project purpose, rank 2
  CHECK_FALSE(dictionary.contains("13052924P005840120862"));  // folded

  const json shard = json::parse(by_path.at("search/data/d/0.json"));
  CHECK(shard.at(0) == json({1, documents.documents[0].url, "2024 年度党刊征订费", "", "13052924P005840120862", "",
                             "支付党刊征订费用。"}));
  CHECK(shard.at(1) == json({2, documents.documents[1].url, "党员满意度", "2024 年度党刊征订费", "",
                             "党员对加强学习的满意度"}));
}

TEST_CASE("a document shard never holds two department-years") {
  SearchDocuments documents;
  for (int i = 0; i < 5; ++i) {
    SearchDocument document;
    document.kind = i == 0 || i == 3 ? SearchKind::kDepartment : SearchKind::kProject;
    document.url = "d" + std::to_string(i) + ".html";
    document.title = "文档" + std::to_string(i);
    documents.documents.push_back(document);
  }
  SearchGroup newer;
  newer.year = 2025;
  newer.counts = {1, 2, 0, 0};
  SearchGroup older;
  older.year = 2024;
  older.first_document = 3;
  older.counts = {1, 1, 0, 0};
  documents.groups = {newer, older};
  SearchIndexOptions options;
  options.documents_per_shard = 2;
  const auto by_path = ByPath(WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options));
  // 2025: documents 0 1 | 2; 2024: documents 3 4, not 2 with 3.
  const auto titles = [&](int shard) {
    std::vector<std::string> out;
    for (const json& row : json::parse(by_path.at("search/data/d/" + std::to_string(shard) + ".json"))) {
      out.push_back(row.at(2).get<std::string>());
    }
    return out;
  };
  CHECK(titles(0) == std::vector<std::string>{"文档0", "文档1"});
  CHECK(titles(1) == std::vector<std::string>{"文档2"});
  CHECK(titles(2) == std::vector<std::string>{"文档3", "文档4"});
  CHECK_FALSE(by_path.count("search/data/d/3.json"));
  CHECK(json::parse(by_path.at("search/data/meta.json")).at("format") == 2);
}

TEST_CASE("long lists go to chunk files the dictionary points to") {
  SearchDocuments documents;
  for (int i = 0; i < 10; ++i) {
    SearchDocument document;
    document.kind = SearchKind::kProject;
    document.url = "p" + std::to_string(i) + ".html";
    document.title = "培训" + std::to_string(i);
    documents.documents.push_back(document);
  }
  SearchGroup group;
  group.year = 2024;
  group.counts = {0, 10, 0, 0};
  documents.groups = {group};
  SearchIndexOptions options;
  options.inline_list_bytes = 4;
  options.chunk_size = 4;
  const auto by_path = ByPath(WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options));
  const json entry = json::parse(by_path.at("search/data/t/0.json")).at("培训");
  REQUIRE(entry.size() == 1);
  REQUIRE(entry.at(0).is_array());
  Ids ids;
  for (const json& chunk : entry.at(0)) {
    const std::string path = "search/data/p/" + std::to_string(chunk.at(0).get<int>()) + ".json";
    REQUIRE(by_path.count(path));
    const Ids part = DecodePostings(json::parse(by_path.at(path)).get<std::string>(), chunk.at(1).get<uint32_t>());
    CHECK(part.size() == chunk.at(2).get<size_t>());
    ids.insert(ids.end(), part.begin(), part.end());
  }
  CHECK(ids == Ids{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  // A short list stays inline.
  CHECK(json::parse(by_path.at("search/data/t/0.json")).at("9") == json({"9"}));
}

TEST_CASE("dictionary shards split at size, and each term lies in the shard its boundary names") {
  SearchDocuments documents;
  SearchDocument document;
  document.kind = SearchKind::kSection;
  document.title = "部门整体绩效目标";
  document.fields[2] = "聚力四个提升，持续营造风清气正良好政治生态。一是提升干部选任科学化水平。二是提升干部教育培训针对性实效性。";
  documents.documents = {document};
  SearchGroup group;
  group.counts = {0, 0, 0, 1};
  documents.groups = {group};
  SearchIndexOptions options;
  options.dictionary_shard_bytes = 100;
  const auto by_path = ByPath(WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options));
  const json boundaries = json::parse(by_path.at("search/data/meta.json")).at("dictionary");
  REQUIRE(boundaries.size() > 3);
  for (size_t k = 0; k < boundaries.size(); ++k) {
    const json shard = json::parse(by_path.at("search/data/t/" + std::to_string(k) + ".json"));
    for (const auto& item : shard.items()) {
      CHECK(item.key() >= boundaries[k].get<std::string>());
      if (k + 1 < boundaries.size()) CHECK(item.key() < boundaries[k + 1].get<std::string>());
    }
  }
}

TEST_CASE("the same documents give the same bytes") {
  const SearchDocuments documents = TwoDocuments();
  const SearchIndexOptions options;
  const OutputFiles a = WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options);
  const OutputFiles b = WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options);
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].path == b[i].path);
    CHECK(a[i].bytes == b[i].bytes);
  }
}

}  // namespace
}  // namespace gongkai
