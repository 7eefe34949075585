// The CLI's commands. Each lives in its own <name>_command.cc and is listed
// once in cli.cc's table, which also feeds `gongkai --help`.
//
// Exit status, for every command: 0 ok, 1 the input has errors (content,
// documents, site), 2 usage (unknown command or flag).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace gongkai {

constexpr int kExitOk = 0;
constexpr int kExitContentError = 1;
constexpr int kExitUsage = 2;

struct CommandIo {
  std::ostream& out;  // results and reports
  std::ostream& err;  // diagnostics and usage errors
  // `err` is a terminal that can redraw a line (not TERM=dumb): only then
  // is a live progress line shown.
  bool err_is_terminal = false;
};

// `args` are the arguments after the command's name.
int RunBuildCommand(const std::vector<std::string>& args, CommandIo io);
int RunImportCommand(const std::vector<std::string>& args, CommandIo io);
int RunCheckCommand(const std::vector<std::string>& args, CommandIo io);
int RunServeCommand(const std::vector<std::string>& args, CommandIo io);

// Entry point: argv as given to main().
int RunCli(int argc, char** argv);

}  // namespace gongkai
