#include "check/built_site.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/file_system.h"

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

// Silences libxml2's default error printer for the sitemap read.
void IgnoreError(void*, xmlErrorPtr) {}

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
  void* previous_context = xmlStructuredErrorContext;
  xmlStructuredErrorFunc previous = xmlStructuredError;
  xmlSetStructuredErrorFunc(nullptr, IgnoreError);
  // NONET and no entity substitution: the file is read, never followed.
  xmlDocPtr document = xmlReadMemory(sitemap->bytes.data(), static_cast<int>(sitemap->bytes.size()),
                                     sitemap->path.c_str(), "UTF-8", XML_PARSE_NONET);
  xmlSetStructuredErrorFunc(previous_context, previous);
  if (!document) return head;
  const xmlNode* root = xmlDocGetRootElement(document);
  head.is_index = root && xmlStrEqual(root->name, BAD_CAST "sitemapindex");
  for (const xmlNode* entry = root ? root->children : nullptr; entry && head.location.empty(); entry = entry->next) {
    if (entry->type != XML_ELEMENT_NODE) continue;
    for (const xmlNode* field = entry->children; field; field = field->next) {
      if (field->type == XML_ELEMENT_NODE && xmlStrEqual(field->name, BAD_CAST "loc")) {
        xmlChar* text = xmlNodeGetContent(field);
        if (text && *text) head.location = reinterpret_cast<const char*>(text);
        xmlFree(text);
        break;
      }
    }
  }
  xmlFreeDoc(document);
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
