// gongkai import: published documents → content folders.
//
// Reads every file, reports what it found in each, and writes only when all
// of them imported without errors (so a content folder never holds half an
// import).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/flags.h"
#include "base/file_system.h"
#include "format/content_json.h"
#include "importer/content_folder_writer.h"
#include "importer/document_importer.h"
#include "importer/document_input.h"
#include "importer/identity/department_registry.h"
#include "importer/document_lines.h"
#include "importer/import_messages.h"
#include "importer/import_report_page.h"
#include "importer/source_patches.h"

namespace gongkai {
namespace {

const std::vector<FlagSpec>& ImportFlags() {
  using W = ImportWordId;
  static const std::vector<FlagSpec> flags = {
      {"--out", "DIR", ImportWord(W::kFlagOut)},
      {"--year", "YYYY", ImportWord(W::kFlagYear)},
      {"--jurisdiction", "CODE[:NAME]", ImportWord(W::kFlagJurisdiction)},
      {"--department", "CODE[:NAME]", ImportWord(W::kFlagDepartment)},
      {"--patches", "DIR", ImportWord(W::kFlagPatches)},
      {"--report", "FILE.html", ImportWord(W::kFlagReport)},
      {"--dry-run", "", ImportWord(W::kFlagDryRun)},
  };
  return flags;
}

std::string ImportHelp() {
  return ImportWord(ImportWordId::kHelp) + FlagHelp(ImportFlags()) + "\n" + ImportWord(ImportWordId::kHelpExitStatus);
}

int UsageError(CommandIo io, const std::string& message) {
  io.err << ImportWord(ImportWordId::kUsagePrefix, {message}) << "\n" << ImportWord(ImportWordId::kUsageHint) << "\n";
  return kExitUsage;
}

bool IsDigits(const std::string& text, size_t length) {
  return text.size() == length && text.find_first_not_of("0123456789") == std::string::npos;
}

// --year and --jurisdiction as overrides; nullopt (after a message) when
// they are malformed.
std::optional<IdentityOverrides> ReadOverrides(const ParsedFlags& flags, CommandIo io) {
  IdentityOverrides overrides;
  if (flags.Has("--year")) {
    const std::string year = flags.Get("--year", "");
    if (!IsDigits(year, 4)) {
      UsageError(io, ImportMessage(ImportMessageId::kUsageYear, {year}));
      return std::nullopt;
    }
    overrides.year = std::stoi(year);
  }
  if (flags.Has("--jurisdiction")) {
    const std::string value = flags.Get("--jurisdiction", "");
    const size_t colon = value.find(':');
    overrides.jurisdiction_code = value.substr(0, colon);
    if (colon != std::string::npos) overrides.jurisdiction_name = value.substr(colon + 1);
    if (!IsDigits(overrides.jurisdiction_code, 6)) {
      UsageError(io, ImportMessage(ImportMessageId::kUsageJurisdiction, {value}));
      return std::nullopt;
    }
  }
  if (flags.Has("--department")) {
    const std::string value = flags.Get("--department", "");
    const size_t colon = value.find(':');
    overrides.department_code = value.substr(0, colon);
    if (colon != std::string::npos) overrides.department_name = value.substr(colon + 1);
    const std::string& code = overrides.department_code;
    if (code.empty() || code.size() > 12 || code.find_first_not_of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos) {
      UsageError(io, ImportMessage(ImportMessageId::kUsageDepartment, {value}));
      return std::nullopt;
    }
  }
  return overrides;
}

struct Patches {
  bool ok = true;
  std::optional<PatchFile> file;  // none when the document has no patch file
};

Patches ReadPatches(const std::string& path, Diagnostics& diagnostics) {
  Patches patches;
  if (!IsRegularFile(path)) return patches;
  std::string text, error;
  if (!ReadFileBytes(path, text, error)) {
    diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kPatchUnreadable, {error}));
    patches.ok = false;
    return patches;
  }
  patches.file = ParsePatchFile(path, text, diagnostics);
  patches.ok = patches.file.has_value();
  return patches;
}

// A folder an earlier import wrote from another document: two disclosures
// of one department and year. Re-importing the same document (or a
// corrected one under its name) replaces the folder; another document is
// refused, naming both, so one year never silently replaces another's
// original in the archive.
void CheckFolderHoldsNoOtherDocument(const std::string& out_dir, const DepartmentYear& department,
                                     const std::string& path, Diagnostics& diagnostics) {
  const std::string existing = out_dir + "/" + department.folder + "/department.json";
  if (!IsRegularFile(existing)) return;
  std::string text, error;
  if (!ReadFileBytes(existing, text, error)) return;
  Diagnostics ignored;  // a damaged file is replaced, as before
  const DepartmentYear previous = ParseDepartmentJson(existing, text, ignored);
  if (previous.source.empty() || previous.source == department.source) return;
  diagnostics.Error(FileLocation(path),
                    ImportMessage(ImportMessageId::kFolderHoldsOtherDocument, {department.folder, previous.source, existing}));
}

void PrintDiagnostics(const Diagnostics& diagnostics, CommandIo io) {
  static const std::string error = "：" + ImportWord(ImportWordId::kError) + "：";
  static const std::string warning = "：" + ImportWord(ImportWordId::kWarning) + "：";
  const SeverityWords words{error.c_str(), warning.c_str()};
  for (const Diagnostic& diagnostic : diagnostics.all()) io.err << FormatDiagnostic(diagnostic, words) << "\n";
}

// The report page, written beside its final name and renamed, so a page a
// clerk has open is never half overwritten.
bool WriteReportPage(const std::string& path, const std::string& html, std::string& error) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << html;
    if (!out.good()) {
      error = std::strerror(errno);
      std::remove(temporary.c_str());
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

bool EndsWithHtml(const std::string& path) {
  return path.size() > 5 && (path.compare(path.size() - 5, 5, ".html") == 0 || path.compare(path.size() - 4, 4, ".htm") == 0);
}

}  // namespace

int RunImportCommand(const std::vector<std::string>& args, CommandIo io) {
  FlagError flag_error;
  const auto flags = ParseFlags(args, ImportFlags(), /*allow_positional=*/true, flag_error);
  if (!flags) return UsageError(io, flag_error.message);
  if (flags->help) {
    io.out << ImportHelp();
    return kExitOk;
  }
  if (flags->positional.empty()) return UsageError(io, ImportMessage(ImportMessageId::kUsageNoFile));
  const std::string report_page = flags->Get("--report", "");
  if (flags->Has("--report") && !EndsWithHtml(report_page)) {
    return UsageError(io, ImportMessage(ImportMessageId::kUsageReportFile, {report_page}));
  }
  auto overrides = ReadOverrides(*flags, io);
  if (!overrides) return kExitUsage;
  overrides->dry_run = flags->Has("--dry-run");
  const std::string out_dir = flags->Get("--out", "content");

  const std::string patches_dir = flags->Get("--patches", out_dir + "/patches");

  Diagnostics diagnostics;
  const std::string registry_path = out_dir + "/departments.tsv";
  auto registry = ReadDepartmentRegistry(registry_path, diagnostics);
  if (!registry) {
    PrintDiagnostics(diagnostics, io);
    return kExitContentError;
  }
  std::vector<DepartmentYear> departments;
  std::vector<ImportedDocument> reported;  // for --report
  std::map<std::string, std::string> folder_sources;
  for (const std::string& path : flags->positional) {
    const auto document = ReadDocumentFile(path, diagnostics);
    if (!document) continue;
    ImportOptions options;
    options.overrides = *overrides;
    options.registry = &*registry;
    const auto patches = ReadPatches(PatchFilePath(patches_dir, path), diagnostics);
    if (!patches.ok) continue;
    if (patches.file) options.patches = &*patches.file;
    ImportedDocument imported = ImportDocument(*document, options, diagnostics);
    io.out << FormatImportReport(imported.report, imported.department) << "\n";
    const std::string& folder = imported.department.folder;
    const auto [seen, fresh] = folder_sources.emplace(folder, path);
    if (!fresh) {
      diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kTwoDocumentsOneFolder, {folder, seen->second}));
    }
    if (!overrides->dry_run) CheckFolderHoldsNoOtherDocument(out_dir, imported.department, path, diagnostics);
    departments.push_back(imported.department);
    if (!report_page.empty()) reported.push_back(std::move(imported));
  }
  PrintDiagnostics(diagnostics, io);
  // The page is written whatever the outcome: it is how a clerk checks
  // what was read, most of all when something stopped the import.
  if (!report_page.empty()) {
    std::string error;
    if (!WriteReportPage(report_page, ImportReportPage(reported, diagnostics), error)) {
      io.err << ImportWord(ImportWordId::kUsagePrefix,
                           {report_page + "：" + ImportMessage(ImportMessageId::kCannotWriteReport, {error})})
             << "\n";
      return kExitContentError;
    }
    io.out << ImportWord(ImportWordId::kWroteReport, {report_page}) << "\n";
  }
  if (diagnostics.HasErrors()) {
    io.err << ImportWord(ImportWordId::kErrorsNothingWritten, {std::to_string(diagnostics.error_count())}) << "\n";
    return kExitContentError;
  }
  if (flags->Has("--dry-run")) {
    io.out << ImportWord(ImportWordId::kDryRun) << "\n";
    return kExitOk;
  }
  Diagnostics write_problems;
  if (!WriteContentFolders(out_dir, departments, write_problems)) {
    PrintDiagnostics(write_problems, io);
    return kExitContentError;
  }
  if (registry->changed) {
    std::string error;
    if (!WriteDepartmentRegistry(registry_path, *registry, error)) {
      io.err << ImportWord(ImportWordId::kUsagePrefix,
                           {registry_path + "：" + ImportMessage(ImportMessageId::kCannotWriteRegistry, {error})})
             << "\n";
      return kExitContentError;
    }
    io.out << ImportWord(ImportWordId::kWroteRegistry, {registry_path, std::to_string(registry->departments.size())})
           << "\n";
  }
  for (const DepartmentYear& department : departments) {
    io.out << ImportWord(ImportWordId::kWrote, {out_dir + "/" + department.folder,
                                                std::to_string(department.sections.size()),
                                                department.tables.empty() ? "" : "，tables.json"})
           << "\n";
  }
  return kExitOk;
}

}  // namespace gongkai
