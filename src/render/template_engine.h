// TemplateEngine: mustache templates of a theme, rendered with a View.
// The only file that touches kainjow/mustache.
//
// Two sharp edges of mustache are handled here: a syntax error comes back
// as file:line:col (not a byte offset), and a variable the view does not
// provide is recorded instead of silently rendering as nothing, so a typo
// in a theme fails the build.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "base/diagnostic.h"
#include "load/theme_loader.h"
#include "render/view.h"

namespace gongkai {

class TemplateEngine {
 public:
  // Checks every layout and partial for syntax errors.
  static std::optional<TemplateEngine> Compile(const Theme& theme, Diagnostics& diagnostics);

  // Renders `layout` (a key of Theme::layouts). Names the templates asked
  // for but the view lacks are added to `missing`. Safe to call from
  // several threads at once; parses the layout each call (a Worker does not).
  std::string Render(const std::string& layout, const View& view, std::set<std::string>& missing) const;

  // The templates of one render thread, each parsed once and kept for every
  // page that thread renders: parsing was a third of rendering a page, and
  // a parsed mustache keeps state while it renders, so it cannot be shared
  // between threads. The engine must outlive its workers.
  class Worker {
   public:
    explicit Worker(const TemplateEngine& engine);
    ~Worker();
    Worker(Worker&&) noexcept;
    Worker& operator=(Worker&&) noexcept;
    // As TemplateEngine::Render, the same bytes.
    std::string Render(const std::string& layout, const View& view, std::set<std::string>& missing);

   private:
    struct Parsed;
    const TemplateEngine* engine_;
    std::unique_ptr<Parsed> parsed_;
  };

  // The file of a layout, for messages.
  std::string LayoutFile(const std::string& layout) const;

 private:
  explicit TemplateEngine(const Theme& theme);
  std::map<std::string, TemplateSource> layouts_;
  std::map<std::string, TemplateSource> partials_;
  // Each layout with its partials written in where it names them, so that
  // a page parses no partial while it renders (kainjow parses a partial's
  // text at every {{> name}} it meets).
  std::map<std::string, std::string> expanded_layouts_;
};

}  // namespace gongkai
