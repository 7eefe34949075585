#include "import_run.h"

#include <sstream>

#include "cli/command.h"

namespace gongkai::testing {

ImportRun RunImport(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  ImportRun run;
  run.status = RunImportCommand(args, CommandIo{out, err});
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace gongkai::testing
