#include "write/sitemap.h"

#include <algorithm>
#include <vector>

#include "base/markup_tree.h"

namespace gongkai {
namespace {

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "2021/index.html" -> "2021/"; "2021/x.html" stays.
std::string PageUrlPath(const std::string& path) {
  if (path == "index.html") return "";
  if (EndsWith(path, "/index.html")) return path.substr(0, path.size() - 10);
  return path;
}

// `element` children of `root`, each with one <loc>, in the order given,
// indented two spaces a level (as libxml2's writer set them before).
std::string RenderLocationList(const char* root, const char* element, const std::vector<std::string>& locations) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<";
  xml += root;
  xml += " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const std::string& loc : locations) {
    xml += std::string("  <") + element + ">\n    <loc>" + EscapeXml(loc) + "</loc>\n  </" + element + ">\n";
  }
  xml += std::string("</") + root + ">\n";
  return xml;
}

// sitemap.xml itself up to kUrlsPerSitemap pages; past that, sitemap.xml is
// a sitemap index naming sitemap-1.xml, sitemap-2.xml, ... of at most that
// many each. The parts sit at the top: a sitemap may only list URLs at or
// below its own folder.
OutputFiles RenderSitemaps(const std::string& base, const std::vector<std::string>& page_paths) {
  std::vector<std::string> locations;
  locations.reserve(page_paths.size());
  for (const std::string& path : page_paths) locations.push_back(base + PageUrlPath(path));
  if (locations.size() <= kUrlsPerSitemap) return {{"sitemap.xml", RenderLocationList("urlset", "url", locations)}};
  OutputFiles files;
  std::vector<std::string> parts;
  for (size_t first = 0; first < locations.size(); first += kUrlsPerSitemap) {
    const size_t last = std::min(locations.size(), first + kUrlsPerSitemap);
    const std::string name = "sitemap-" + std::to_string(parts.size() + 1) + ".xml";
    files.push_back({name, RenderLocationList("urlset", "url", {locations.begin() + first, locations.begin() + last})});
    parts.push_back(base + name);
  }
  files.insert(files.begin(), {"sitemap.xml", RenderLocationList("sitemapindex", "sitemap", parts)});
  return files;
}

}  // namespace

OutputFiles RenderSitemapFiles(const std::string& base_url, const OutputFiles& files) {
  std::vector<std::string> paths;
  paths.reserve(files.size());
  for (const OutputFile& file : files) paths.push_back(file.path);
  return RenderSitemapForPaths(base_url, paths);
}

OutputFiles RenderSitemapForPaths(const std::string& base_url, const std::vector<std::string>& paths) {
  std::string base = base_url.empty() ? "/" : base_url;
  if (base.back() != '/') base += '/';
  std::vector<std::string> pages;
  for (const std::string& path : paths) {
    if (EndsWith(path, ".html") && path != "404.html") pages.push_back(path);
  }
  // The home page first, then byte-wise order: stable whatever the render order.
  std::sort(pages.begin(), pages.end(), [](const std::string& a, const std::string& b) {
    if ((a == "index.html") != (b == "index.html")) return a == "index.html";
    return a < b;
  });
  std::string robots = "User-agent: *\nAllow: /\n";
  if (base.compare(0, 7, "http://") == 0 || base.compare(0, 8, "https://") == 0) {
    robots += "\nSitemap: " + base + "sitemap.xml\n";
  }
  OutputFiles sitemaps = RenderSitemaps(base, pages);
  sitemaps.push_back({"robots.txt", robots});
  return sitemaps;
}

}  // namespace gongkai
