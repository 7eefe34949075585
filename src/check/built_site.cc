#include "check/built_site.h"

#include "base/file_system.h"
#include "base/markup_tree.h"

namespace gongkai {
namespace {

void ReadFolder(const std::string& dir, const std::string& prefix, OutputFiles& files, Diagnostics& diagnostics) {
  std::vector<DirectoryEntry> entries;
  std::string error;
  if (!ListDirectory(dir, entries, error)) {
    diagnostics.Error(SourceLocation{dir}, error);
    return;
  }
  for (const DirectoryEntry& entry : entries) {
    const std::string path = dir + "/" + entry.name;
    if (entry.is_directory) {
      ReadFolder(path, prefix + entry.name + "/", files, diagnostics);
      continue;
    }
    OutputFile file{prefix + entry.name, ""};
    if (!ReadFileBytes(path, file.bytes, error)) {
      diagnostics.Error(SourceLocation{path}, error);
      continue;
    }
    files.push_back(std::move(file));
  }
}

const OutputFile* FileNamed(const OutputFiles& files, const std::string& path) {
  for (const OutputFile& file : files) {
    if (file.path == path) return &file;
  }
  return nullptr;
}

struct SitemapHead {
  std::string location;   // the first <loc>, or "" when there is none
  bool is_index = false;  // <sitemapindex>: the locations are sitemaps
};

SitemapHead FirstLocation(const OutputFile* sitemap) {
  SitemapHead head;
  if (!sitemap) return head;
  // Read, never followed: no entities loaded, nothing fetched.
  const MarkupParse parse = ParseXml(sitemap->bytes);
  if (!parse.root) return head;
  head.is_index = parse.root->name == "sitemapindex";
  for (const MarkupNode& entry : parse.root->children) {
    if (entry.kind != MarkupNode::Kind::kElement) continue;
    if (const MarkupNode* loc = entry.Child("loc")) head.location = loc->Text();
    if (!head.location.empty()) break;
  }
  return head;
}

}  // namespace

bool ReadBuiltSite(const std::string& site_dir, OutputFiles& files, Diagnostics& diagnostics) {
  if (!IsDirectory(site_dir)) {
    diagnostics.Error(SourceLocation{site_dir}, "site folder not found; build it first with 'gongkai build'");
    return false;
  }
  ReadFolder(site_dir, "", files, diagnostics);
  return true;
}

std::string BaseUrlOfBuiltSite(const OutputFiles& files) {
  std::string base = "/";
  SitemapHead head = FirstLocation(FileNamed(files, "sitemap.xml"));
  // A sitemap index (past 50,000 pages, write/sitemap.h) names its parts by
  // URL; the home page is the first location of the first part.
  if (head.is_index) {
    const std::string part = head.location.substr(head.location.rfind('/') + 1);
    head = FirstLocation(FileNamed(files, part));
    if (head.is_index) return base;  // an index names sitemaps, never another index
  }
  if (!head.location.empty()) base = head.location;
  return base;
}

}  // namespace gongkai
