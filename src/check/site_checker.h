// CheckSite: `gongkai check`, the read-only checks of a built site. `gongkai
// build` runs them on the rendered files before anything is written, and
// `gongkai check` on a folder already published.
//
// Every HTML page is parsed with libxml2 (check/html_page.h) and must parse
// cleanly; the per-page rules of check/page_rules.h apply; and every
// internal link and #anchor must lead to a file and an id of the site.
// Links are internal when relative, when under the base URL's path
// ("/yusuan/…"), or when they start with an absolute base URL. A <script
// src> must lead to one of the site's files under assets/.
//
// Every problem is reported (located: page:line), not just the first.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "base/output_file.h"

namespace gongkai {

struct CheckOptions {
  std::string base_url = "/";  // site.json's base_url: resolves links that start with '/'
  std::string display_root;    // put before page paths in messages ("site/")
  unsigned jobs = 0;           // threads parsing pages (0: all cores); the result is the same for any
};

struct CheckSummary {
  size_t page_count = 0;  // HTML pages parsed
  size_t link_count = 0;  // internal links followed
};

CheckSummary CheckSite(const OutputFiles& files, const CheckOptions& options, Diagnostics& diagnostics);

}  // namespace gongkai
