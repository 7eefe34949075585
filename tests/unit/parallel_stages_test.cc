// --jobs for load, downloads and the search index (issue 16): each runs on
// N threads and hands its files over in windows, and what it makes is the
// same for any N, and the same as made from whole tables and all documents
// at once.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/output_sink.h"
#include "content_fixture.h"
#include "export/csv_file.h"
#include "export/department_json.h"
#include "export/export_tables.h"
#include "export/site_downloads.h"
#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "reliability_support.h"
#include "render/downloads.h"
#include "search/inverted_index.h"
#include "search/search_documents.h"
#include "search/search_index.h"

using namespace gongkai;
using gongkai::testing::MinimalDepartmentJson;
using gongkai::testing::SourcePath;
using gongkai::testing::TempFolder;
using gongkai::testing::WriteMinimalContent;

namespace {

// Keeps each batch as given, to see how the files were handed over.
class BatchSink : public OutputSink {
 public:
  bool Put(OutputFiles files) override {
    batches.push_back(std::move(files));
    return true;
  }
  OutputFiles All() const {
    OutputFiles all;
    for (const OutputFiles& batch : batches) all.insert(all.end(), batch.begin(), batch.end());
    return all;
  }
  std::vector<OutputFiles> batches;
};

// Enough department-years (two years, 48 of them, 40 indicator rows each
// project) that downloads and the index take several windows.
Site SyntheticSite() {
  Site site;
  for (int d = 0; d < 48; ++d) {
    DepartmentYear& department = site.departments.emplace_back();
    department.year = 2023 + d % 2;
    department.jurisdiction = {"1303" + std::to_string(10 + d / 8), "某县" + std::to_string(d / 8)};
    department.department = {std::to_string(200 + d), "某局" + std::to_string(d)};
    department.title = std::to_string(department.year) + "年部门预算";
    department.folder = std::to_string(department.year) + "/" + department.jurisdiction.code + "-" +
                        department.department.code;
    department.units.push_back({department.department.code + "001", "某局本级", "行政", "", ""});
    department.sections.push_back({"measures", "工作保障措施", "## 措施\n\n完善制度" + std::to_string(d) + "。\n", {}});
    for (int p = 0; p < 20; ++p) {
      Project& project = department.projects.emplace_back();
      project.number = p + 1;
      project.code = department.jurisdiction.code + department.department.code + "P" + std::to_string(1000 + p);
      project.name = "项目" + std::to_string(p) + "经费";
      project.unit_code = department.units[0].code;
      project.budget = Decimal::Parse(std::to_string(d + 1) + "." + std::to_string(10 + p));
      project.purpose = "用于第" + std::to_string(p) + "项工作";
      for (int i = 0; i < 40; ++i) {
        Indicator& indicator = project.indicators.emplace_back();
        indicator.level1 = "产出指标";
        indicator.level2 = "数量指标";
        indicator.name = "指标" + std::to_string(i);
        indicator.description = "完成第" + std::to_string(i) + "项任务";
        indicator.value.text = "≥" + std::to_string(i) + "次";
        indicator.basis = "计划";
      }
    }
  }
  AssignProjectSlugs(site);
  return site;
}

void CheckSameFiles(const OutputFiles& first, const OutputFiles& second) {
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    INFO(first[i].path);
    CHECK(first[i].path == second[i].path);
    CHECK(first[i].bytes == second[i].bytes);
  }
}

const OutputFile* Find(const OutputFiles& files, const std::string& path) {
  for (const OutputFile& file : files) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("downloads: --jobs 1 and 3 hand over the same files in the same batches, as whole tables would",
          "[parallel][downloads]") {
  const Site site = SyntheticSite();
  Diagnostics diagnostics;
  BatchSink one, three;
  const DownloadListing listing = ExportSiteDownloads(site, one, diagnostics, 1);
  const DownloadListing listing_three = ExportSiteDownloads(site, three, diagnostics, 3);
  REQUIRE_FALSE(diagnostics.HasErrors());
  REQUIRE(one.batches.size() == three.batches.size());
  for (size_t b = 0; b < one.batches.size(); ++b) CheckSameFiles(one.batches[b], three.batches[b]);
  REQUIRE(listing.size() == listing_three.size());
  for (size_t i = 0; i < listing.size(); ++i) {
    CHECK(listing[i].path == listing_three[i].path);
    CHECK(listing[i].rows == listing_three[i].rows);
    CHECK(listing[i].bytes == listing_three[i].bytes);
  }

  // 38,400 indicator rows: more than one window, and the database alone in its batch.
  CHECK(one.batches.size() > 2);
  for (const OutputFiles& batch : one.batches) {
    if (Find(batch, DatabasePath())) CHECK(batch.size() == 1);
  }
  // The listing is in the page's order, every file in it was handed over once.
  const OutputFiles all = one.All();
  REQUIRE(listing.size() == all.size());
  CHECK(listing[0].path == DatabasePath());
  CHECK(listing[1].path == YearCsvPath(2024, "projects"));
  for (const DownloadEntry& entry : listing) {
    const OutputFile* file = Find(all, entry.path);
    REQUIRE(file);
    CHECK(file->bytes.size() == entry.bytes);
  }

  // A year's CSV, made a department-year at a time, is the whole table's.
  DepartmentYears of_2023;
  for (const DepartmentYear& department : site.departments) {
    if (department.year == 2023) of_2023.push_back(&department);
  }
  const ExportTable indicators = IndicatorsTable(of_2023, site.config.base_url);
  CHECK(Find(all, YearCsvPath(2023, "indicators"))->bytes == ExportTableToCsv(indicators));
  for (const DownloadEntry& entry : listing) {
    if (entry.path == YearCsvPath(2023, "indicators")) CHECK(entry.rows == 24 * 20 * 40);
    if (entry.path == DatabasePath()) CHECK(entry.rows == 48 + 48 + 48 * 20 + 48 * 20 * 40);
  }
}

TEST_CASE("downloads of the sample: --jobs 1 and 3 give the same files", "[parallel][downloads]") {
  Diagnostics diagnostics;
  Site site = LoadSite(SourcePath("content"), diagnostics);
  AssignProjectSlugs(site);
  REQUIRE_FALSE(diagnostics.HasErrors());
  CollectingSink one, three;
  ExportSiteDownloads(site, one, diagnostics, 1);
  ExportSiteDownloads(site, three, diagnostics, 3);
  REQUIRE_FALSE(diagnostics.HasErrors());
  CheckSameFiles(one.files(), three.files());
}

TEST_CASE("search index: --jobs 1 and 3 give the same files, as the index of all documents at once does",
          "[parallel][search]") {
  for (const bool sample : {false, true}) {
    INFO((sample ? "the sample" : "the synthetic site"));
    Diagnostics diagnostics;
    Site site = sample ? LoadSite(SourcePath("content"), diagnostics) : SyntheticSite();
    AssignProjectSlugs(site);
    REQUIRE_FALSE(diagnostics.HasErrors());
    BatchSink one, three;
    BuildSearchIndex(site, one, {}, 1);
    BuildSearchIndex(site, three, {}, 3);
    CheckSameFiles(one.All(), three.All());
    if (!sample) CHECK(one.batches.size() > 2);

    const SearchDocuments documents = CollectSearchDocuments(site);
    const SearchIndexOptions options;
    CheckSameFiles(one.All(), WriteSearchShards(documents, BuildInvertedIndex(documents, options.chunk_size), options));
  }
}

TEST_CASE("load: --jobs 1 and 3 give the same model and the same problems in the same order", "[parallel][load]") {
  TempFolder folder;
  WriteMinimalContent(folder, MinimalDepartmentJson());
  // Folders that disagree with the file inside (each an error naming its
  // folder), one that is not JSON, one without department.json, a stray
  // file between them, and a year the file does not hold.
  for (int d = 0; d < 12; ++d) {
    folder.Write("2021/130322-" + std::to_string(210 + d) + "/department.json", MinimalDepartmentJson());
  }
  folder.Write("2021/130322-215/department.json", "{ not json");
  folder.Write("2021/130322-222/README.md", "no department.json here");
  folder.Write("2021/130322-213.txt", "stray");
  folder.Write("2022/130322-203/department.json", MinimalDepartmentJson());

  const auto load = [&](unsigned jobs, std::vector<std::string>& problems) {
    Diagnostics diagnostics;
    Site site = LoadSite(folder.path(), diagnostics, jobs);
    for (const Diagnostic& d : diagnostics.all()) problems.push_back(FormatDiagnostic(d));
    std::vector<std::string> departments;
    for (const DepartmentYear& department : site.departments) {
      departments.push_back(department.folder + "\n" + DepartmentDownloadJson(department));
    }
    return departments;
  };
  std::vector<std::string> problems_one, problems_three;
  const std::vector<std::string> one = load(1, problems_one);
  const std::vector<std::string> three = load(3, problems_three);
  CHECK(one.size() == 14);  // all but the one without department.json
  CHECK(one == three);
  CHECK(problems_one.size() > 12);
  CHECK(problems_one == problems_three);
  // In the walk's order: the folders by name, the stray file where it lies.
  std::vector<size_t> at;
  for (const std::string& name : {"130322-210", "130322-213", "130322-213.txt", "130322-215", "130322-222", "2022/"}) {
    for (size_t i = 0; i < problems_one.size(); ++i) {
      if (problems_one[i].find(name) != std::string::npos) {
        at.push_back(i);
        break;
      }
    }
  }
  CHECK(at.size() == 6);
  CHECK(std::is_sorted(at.begin(), at.end()));
}
