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
  const OutputFile* sitemap = nullptr;
  for (const OutputFile& file : files) {
    if (file.path == "sitemap.xml") sitemap = &file;
  }
  if (!sitemap) return "/";
  void* previous_context = xmlStructuredErrorContext;
  xmlStructuredErrorFunc previous = xmlStructuredError;
  xmlSetStructuredErrorFunc(nullptr, IgnoreError);
  // NONET and no entity substitution: the file is read, never followed.
  xmlDocPtr document = xmlReadMemory(sitemap->bytes.data(), static_cast<int>(sitemap->bytes.size()), "sitemap.xml",
                                     "UTF-8", XML_PARSE_NONET);
  xmlSetStructuredErrorFunc(previous_context, previous);
  std::string base = "/";
  if (!document) return base;
  const xmlNode* root = xmlDocGetRootElement(document);
  for (const xmlNode* url = root ? root->children : nullptr; url; url = url->next) {
    if (url->type != XML_ELEMENT_NODE) continue;
    for (const xmlNode* field = url->children; field; field = field->next) {
      if (field->type == XML_ELEMENT_NODE && xmlStrEqual(field->name, BAD_CAST "loc")) {
        xmlChar* text = xmlNodeGetContent(field);
        if (text && *text) base = reinterpret_cast<const char*>(text);
        xmlFree(text);
        xmlFreeDoc(document);
        return base;
      }
    }
  }
  xmlFreeDoc(document);
  return base;
}

}  // namespace gongkai
