// RenderSitemapFiles: sitemap.xml and robots.txt for search engines, from the
// pages of the built site. The only file that writes XML (each URL escaped
// as XML requires by base/markup_tree's EscapeXml).
//
// sitemap.xml lists every .html page except 404.html, sorted by path, each
// at the base URL plus its path; an index.html page by its folder ("2021/"),
// as servers serve it. The home page comes first and is exactly the base URL
// (`gongkai check` reads the base URL back from it). No <lastmod> or other
// dates: the same content gives the same bytes.
//
// The protocol allows 50,000 URLs in one sitemap. Past that, sitemap.xml is
// a sitemap index (<sitemapindex>) naming sitemap-1.xml, sitemap-2.xml, ...
// beside it, each of at most 50,000 URLs in the same order; robots.txt and
// search engines still start from sitemap.xml.
//
// The sitemap protocol wants absolute URLs. With a path-only base_url such
// as "/", the locations are paths, and robots.txt names no Sitemap (it must
// be absolute); set base_url to https://… for search engines.
//
// REQUIRES: `base_url` is valid (IsValidBaseUrl in format/content_json.h).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "base/output_file.h"

namespace gongkai {

inline constexpr size_t kUrlsPerSitemap = 50000;  // sitemaps.org: "no more than 50,000 URLs"

OutputFiles RenderSitemapFiles(const std::string& base_url, const OutputFiles& files);
// The same from the paths alone (a streamed build keeps no bytes).
OutputFiles RenderSitemapForPaths(const std::string& base_url, const std::vector<std::string>& paths);

}  // namespace gongkai
