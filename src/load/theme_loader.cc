#include "load/theme_loader.h"

#include <set>

#include "base/file_system.h"
#include "format/utf8_text.h"
#include "load/script_compaction.h"

namespace gongkai {
namespace {

const char kTemplateSuffix[] = ".mustache";
// The most a theme file may be: a template is a page's markup, an asset at
// most a web font or an image.
constexpr size_t kMaxTemplateBytes = size_t{1} << 20;
constexpr size_t kMaxAssetBytes = size_t{64} << 20;

std::map<std::string, TemplateSource> LoadTemplates(const std::string& theme_dir, const std::string& dir,
                                                    Diagnostics& diagnostics) {
  std::map<std::string, TemplateSource> templates;
  std::vector<DirectoryEntry> entries;
  std::string error;
  if (!ListDirectory(dir, entries, error)) {
    diagnostics.Error(SourceLocation{dir}, error);
    return templates;
  }
  const std::string suffix = kTemplateSuffix;
  for (const DirectoryEntry& entry : entries) {
    const std::string path = dir + "/" + entry.name;
    if (entry.is_directory || entry.name.size() <= suffix.size() ||
        entry.name.compare(entry.name.size() - suffix.size(), suffix.size(), suffix) != 0) {
      diagnostics.Warning(SourceLocation{path}, "ignored: templates are files named <name>.mustache");
      continue;
    }
    TemplateSource source{path, ""};
    if (!ReadInputFile(theme_dir, path, kMaxTemplateBytes, source.text, error)) {
      diagnostics.Error(SourceLocation{path}, error);
      continue;
    }
    const size_t invalid = FindInvalidUtf8(source.text);
    if (invalid != std::string::npos) {
      SourceLocation where = LocateOffset(path, source.text, invalid);
      where.source_line.clear();
      diagnostics.Error(where, "invalid UTF-8 at byte offset " + std::to_string(invalid) + "; save the template as UTF-8");
      continue;
    }
    templates[entry.name.substr(0, entry.name.size() - suffix.size())] = source;
  }
  return templates;
}

// `visited` holds the folders already read, links resolved: a link to a
// folder above it would otherwise be followed forever.
void LoadAssets(const std::string& theme_dir, const std::string& dir, const std::string& prefix, OutputFiles& assets,
                std::set<std::string>& visited, Diagnostics& diagnostics) {
  std::vector<DirectoryEntry> entries;
  std::string error;
  const std::string resolved = ResolveInputFolder(theme_dir, dir, error);
  if (resolved.empty()) {
    diagnostics.Error(SourceLocation{dir}, error);
    return;
  }
  if (!visited.insert(resolved).second) {
    diagnostics.Error(SourceLocation{dir}, "a link to a folder the theme already holds (a loop of links); remove it");
    return;
  }
  if (!ListDirectory(dir, entries, error)) {
    diagnostics.Error(SourceLocation{dir}, error);
    return;
  }
  for (const DirectoryEntry& entry : entries) {
    const std::string path = dir + "/" + entry.name;
    if (entry.is_directory) {
      LoadAssets(theme_dir, path, prefix + entry.name + "/", assets, visited, diagnostics);
      continue;
    }
    OutputFile file{prefix + entry.name, ""};
    if (!ReadInputFile(theme_dir, path, kMaxAssetBytes, file.bytes, error)) {
      diagnostics.Error(SourceLocation{path}, error);
      continue;
    }
    // Published without comment lines and indentation: search.js is most
    // of what a search downloads (script_compaction.h).
    const std::string suffix = ".js";
    if (entry.name.size() > suffix.size() && entry.name.compare(entry.name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      file.bytes = CompactScript(file.bytes);
    }
    assets.push_back(std::move(file));
  }
}

}  // namespace

Theme LoadTheme(const std::string& theme_dir, const std::vector<std::string>& required_layouts,
                Diagnostics& diagnostics) {
  Theme theme;
  if (!IsDirectory(theme_dir)) {
    diagnostics.Error(SourceLocation{theme_dir}, "theme folder not found");
    return theme;
  }
  theme.layouts = LoadTemplates(theme_dir, theme_dir + "/layouts", diagnostics);
  theme.partials = LoadTemplates(theme_dir, theme_dir + "/partials", diagnostics);
  std::set<std::string> visited;
  if (IsDirectory(theme_dir + "/assets")) {
    LoadAssets(theme_dir, theme_dir + "/assets", "assets/", theme.assets, visited, diagnostics);
  }
  for (const std::string& layout : required_layouts) {
    if (!theme.layouts.count(layout)) {
      diagnostics.Error(SourceLocation{theme_dir + "/layouts/" + layout + kTemplateSuffix},
                        "missing theme file: the " + layout + " page needs this layout");
    }
  }
  return theme;
}

}  // namespace gongkai
