#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>

#include "base/spelling.h"
#include "cli/command.h"

namespace gongkai {
namespace {

struct CommandEntry {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>&, CommandIo);
};

// The one table of commands: dispatch and `gongkai --help` both read it.
const std::vector<CommandEntry>& Commands() {
  static const std::vector<CommandEntry> commands = {
      {"build", "render a content folder into a static site", RunBuildCommand},
      {"import", "turn published disclosure documents into content folders", RunImportCommand},
      {"check", "check a built site: HTML, links, accessibility, foreign scripts", RunCheckCommand},
      {"serve", "preview: build, serve on 127.0.0.1, rebuild and reload on every save", RunServeCommand},
  };
  return commands;
}

void PrintUsage(std::ostream& out) {
  out << "gongkai " GONGKAI_VERSION " — static site generator for public budget disclosure portals (预算信息公开)\n\n"
         "Usage: gongkai <command> [flags]\n\nCommands:\n";
  for (const CommandEntry& command : Commands()) {
    out << "  " << command.name << std::string(10 - std::string(command.name).size(), ' ') << command.summary << "\n";
  }
  out << "\n'gongkai <command> --help' explains a command and its flags.\n"
         "Exit status: 0 ok, 1 the input has errors, 2 usage error.\n";
}

// No input may end the program with an uncaught exception (an abort, exit
// 134, and no message): whatever a reader missed is reported as what it is.
int RunGuarded(const CommandEntry& command, const std::vector<std::string>& args, CommandIo io) {
  try {
    return command.run(args, io);
  } catch (const std::bad_alloc&) {
    io.err << "gongkai " << command.name << ": out of memory; is an input file far larger than it should be?\n";
  } catch (const std::exception& error) {
    io.err << "gongkai " << command.name << ": internal error: " << error.what()
           << "; this is a bug in gongkai: please report it with the input that caused it\n";
  } catch (...) {
    io.err << "gongkai " << command.name << ": internal error; this is a bug in gongkai: please report it\n";
  }
  return kExitContentError;
}

}  // namespace

int RunCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const char* term = std::getenv("TERM");
  const bool terminal = isatty(STDERR_FILENO) && !(term && std::string(term) == "dumb");
  CommandIo io{std::cout, std::cerr, terminal};
  if (args.empty()) {
    PrintUsage(io.err);
    return kExitUsage;
  }
  const std::string name = args[0];
  if (name == "-h" || name == "--help" || name == "help") {
    PrintUsage(io.out);
    return kExitOk;
  }
  if (name == "--version" || name == "version") {
    io.out << "gongkai " GONGKAI_VERSION "\n";
    return kExitOk;
  }
  std::vector<std::string> names;
  for (const CommandEntry& command : Commands()) {
    if (name == command.name) return RunGuarded(command, {args.begin() + 1, args.end()}, io);
    names.push_back(command.name);
  }
  io.err << "gongkai: unknown command \"" << name << "\"";
  const std::string suggestion = ClosestMatch(name, names);
  if (!suggestion.empty()) io.err << "; did you mean \"" << suggestion << "\"?";
  io.err << "\nRun 'gongkai --help' for the list of commands.\n";
  return kExitUsage;
}

}  // namespace gongkai
