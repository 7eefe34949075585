// gongkai import: published documents → content folders.
//
// Reads every file, reports what it found in each, and writes only when all
// of them imported without errors (so a content folder never holds half an
// import).
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
#include "importer/source_patches.h"

namespace gongkai {
namespace {

const std::vector<FlagSpec>& ImportFlags() {
  static const std::vector<FlagSpec> flags = {
      {"--out", "DIR", "content folder to write into (default: content)"},
      {"--year", "YYYY", "budget year, when the document does not print it (default: from the title or project codes)"},
      {"--jurisdiction", "CODE[:NAME]",
       "6-digit 行政区划代码 and optional name, e.g. 130322:昌黎县 (default: from project codes and department name)"},
      {"--department", "CODE[:NAME]",
       "部门编码（及名称），用于未印部门编码的文件，例如 101 (default: from the document, else the registry DIR/departments.tsv)"},
      {"--patches", "DIR", "folder of patch files, <file name>.patch.json (default: <out>/patches)"},
      {"--dry-run", "", "print the report and write nothing"},
  };
  return flags;
}

std::string ImportHelp() {
  return "usage: gongkai import FILE... [--out DIR] [--year YYYY] [--jurisdiction CODE[:NAME]] [--department CODE[:NAME]] "
         "[--patches DIR] [--dry-run]\n"
         "\n"
         "Turns published budget disclosures (预算信息公开, 预算绩效文本) into content folders:\n"
         "  DIR/<year>/<jurisdiction>-<department>/department.json\n"
         "  DIR/<year>/<jurisdiction>-<department>/sections/NN-<id>.md\n"
         "\n"
         "What each FILE is, is told from its content:\n"
         "  .pdf         the PDF as published: words and their positions (poppler); budget tables\n"
         "               found by what they are (title and header words, code columns)\n"
         "  .docx        Word documents: paragraphs, tables, merged cells, automatic numbering\n"
         "  HTML         web pages of a 预算公开 column: paragraphs and tables\n"
         "  Word text    one table cell per line, indented by a tab; Word field codes such as\n"
         "               { TC 总体绩效目标 \\f A \\l 1 } are removed\n"
         "  PDF text     one table row per line, cells separated by tabs; cells and project codes\n"
         "               that the PDF wrapped (\"社会效益指 标\", \"13052924P0058401208 62\") are rejoined\n"
         "  OCR markdown a scan read by OCR: headings, HTML tags, split columns and cut rows repaired\n"
         "The text is kept as published: only such extraction damage is repaired. Damage the\n"
         "importer cannot repair (OCR garbage) is corrected by a patch file, PATCHES/<file name>.patch.json,\n"
         "listing for each correction the line, the published text, the corrected text and why\n"
         "(docs/import.md).\n"
         "\n"
         "For each file a report shows the format found, the department, jurisdiction and year,\n"
         "units, sections, projects and indicator rows, and each guess (values the document does\n"
         "not print as such, like the jurisdiction), repair and skipped part with its line number.\n"
         "Nothing is written unless every file imports without errors; an earlier import of the\n"
         "same department and year is replaced. --year and --jurisdiction apply to every FILE.\n"
         "\n"
         "flags:\n" +
         FlagHelp(ImportFlags()) +
         "\n"
         "exit status: 0 imported, 1 a document has errors, 2 usage error\n";
}

int UsageError(CommandIo io, const std::string& message) {
  io.err << "gongkai import: " << message << "\n"
         << "run \"gongkai import --help\" for usage\n";
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
      UsageError(io, "--year takes a 4-digit year such as 2024, not \"" + year + "\"");
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
      UsageError(io, "--jurisdiction takes a 6-digit code such as 130322 (or 130322:昌黎县), not \"" + value + "\"");
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
      UsageError(io, "--department 应为部门编码（字母和数字，至多 12 位），例如 101 或 101:上海市普陀区司法局，而不是 \"" + value + "\"");
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
    diagnostics.Error(FileLocation(path), error);
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
  diagnostics.Error(FileLocation(path), "imports into " + department.folder + ", which holds " + previous.source +
                                            " (" + existing + "), another disclosure of the same department and year; "
                                            "remove that folder first if this document replaces it");
}

void PrintDiagnostics(const Diagnostics& diagnostics, CommandIo io) {
  for (const Diagnostic& diagnostic : diagnostics.all()) io.err << FormatDiagnostic(diagnostic) << "\n";
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
  if (flags->positional.empty()) return UsageError(io, "name at least one document to import");
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
      diagnostics.Error(FileLocation(path), "imports into " + folder + " like " + seen->second +
                                                  "; import one document per department and year");
    }
    if (!overrides->dry_run) CheckFolderHoldsNoOtherDocument(out_dir, imported.department, path, diagnostics);
    departments.push_back(std::move(imported.department));
  }
  PrintDiagnostics(diagnostics, io);
  if (diagnostics.HasErrors()) {
    io.err << "gongkai import: " << diagnostics.error_count() << " error(s); nothing written\n";
    return kExitContentError;
  }
  if (flags->Has("--dry-run")) {
    io.out << "dry run: nothing written\n";
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
      io.err << "gongkai import: " << registry_path << ": " << error << "\n";
      return kExitContentError;
    }
    io.out << "wrote " << registry_path << " (" << registry->departments.size() << " 个部门)\n";
  }
  for (const DepartmentYear& department : departments) {
    io.out << "wrote " << out_dir << "/" << department.folder << " (department.json, "
           << department.sections.size() << " section file(s)"
           << (department.tables.empty() ? "" : ", tables.json") << ")\n";
  }
  return kExitOk;
}

}  // namespace gongkai
