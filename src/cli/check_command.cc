#include "check/built_site.h"
#include "check/site_checker.h"
#include "cli/command.h"
#include "cli/console.h"
#include "cli/flags.h"

namespace gongkai {
namespace {

const std::vector<FlagSpec>& CheckFlags() {
  static const std::vector<FlagSpec> flags = {
      {"--site", "DIR", "the built site to check (default: site)"},
      {"--quiet", "", "print only the problems"},
  };
  return flags;
}

const char kCheckHelp[] =
    "Usage: gongkai check [flags]\n\n"
    "Reads a built site without changing it and reports every page that does not parse cleanly as\n"
    "HTML, every internal link or #anchor that leads nowhere, images without a text alternative,\n"
    "data tables without header cells, and any <script>, on... attribute, javascript:/data: URL or\n"
    "inline style that the theme did not put there (the theme's scripts and styles are files under\n"
    "assets/). 'gongkai build' runs the same checks before it puts a new site in place.\n\n"
    "Exit status: 0 clean, 1 problems found, 2 usage error.\n\n"
    "Flags:\n";

}  // namespace

int RunCheckCommand(const std::vector<std::string>& args, CommandIo io) {
  FlagError error;
  const auto flags = ParseFlags(args, CheckFlags(), false, error);
  if (!flags) {
    io.err << "gongkai check: " << error.message << "\nRun 'gongkai check --help' for the flags.\n";
    return kExitUsage;
  }
  if (flags->help) {
    io.out << kCheckHelp << FlagHelp(CheckFlags());
    return kExitOk;
  }
  const std::string site_dir = flags->Get("--site", "site");
  Diagnostics diagnostics;
  OutputFiles files;
  CheckSummary summary;
  if (ReadBuiltSite(site_dir, files, diagnostics)) {
    CheckOptions options;
    options.base_url = BaseUrlOfBuiltSite(files);
    options.display_root = site_dir + "/";
    summary = CheckSite(files, options, diagnostics);
  }
  PrintDiagnostics(diagnostics, io.err);
  if (diagnostics.HasErrors()) {
    io.err << "gongkai check: " << site_dir << " has problems\n";
    return kExitContentError;
  }
  if (!flags->Has("--quiet")) {
    io.out << "gongkai check: " << summary.page_count << " pages, " << summary.link_count << " internal links, "
           << files.size() << " files: clean\n";
  }
  return kExitOk;
}

}  // namespace gongkai
