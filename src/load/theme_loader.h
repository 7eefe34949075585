// LoadTheme: reads a theme folder (themes/default):
//   layouts/<kind>.mustache   one per page kind, plus base.mustache
//   partials/<name>.mustache  included with {{> name}}
//   assets/*                  copied to site/assets/ as they are, scripts
//                             (*.js) without comment lines and indentation
//                             (script_compaction.h)
// A missing layout the renderer needs is an error here, before any page
// is rendered.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"

namespace gongkai {

struct TemplateSource {
  std::string file;  // path, for messages
  std::string text;
};

struct Theme {
  std::map<std::string, TemplateSource> layouts;   // "department" -> layouts/department.mustache
  std::map<std::string, TemplateSource> partials;  // "indicator_table" -> partials/...
  OutputFiles assets;                              // paths already under assets/
};

// `required_layouts` are the page kinds the renderer will ask for.
Theme LoadTheme(const std::string& theme_dir, const std::vector<std::string>& required_layouts,
                Diagnostics& diagnostics);

}  // namespace gongkai
