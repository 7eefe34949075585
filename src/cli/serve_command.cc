// gongkai serve: build, serve on 127.0.0.1, watch, rebuild in place, reload.
//
// Finance staff preview a disclosure before it is published: they edit a
// department.json or a section, save, and the open page shows the change.
// Each rebuild is `gongkai build --incremental` into the served folder, so
// a failed one leaves the last good site served, and its errors go to the
// console and over the page (serve/http_server.h).
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include "cli/command.h"
#include "cli/console.h"
#include "cli/flags.h"
#include "pipeline.h"
#include "serve/http_server.h"
#include "serve/input_watcher.h"

namespace gongkai {
namespace {

const std::vector<FlagSpec>& ServeFlags() {
  static const std::vector<FlagSpec> flags = {
      {"--content", "DIR", "content folder to read and watch (default: content)"},
      {"--theme", "DIR", "theme folder to use and watch (default: themes/default)"},
      {"--out", "DIR", "where the site is built and served from (default: a new temporary folder, removed at exit)"},
      {"--base-url", "PATH", "where the site is served, e.g. /yusuan/ (default: site.json's base_url)"},
      {"--port", "N", "port on 127.0.0.1 (default: 1313)"},
  };
  return flags;
}

const char kServeHelp[] =
    "Usage: gongkai serve [flags]\n\n"
    "Builds the site, serves it on http://127.0.0.1:PORT/ under its base URL, and watches the content\n"
    "folder and the theme: on every save the site is rebuilt in place (only what changed is written)\n"
    "and the open page reloads. A failed rebuild is shown in the console and over the page; the last\n"
    "good site stays served. Ctrl-C stops. See docs/incremental.md.\n\n"
    "Flags:\n";

// "https://host/yusuan/" → "/yusuan/"; "/portal" → "/portal/".
std::string BasePathOf(const std::string& base_url) {
  std::string path = base_url;
  const size_t scheme = path.find("://");
  if (scheme != std::string::npos) {
    const size_t slash = path.find('/', scheme + 3);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  if (path.empty() || path[0] != '/') path = "/" + path;
  if (path.back() != '/') path += '/';
  return path;
}

// The errors of a failed build, as the console shows them, for the page.
std::string ErrorText(const Diagnostics& diagnostics) {
  std::string text;
  int shown = 0;
  for (const Diagnostic& diagnostic : diagnostics.all()) {
    if (diagnostic.severity != Severity::kError) continue;
    if (++shown > kMaxShownDiagnostics) break;
    text += FormatDiagnostic(diagnostic) + "\n";
  }
  return text.empty() ? "构建失败（原因见控制台）" : text;
}

// Ctrl-C (SIGINT), SIGTERM and SIGHUP, waited for on one thread: blocked
// in every other, so the server's threads never see them.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&set_);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set_, signal);
    pthread_sigmask(SIG_BLOCK, &set_, &previous_);
  }
  ~StopSignals() { pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;
  void Wait() const {
    int signal = 0;
    sigwait(&set_, &signal);
  }

 private:
  sigset_t set_, previous_;
};

}  // namespace

int RunServeCommand(const std::vector<std::string>& args, CommandIo io) {
  FlagError error;
  const auto flags = ParseFlags(args, ServeFlags(), false, error);
  if (!flags) {
    io.err << "gongkai serve: " << error.message << "\nRun 'gongkai serve --help' for the flags.\n";
    return kExitUsage;
  }
  if (flags->help) {
    io.out << kServeHelp << FlagHelp(ServeFlags());
    return kExitOk;
  }
  const std::string port_text = flags->Get("--port", "1313");
  const bool digits = !port_text.empty() && port_text.size() <= 5 && port_text.find_first_not_of("0123456789") == std::string::npos;
  if (!digits || std::stoi(port_text) < 1 || std::stoi(port_text) > 65535) {
    io.err << "gongkai serve: --port 需要 1 到 65535 之间的端口号，收到的是 \"" << port_text << "\"\n";
    return kExitUsage;
  }

  BuildOptions options;
  options.content_dir = flags->Get("--content", options.content_dir);
  options.theme_dir = flags->Get("--theme", options.theme_dir);
  options.base_url = flags->Get("--base-url", "");
  options.incremental = true;
  std::string temporary;  // the folder we made, removed at exit
  if (flags->Has("--out")) {
    options.out_dir = flags->Get("--out", "");
  } else {
    std::string pattern = (std::filesystem::temp_directory_path() / "gongkai-serve-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
      io.err << "gongkai serve: 无法创建临时文件夹，请用 --out 指定网站写到哪里\n";
      return kExitContentError;
    }
    temporary = pattern + "/site";
    options.out_dir = temporary;
  }
  const auto remove_temporary = [&] {
    std::error_code code;
    if (!temporary.empty()) std::filesystem::remove_all(std::filesystem::path(temporary).parent_path(), code);
  };

  const StopSignals signals;  // before any thread starts, so all inherit the mask
  const auto build = [&](std::string& failure) {
    Diagnostics diagnostics;
    const auto start = std::chrono::steady_clock::now();
    const BuildSummary summary = BuildSite(options, diagnostics);
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    PrintDiagnostics(diagnostics, io.err);
    failure = summary.complete ? "" : ErrorText(diagnostics);
    if (!summary.complete) {
      io.err << "gongkai serve: 构建失败，仍在提供上一次成功构建的网站\n";
    } else if (!summary.up_to_date) {
      io.out << "gongkai serve: 已构建（" << took.count() << " 毫秒，写入 " << summary.files_changed << " 个文件，删除 "
             << summary.files_removed << " 个）\n";
    }
    io.out.flush();
    return summary;
  };

  PreviewSettings settings;
  settings.site_dir = options.out_dir;
  settings.port = std::stoi(port_text);
  std::string bind_error;
  const std::unique_ptr<PreviewServer> server = PreviewServer::Bind(settings, bind_error);
  if (!server) {
    io.err << "gongkai serve: " << bind_error << "\n";
    remove_temporary();
    return kExitContentError;
  }
  std::string failure;
  const BuildSummary first = build(failure);
  const std::string base_path = BasePathOf(first.base_url.empty() ? "/" : first.base_url);
  if (!failure.empty()) server->SiteRebuilt(failure);
  io.out << "gongkai serve: 网站在 http://127.0.0.1:" << settings.port << base_path
         << " ；修改 " << options.content_dir << " 或主题后自动重新构建；按 Ctrl-C 停止\n";
  io.out.flush();

  std::atomic<bool> stopping{false};
  std::thread serving([&] { server->Run(base_path); });
  std::thread waiting([&] {
    signals.Wait();
    stopping.store(true);
  });

  const std::vector<std::string> watched = {options.content_dir, options.theme_dir};
  InputSnapshot seen = SnapshotInputs(watched);
  while (!stopping.load()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    InputSnapshot now = SnapshotInputs(watched);
    if (now == seen) continue;
    // An editor saves in steps (a temporary file, a rename): wait until
    // the folders hold still before building.
    for (int settle = 0; settle < 20 && !stopping.load(); ++settle) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      InputSnapshot again = SnapshotInputs(watched);
      if (again == now) break;
      now = std::move(again);
    }
    seen = std::move(now);
    if (stopping.load()) break;
    const std::string last_failure = failure;
    const BuildSummary summary = build(failure);
    // Also when a fix puts the inputs back as the last good build had them
    // (nothing to write, but the error shown must go).
    if (!summary.up_to_date || failure != last_failure) server->SiteRebuilt(failure);
  }
  io.out << "gongkai serve: 已停止\n";
  server->Stop();
  serving.join();
  waiting.join();
  remove_temporary();
  return kExitOk;
}

}  // namespace gongkai
