#include <chrono>
#include <filesystem>

#include "cli/build_progress.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/flags.h"
#include "base/file_system.h"
#include "pipeline.h"

namespace gongkai {
namespace {

// Without --theme: themes/default of the checkout we run in (make site, the
// README's commands), else the default theme installed beside the binary
// (cmake --install puts it at <prefix>/share/gongkai/themes/default and the
// binary at <prefix>/bin; the relative path between them is set by CMake),
// found from where the binary is, so an installed tree can be moved.
std::string DefaultThemeDir(const std::string& checkout_theme) {
  if (IsDirectory(checkout_theme)) return checkout_theme;
#ifdef GONGKAI_THEME_FROM_BINARY
  std::error_code error;
  const std::filesystem::path binary = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const std::filesystem::path installed = (binary.parent_path() / GONGKAI_THEME_FROM_BINARY).lexically_normal();
    if (IsDirectory(installed.string())) return installed.string();
  }
#endif
  return checkout_theme;  // missing: LoadTheme says so, naming it
}

const std::vector<FlagSpec>& BuildFlags() {
  static const std::vector<FlagSpec> flags = {
      {"--content", "DIR", "content folder to read (default: content)"},
      {"--theme", "DIR",
       "theme folder: layouts, partials, assets (default: themes/default here, else the installed default theme)"},
      {"--out", "DIR", "where the site is written, replacing what is there (default: site)"},
      {"--base-url", "PATH", "where the site will be served, e.g. /yusuan/ (default: site.json's base_url)"},
      {"--no-check", "", "skip the checks of the new site before it goes in place (see gongkai check)"},
      {"--dry-run", "", "render and check everything, write nothing (the old site stays)"},
      {"--incremental", "",
       "update --out in place, writing only changed files; nothing at all when no input changed (docs/incremental.md)"},
      {"--jobs", "N", "threads to render, check and write with (default: every core); the site is the same for any N"},
      {"--quiet", "", "print only errors and warnings (no progress line)"},
      {"--verbose", "", "print how long each stage took"},
  };
  return flags;
}

const char kBuildHelp[] =
    "Usage: gongkai build [flags]\n\n"
    "Reads the content folder (site.json, <year>/<jurisdiction>-<department>/department.json and\n"
    "sections/*.md; see docs/format.md), checks it, and renders the portal: a home page, a page per\n"
    "year, per department-year and per project, and a 404 page. The site is written to a new folder\n"
    "and swapped in only when everything succeeded: after an error the previous site is unchanged.\n\n"
    "Flags:\n";

}  // namespace

int RunBuildCommand(const std::vector<std::string>& args, CommandIo io) {
  FlagError error;
  const auto flags = ParseFlags(args, BuildFlags(), false, error);
  if (!flags) {
    io.err << "gongkai build: " << error.message << "\nRun 'gongkai build --help' for the flags.\n";
    return kExitUsage;
  }
  if (flags->help) {
    io.out << kBuildHelp << FlagHelp(BuildFlags());
    return kExitOk;
  }
  BuildOptions options;
  options.content_dir = flags->Get("--content", options.content_dir);
  options.theme_dir = flags->Has("--theme") ? flags->Get("--theme", "") : DefaultThemeDir(options.theme_dir);
  options.out_dir = flags->Get("--out", options.out_dir);
  options.base_url = flags->Get("--base-url", options.base_url);
  options.check = !flags->Has("--no-check");
  options.write = !flags->Has("--dry-run");
  options.incremental = flags->Has("--incremental");
  if (flags->Has("--jobs")) {
    const std::string jobs = flags->Get("--jobs", "");
    const bool digits = !jobs.empty() && jobs.size() <= 4 && jobs.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoul(jobs) == 0) {
      io.err << "gongkai build: --jobs wants a number of threads from 1 to 9999, found \"" << jobs
             << "\"\nRun 'gongkai build --help' for the flags.\n";
      return kExitUsage;
    }
    options.jobs = static_cast<unsigned>(std::stoul(jobs));
  }

  // The progress line only where someone watches it: a terminal, not --quiet.
  BuildProgress progress(io.err, io.err_is_terminal && !flags->Has("--quiet"), flags->Has("--verbose"));
  options.observer = &progress;

  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  const BuildSummary summary = BuildSite(options, diagnostics);
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  progress.Finish();
  PrintDiagnostics(diagnostics, io.err);
  if (!summary.complete) {
    io.err << "gongkai build: nothing written; " << options.out_dir << " is unchanged\n";
    return kExitContentError;
  }
  if (summary.up_to_date) {
    if (!flags->Has("--quiet")) {
      io.out << "gongkai build: no input changed since the last build; nothing written (" << elapsed.count() << " ms)\n";
    }
    return kExitOk;
  }
  if (options.incremental && flags->Has("--verbose")) io.err << "gongkai build: rendered because " << summary.why_rendered << "\n";
  if (!flags->Has("--quiet")) {
    io.out << "gongkai build: " << summary.department_count << " department-years, " << summary.project_count
           << " projects, " << summary.page_count << " pages, " << summary.file_count << " files ("
           << summary.byte_count / 1024 << " KiB) in " << elapsed.count() << " ms"
           << (summary.written ? "" : ", dry run: nothing written");
    if (options.incremental && summary.written) {
      io.out << "; " << summary.page_count - summary.pages_carried << " pages rendered, " << summary.pages_carried
             << " carried over; " << summary.files_changed << " files written, " << summary.files_removed
             << " removed, the rest untouched";
    }
    io.out << "\n";
    if (summary.written)
      io.out << "home page: " << std::filesystem::absolute(options.out_dir + "/index.html").lexically_normal().string()
           << "\n";
  }
  return kExitOk;
}

}  // namespace gongkai
