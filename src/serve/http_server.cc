#include "serve/http_server.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <httplib.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>

namespace gongkai {

const char kReloadScript[] = R"JS(// gongkai serve: reloads this page when the site is rebuilt (not part of the site).
(function () {
  'use strict';
  var version = null;
  var banner = null;
  function show(error) {
    if (!error) {
      if (banner) banner.remove();
      banner = null;
      return;
    }
    if (!banner) {
      banner = document.createElement('pre');
      banner.id = 'gongkai-serve-error';
      banner.setAttribute('role', 'alert');
      var s = banner.style;
      s.position = 'fixed'; s.left = '0'; s.right = '0'; s.top = '0'; s.zIndex = '2147483647';
      s.margin = '0'; s.padding = '1em'; s.maxHeight = '60vh'; s.overflow = 'auto'; s.whiteSpace = 'pre-wrap';
      s.background = '#fff3f3'; s.color = '#8b0000'; s.borderBottom = '3px solid #8b0000'; s.font = '14px monospace';
      document.body.appendChild(banner);
    }
    banner.textContent = '构建失败，下面仍是上一次成功构建的网站：\n\n' + error;
  }
  function poll() {
    var url = '/__gongkai/status' + (version === null ? '' : '?since=' + version);
    fetch(url, { cache: 'no-store' }).then(function (response) {
      return response.json();
    }).then(function (status) {
      if (version !== null && status.version !== version && !status.error) {
        location.reload();
        return;
      }
      version = status.version;
      show(status.error);
      poll();
    }).catch(function () {
      setTimeout(poll, 1000);  // the server restarts or stopped: try again
    });
  }
  poll();
})();
)JS";

std::string WithReloadScript(const std::string& html) {
  static const std::string tag = "<script src=\"/__gongkai/reload.js\" defer></script>";
  const size_t body_end = html.rfind("</body>");
  if (body_end == std::string::npos) return html + tag;
  return html.substr(0, body_end) + tag + html.substr(body_end);
}

namespace {

// The site's file types (render/, export/, the theme's assets).
struct ContentType {
  const char* extension;
  const char* type;
};
constexpr ContentType kContentTypes[] = {
    {".html", "text/html; charset=utf-8"},  {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
    {".xml", "application/xml"},             {".txt", "text/plain; charset=utf-8"},
    {".svg", "image/svg+xml"},               {".png", "image/png"},
    {".ico", "image/x-icon"},                {".woff2", "font/woff2"},
    {".csv", "text/csv; charset=utf-8"},     {".pdf", "application/pdf"},
    {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {".sqlite", "application/vnd.sqlite3"},  {".zip", "application/zip"},
    {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
};

const char* ContentTypeOf(const std::string& path) {
  for (const ContentType& entry : kContentTypes) {
    const std::string extension = entry.extension;
    if (path.size() >= extension.size() && path.compare(path.size() - extension.size(), extension.size(), extension) == 0) {
      return entry.type;
    }
  }
  return "application/octet-stream";
}

bool ReadFile(const std::string& path, std::string& bytes) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return false;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  bytes = out.str();
  return static_cast<bool>(in) || in.eof();
}

// A path under the site that stays inside it: no "..", "." or empty
// segment, no backslash or control character.
bool IsSafeRelative(const std::string& path) {
  if (path.find('\\') != std::string::npos) return false;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const std::string segment = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (segment == "." || segment == ".." || (segment.empty() && slash != std::string::npos)) return false;
    for (char c : segment) {
      if (static_cast<unsigned char>(c) < 0x20) return false;
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

std::string JsonString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Whether 127.0.0.1:port can be bound by a socket that does not share
// ports: httplib's own socket sets SO_REUSEPORT, under which a taken port
// would look free. Closed again at once; never listened on.
int BindErrno(int port) {
  const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (probe < 0) return errno;
  int yes = 1;
  ::setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);  // a TIME_WAIT port is free, a listening one not
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const int result = ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 ? 0 : errno;
  ::close(probe);
  return result;
}

}  // namespace

class PreviewServer::Impl {
 public:
  explicit Impl(PreviewSettings settings) : settings_(std::move(settings)) {}

  bool Bind(std::string& error) {
    const int port = settings_.port;
    const int bind_error = BindErrno(port);
    if (bind_error == EADDRINUSE) {
      error = "端口 " + std::to_string(port) + " 已被占用（另一个程序正在使用它）；请关闭那个程序，或用 --port 换一个端口，例如 --port " +
              std::to_string(port == 65535 ? 8000 : port + 1);
      return false;
    }
    if (bind_error != 0) {
      error = "无法使用端口 " + std::to_string(port) + "：" + std::strerror(bind_error) + "；请用 --port 换一个端口";
      return false;
    }
    // The library's default adds SO_REUSEPORT: a second server would then
    // bind the port this one listens on. SO_REUSEADDR alone does not.
    server_.set_socket_options([](socket_t socket) {
      int yes = 1;
      ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    Routes();
    if (!server_.bind_to_port("127.0.0.1", port)) {
      error = "端口 " + std::to_string(port) + " 已被占用或无法使用；请用 --port 换一个端口";
      return false;
    }
    return true;
  }

  void Run(const std::string& base_path) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      base_path_ = base_path;
    }
    server_.listen_after_bind();
  }

  void Stop() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    server_.stop();
  }

  void SiteRebuilt(const std::string& error) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      ++version_;
      error_ = error;
    }
    changed_.notify_all();
  }

 private:
  void Routes() {
    server_.Get("/__gongkai/reload.js", [](const httplib::Request&, httplib::Response& response) {
      response.set_header("Cache-Control", "no-store");
      response.set_content(kReloadScript, "text/javascript; charset=utf-8");
    });
    server_.Get("/__gongkai/status", [this](const httplib::Request& request, httplib::Response& response) {
      Status(request, response);
    });
    server_.Get(".*", [this](const httplib::Request& request, httplib::Response& response) { Page(request, response); });
  }

  // Long polling: with ?since=N, answers when the version is no longer N
  // (or after 25 s, so no proxy or browser gives up on the request first).
  void Status(const httplib::Request& request, httplib::Response& response) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (request.has_param("since")) {
      const std::string since = request.get_param_value("since");
      changed_.wait_for(lock, std::chrono::seconds(25),
                        [&] { return stopping_ || std::to_string(version_) != since; });
    }
    response.set_header("Cache-Control", "no-store");
    response.set_content("{\"version\":" + std::to_string(version_) + ",\"error\":" + JsonString(error_) + "}",
                         "application/json");
  }

  void Page(const httplib::Request& request, httplib::Response& response) {
    std::string base;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      base = base_path_;
    }
    const std::string& path = request.path;
    if (path.compare(0, base.size(), base) != 0) {
      if (path == "/" || path + "/" == base) {
        response.set_redirect(base);
        return;
      }
      NotFound(response);
      return;
    }
    std::string relative = path.substr(base.size());
    if (!IsSafeRelative(relative)) {
      NotFound(response);
      return;
    }
    std::string file = settings_.site_dir + "/" + relative;
    struct stat info;
    if (!relative.empty() && relative.back() != '/' && ::stat(file.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      response.set_redirect(path + "/");  // a folder: its index.html, with links relative to it
      return;
    }
    if (relative.empty() || relative.back() == '/') {
      relative += "index.html";
      file += "index.html";
    }
    std::string bytes;
    if (!ReadFile(file, bytes)) {
      NotFound(response);
      return;
    }
    Send(response, relative, bytes);
  }

  void NotFound(httplib::Response& response) {
    std::string bytes;
    if (!ReadFile(settings_.site_dir + "/404.html", bytes)) {
      bytes = "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>没有这个页面</title>"
              "<body><p>没有这个页面（网站还没有构建成功时也是这样）。</p></body></html>";
    }
    Send(response, "404.html", bytes);
    response.status = 404;
  }

  static void Send(httplib::Response& response, const std::string& relative, const std::string& bytes) {
    const char* type = ContentTypeOf(relative);
    response.set_header("Cache-Control", "no-store");  // a preview: always the newest build
    if (std::strncmp(type, "text/html", 9) == 0) {
      response.set_content(WithReloadScript(bytes), type);
    } else {
      response.set_content(bytes, type);
    }
  }

  PreviewSettings settings_;
  httplib::Server server_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::string base_path_ = "/";
  long version_ = 1;
  std::string error_;
  bool stopping_ = false;
};

PreviewServer::PreviewServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PreviewServer::~PreviewServer() = default;

std::unique_ptr<PreviewServer> PreviewServer::Bind(const PreviewSettings& settings, std::string& error) {
  auto impl = std::make_unique<Impl>(settings);
  if (!impl->Bind(error)) return nullptr;
  return std::unique_ptr<PreviewServer>(new PreviewServer(std::move(impl)));
}

void PreviewServer::Run(const std::string& base_path) { impl_->Run(base_path); }
void PreviewServer::Stop() { impl_->Stop(); }
void PreviewServer::SiteRebuilt(const std::string& error) { impl_->SiteRebuilt(error); }

}  // namespace gongkai
