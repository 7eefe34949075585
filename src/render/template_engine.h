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
  // several threads at once.
  std::string Render(const std::string& layout, const View& view, std::set<std::string>& missing) const;

  // The file of a layout, for messages.
  std::string LayoutFile(const std::string& layout) const;

  TemplateEngine(TemplateEngine&&) noexcept;
  TemplateEngine& operator=(TemplateEngine&&) noexcept;
  ~TemplateEngine();

 private:
  // Each layout parsed once, its partials written into it (kainjow would
  // parse a partial again every time a page, or a loop in it, uses it).
  struct Parsed;
  explicit TemplateEngine(const Theme& theme);
  std::map<std::string, TemplateSource> layouts_;
  std::unique_ptr<const Parsed> parsed_;
};

}  // namespace gongkai
