// Test support for the reliability, hostile-input and check tests: run the
// gongkai binary as a real process (with its own environment, a file size
// limit, or a kill), and read a whole folder back as bytes.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace gongkai::testing {

inline std::string SourcePath(const std::string& relative) { return std::string(GONGKAI_SOURCE_DIR) + "/" + relative; }

struct ProcessOptions {
  std::vector<std::string> env;  // NAME=value entries replacing the inherited ones
  rlim_t file_size_limit = 0;    // RLIMIT_FSIZE in bytes; 0 = unchanged
};

struct ProcessResult {
  int status = -1;      // exit status; -1 when killed by a signal
  std::string output;   // stdout and stderr together
};

// Starts `args` (args[0] is the program); the caller waits with WaitFor.
// Output goes to `output_file`.
inline pid_t StartProcess(const std::vector<std::string>& args, const ProcessOptions& options,
                          const std::string& output_file) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  const int fd = open(output_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dup2(fd, 1);
  dup2(fd, 2);
  for (const std::string& entry : options.env) putenv(const_cast<char*>(entry.c_str()));
  if (options.file_size_limit) {
    signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG instead
    const rlimit limit{options.file_size_limit, options.file_size_limit};
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  execv(argv[0], argv.data());
  _exit(127);
}

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline ProcessResult WaitFor(pid_t pid, const std::string& output_file) {
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadWholeFile(output_file)};
}

// Runs the gongkai binary under test to the end.
inline ProcessResult RunGongkai(const std::vector<std::string>& args, const ProcessOptions& options = {}) {
  std::vector<std::string> argv = {GONGKAI_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  char pattern[] = "/tmp/gongkai-output-XXXXXX";
  close(mkstemp(pattern));
  const ProcessResult result = WaitFor(StartProcess(argv, options, pattern), pattern);
  unlink(pattern);
  return result;
}

// Every file under `dir` (hidden ones included), by relative path.
inline std::map<std::string, std::string> ReadTree(const std::string& dir) {
  std::map<std::string, std::string> files;
  std::error_code code;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, code);
       !code && it != std::filesystem::recursive_directory_iterator(); it.increment(code)) {
    if (it->is_regular_file()) {
      files[std::filesystem::relative(it->path(), dir).string()] = ReadWholeFile(it->path().string());
    }
  }
  return files;
}

// Every path under `dir`, files and folders, for "nothing else was written".
inline std::vector<std::string> ListTree(const std::string& dir) {
  std::vector<std::string> paths;
  std::error_code code;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, code);
       !code && it != std::filesystem::recursive_directory_iterator(); it.increment(code)) {
    paths.push_back(std::filesystem::relative(it->path(), dir).string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace gongkai::testing
