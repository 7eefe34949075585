#include "load/content_loader.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "base/file_system.h"
#include "base/parallel.h"
#include "base/sha256.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "format/section_file.h"
#include "load/folder_agreement.h"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

bool IsYearFolderName(const std::string& name) {
  return name.size() == 4 && std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The most a file of each kind may be: far above any real disclosure (the
// largest department.json we know is 5 MB; the limits leave room for a
// synthetic 1,000,000-indicator-row file), far below what would exhaust
// memory before the reader says why.
constexpr size_t kMaxJsonBytes = size_t{1} << 30;    // department.json, tables.json
constexpr size_t kMaxSectionBytes = size_t{16} << 20;  // sections/NN-id.md
constexpr size_t kMaxSiteJsonBytes = size_t{1} << 20;  // site.json
constexpr size_t kMaxOriginalBytes = size_t{256} << 20;  // an original in sources/ (real ones: 0.2–0.7 MB)

// Reads a file of the content folder that must exist; reports and returns
// false otherwise. Only regular files inside `content_dir` are read.
bool ReadRequiredFile(const std::string& content_dir, const std::string& path, size_t max_bytes, std::string& bytes,
                      Diagnostics& diagnostics) {
  std::string error;
  if (ReadInputFile(content_dir, path, max_bytes, bytes, error)) return true;
  diagnostics.Error(SourceLocation{path}, error);
  return false;
}

std::vector<Section> LoadSections(const std::string& content_dir, const std::string& folder, Diagnostics& diagnostics) {
  std::vector<Section> sections;
  const std::string sections_dir = folder + "/sections";
  if (!IsDirectory(sections_dir)) {
    if (IsRegularFile(sections_dir)) {
      diagnostics.Error(SourceLocation{sections_dir}, "expected a folder of section files NN-<id>.md, found a file");
    }
    return sections;
  }
  std::vector<DirectoryEntry> entries;
  std::string error;
  if (!ListDirectory(sections_dir, entries, error)) {
    diagnostics.Error(SourceLocation{sections_dir}, error);
    return sections;
  }
  for (const DirectoryEntry& entry : entries) {
    const std::string path = sections_dir + "/" + entry.name;
    if (entry.is_directory) {
      diagnostics.Error(SourceLocation{path}, "expected a section file NN-<id>.md, found a folder");
      continue;
    }
    std::string text;
    if (!ReadRequiredFile(content_dir, path, kMaxSectionBytes, text, diagnostics)) continue;
    sections.push_back(ParseSectionFile(path, entry.name, text, diagnostics));
  }
  return sections;
}

// The original document a department-year records (source, source_sha256),
// from content/sources/, so the build can publish it beside the page. It
// must be the file that was imported: another file under that name is an
// error, not something to publish as the original.
void LoadOriginal(const std::string& content_dir, const std::string& json_path, DepartmentYear& department,
                  Diagnostics& diagnostics) {
  if (department.source_sha256.empty()) return;
  const std::string& name = department.source;
  if (name.empty() || name.find('/') != std::string::npos || name.find('\\') != std::string::npos || name[0] == '.') {
    diagnostics.Error(SourceLocation{json_path, 0, 0, "/source"},
                      "source_sha256 needs \"source\" to name a file in content/sources/ (a file name, no folders), found \"" +
                          name + "\"");
    return;
  }
  const std::string path = content_dir + "/sources/" + name;
  std::error_code code;
  if (!fs::exists(fs::symlink_status(path, code))) {
    diagnostics.Warning(SourceLocation{json_path, 0, 0, "/source"},
                        "the original " + name + " is not in " + content_dir +
                            "/sources/, so the site cannot offer it for download (原文下载); copy it there");
    return;
  }
  std::string bytes;
  if (!ReadRequiredFile(content_dir, path, kMaxOriginalBytes, bytes, diagnostics)) return;
  const std::string actual = Sha256Hex(bytes);
  if (actual != department.source_sha256) {
    diagnostics.Error(SourceLocation{path}, "its SHA-256 is " + actual + ", but " + json_path + " records " +
                                                department.source_sha256 +
                                                ": this is not the document the content was imported from");
    return;
  }
  department.original = std::make_shared<const std::string>(std::move(bytes));
}

// One department-year folder, alone: its own model and its own problems,
// so that folders can be read on many cores and joined in order.
struct LoadedFolder {
  std::string year_name, folder_name;
  bool loaded = false;  // false when department.json could not be read
  DepartmentYear department;
  Diagnostics diagnostics;
};

void LoadDepartmentFolder(const std::string& content_dir, LoadedFolder& out) {
  Diagnostics& diagnostics = out.diagnostics;
  const std::string folder = content_dir + "/" + out.year_name + "/" + out.folder_name;
  const std::string json_path = folder + "/department.json";
  std::string text;
  if (!ReadRequiredFile(content_dir, json_path, kMaxJsonBytes, text, diagnostics)) return;
  DepartmentYear department = ParseDepartmentJson(json_path, text, diagnostics);
  department.folder = out.year_name + "/" + out.folder_name;
  CheckFolderAgreesWithFile(department, json_path, text, diagnostics);
  LoadOriginal(content_dir, json_path, department, diagnostics);
  department.sections = LoadSections(content_dir, folder, diagnostics);
  // tables.json is optional: a 绩效文本 publishes no budget tables.
  const std::string tables_path = folder + "/tables.json";
  std::error_code code;
  if (fs::exists(fs::symlink_status(tables_path, code)) &&
      ReadRequiredFile(content_dir, tables_path, kMaxJsonBytes, text, diagnostics)) {
    department.tables = ParseBudgetTablesJson(tables_path, text, diagnostics);
  }
  out.department = std::move(department);
  out.loaded = true;
}

// What the walk of content/ found, in the order it found it: a problem
// with the folders themselves, or a department-year folder to read.
struct WalkStep {
  Diagnostics diagnostics;
  std::optional<size_t> folder;  // into the folders to load
};

}  // namespace

Site LoadSite(const std::string& content_dir, Diagnostics& diagnostics, unsigned jobs) {
  Site site;
  if (!IsDirectory(content_dir)) {
    diagnostics.Error(SourceLocation{content_dir}, "content folder not found");
    return site;
  }
  const std::string site_json = content_dir + "/site.json";
  std::string text;
  if (ReadRequiredFile(content_dir, site_json, kMaxSiteJsonBytes, text, diagnostics)) site.config = ParseSiteJson(site_json, text, diagnostics);

  std::vector<DirectoryEntry> years;
  std::string error;
  if (!ListDirectory(content_dir, years, error)) {
    diagnostics.Error(SourceLocation{content_dir}, error);
    return site;
  }
  // The walk lists the folders; the reading is done after, on `jobs` cores,
  // each folder into its own slot; then all is joined in the walk's order,
  // so the model and the order of problems do not depend on `jobs`.
  std::vector<WalkStep> steps;
  std::vector<LoadedFolder> folders;
  const auto problem = [&steps]() -> Diagnostics& { return steps.emplace_back().diagnostics; };
  for (const DirectoryEntry& year : years) {
    if (!year.is_directory) {
      // departments.tsv is the importer's registry of department codes.
      if (year.name != "site.json" && year.name != "README.md" && year.name != "departments.tsv") {
        problem().Warning(SourceLocation{content_dir + "/" + year.name},
                          "ignored: content/ holds site.json and one folder per year");
      }
      continue;
    }
    // patches/ holds the importer's reviewed corrections and sources/ the
    // published documents the content was imported from (docs/import.md):
    // input to `gongkai import`, not to the site.
    if (year.name == "patches" || year.name == "sources") continue;
    if (!IsYearFolderName(year.name)) {
      problem().Warning(SourceLocation{content_dir + "/" + year.name},
                        "ignored folder: year folders are named by four digits, such as 2021");
      continue;
    }
    std::vector<DirectoryEntry> departments;
    const std::string year_dir = content_dir + "/" + year.name;
    if (!ListDirectory(year_dir, departments, error)) {
      problem().Error(SourceLocation{year_dir}, error);
      continue;
    }
    for (const DirectoryEntry& department : departments) {
      if (!department.is_directory) {
        problem().Warning(SourceLocation{year_dir + "/" + department.name},
                          "ignored: a year folder holds one folder per department, <jurisdiction>-<department>");
        continue;
      }
      steps.emplace_back().folder = folders.size();
      LoadedFolder& folder = folders.emplace_back();
      folder.year_name = year.name;
      folder.folder_name = department.name;
    }
  }

  ForEachIndex(folders.size(), jobs, [&](size_t i) { LoadDepartmentFolder(content_dir, folders[i]); });

  for (const WalkStep& step : steps) {
    if (!step.folder) {
      diagnostics.Append(step.diagnostics);
      continue;
    }
    LoadedFolder& folder = folders[*step.folder];
    diagnostics.Append(folder.diagnostics);
    if (folder.loaded) site.departments.push_back(std::move(folder.department));
  }
  return site;
}

}  // namespace gongkai
