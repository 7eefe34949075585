// TemplateEngine: mustache templates of a theme, rendered with a View.
// The only file that touches kainjow/mustache.
//
// Two sharp edges of mustache are handled here: a syntax error comes back
// as file:line:col (not a byte offset), and a variable the view does not
// provide is recorded instead of silently rendering as nothing, so a typo
// in a theme fails the build.
#pragma once

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

 private:
  explicit TemplateEngine(const Theme& theme) : layouts_(theme.layouts), partials_(theme.partials) {}
  std::map<std::string, TemplateSource> layouts_;
  std::map<std::string, TemplateSource> partials_;
};

}  // namespace gongkai
