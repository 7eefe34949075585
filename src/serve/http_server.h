// PreviewServer: `gongkai serve`'s web server, the one file that uses
// cpp-httplib (Debian's libcpp-httplib-dev).
//
// Serves a built site from its folder on 127.0.0.1, under the site's base
// path (/ redirects there), exactly as built, except that each HTML
// response gets one <script src="/__gongkai/reload.js"> before </body>: the
// script (embedded here, never written into the site) long-polls
// /__gongkai/status and reloads the page when a rebuild changed the site,
// or shows the build error over the page when a rebuild failed. A
// separate script file, not inline code: the pages' rules forbid inline
// scripts.
//
// The port is bound without SO_REUSEPORT (httplib's default would let a
// second server share a port another one listens on): a taken port is an
// error naming the port.
#pragma once

#include <memory>
#include <string>

namespace gongkai {

struct PreviewSettings {
  std::string site_dir;   // the built site
  int port = 1313;
};

class PreviewServer {
 public:
  // Binds 127.0.0.1:port; nothing, with `error` (plain Chinese, naming
  // the port), when it cannot be bound.
  static std::unique_ptr<PreviewServer> Bind(const PreviewSettings& settings, std::string& error);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  // Answers requests until Stop(), the site under `base_path` ("/portal/":
  // starts and ends with '/'); call on its own thread. Bound first, so a
  // taken port is reported before the first build.
  void Run(const std::string& base_path);
  // From any thread: ends Run() and every waiting reload request.
  void Stop();
  // From any thread, after each rebuild: the site changed (error empty), or
  // the rebuild failed with `error` (the last good site stays served).
  void SiteRebuilt(const std::string& error);

  class Impl;

 private:
  explicit PreviewServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The reload script the server serves at /__gongkai/reload.js.
extern const char kReloadScript[];

// `html` with the reload script's tag before its last </body> (at the end
// when it has none).
std::string WithReloadScript(const std::string& html);

}  // namespace gongkai
