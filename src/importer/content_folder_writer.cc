#include "importer/content_folder_writer.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "format/section_file.h"
#include "importer/document_lines.h"
#include "write/folder_swap.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

namespace fs = std::filesystem;

// "01-measures.md": the number keeps the document's order of sections.
std::string SectionFileName(size_t index, const std::string& id) {
  const std::string number = std::to_string(index + 1);
  return (number.size() < 2 ? "0" + number : number) + "-" + id + ".md";
}

bool WriteFile(const fs::path& path, const std::string& bytes, Diagnostics& diagnostics) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) {
    diagnostics.Error(FileLocation(path.parent_path().string()), ImportMessage(ImportMessageId::kCannotCreateFolder, {error.message()}));
    return false;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  out.close();
  if (!out) {
    diagnostics.Error(FileLocation(path.string()), ImportMessage(ImportMessageId::kCannotWriteFile));
    return false;
  }
  return true;
}

// Moves `staged` to `target` with the site writer's swap, setting aside
// what was at `target` in `old`.
bool SwapIn(const fs::path& staged, const fs::path& target, const fs::path& old, Diagnostics& diagnostics) {
  std::error_code error;
  fs::create_directories(target.parent_path(), error);
  std::string why = error.message();
  if (!error && SwapFolderIntoPlace(staged, target, old, why)) return true;
  diagnostics.Error(FileLocation(target.string()), ImportMessage(ImportMessageId::kCannotPutFolderInPlace, {why}));
  return false;
}

}  // namespace

OutputFiles ContentFolderFiles(const DepartmentYear& department) {
  OutputFiles files;
  files.push_back({department.folder + "/department.json", DepartmentToJson(department)});
  for (size_t i = 0; i < department.sections.size(); ++i) {
    const Section& section = department.sections[i];
    files.push_back({department.folder + "/sections/" + SectionFileName(i, section.id), SectionToFile(section)});
  }
  // A file of its own, so tables and narrative are reviewed apart (docs/format.md).
  if (!department.tables.empty()) {
    files.push_back({department.folder + "/tables.json", BudgetTablesToJson(department.tables)});
  }
  return files;
}

bool WriteContentFolders(const std::string& out_dir, const std::vector<DepartmentYear>& departments,
                         Diagnostics& diagnostics) {
  // Inside <out>, so that the final moves are renames on one file system.
  const fs::path staging = fs::path(out_dir) / (".gongkai-import-" + std::to_string(getpid()));
  std::error_code error;
  fs::remove_all(staging, error);
  bool ok = true;
  for (const DepartmentYear& department : departments) {
    for (const OutputFile& file : ContentFolderFiles(department)) {
      ok = ok && WriteFile(staging / "new" / file.path, file.bytes, diagnostics);
    }
  }
  size_t swapped = 0;  // departments in place
  while (ok && swapped < departments.size()) {
    const std::string& folder = departments[swapped].folder;
    ok = SwapIn(staging / "new" / folder, fs::path(out_dir) / folder, staging / ("old-" + std::to_string(swapped)),
                diagnostics);
    if (ok) ++swapped;
  }
  if (!ok) {
    // All or nothing: the departments already swapped in go back out, and
    // their earlier imports back in, before the staging folder goes.
    for (size_t i = swapped; i-- > 0;) {
      const std::string& folder = departments[i].folder;
      UndoFolderSwap(staging / "new" / folder, fs::path(out_dir) / folder, staging / ("old-" + std::to_string(i)));
    }
  }
  fs::remove_all(staging, error);
  return ok;
}

}  // namespace gongkai
