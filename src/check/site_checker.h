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

#include <functional>
#include <memory>
#include <string>
#include <vector>

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

// All of `files` at once: Expect every path, Add, Finish.
CheckSummary CheckSite(const OutputFiles& files, const CheckOptions& options, Diagnostics& diagnostics);

// The same check for a site that arrives in batches (`gongkai build`
// streams its pages through it on their way to the staging folder). Each
// batch's pages are parsed and checked at once, and of a page only its ids
// are kept for the links of later pages: memory grows with the number of
// pages, not with their bytes. Links are checked against the paths the
// build declared it will write (Expect: the planned pages, the downloads,
// the assets) and the paths added so far; a link into a page not yet
// added waits for Finish, as does anything Expect did not declare.
class SiteCheck {
 public:
  explicit SiteCheck(CheckOptions options);
  ~SiteCheck();
  SiteCheck(const SiteCheck&) = delete;
  SiteCheck& operator=(const SiteCheck&) = delete;

  void Expect(const std::vector<std::string>& paths);
  void Add(const OutputFiles& files);  // any files: pages are checked, every file is a link target
  // Files of the site not checked again (an incremental build keeps them
  // as they are live, checked when they were built): link targets only;
  // their ids are not known, so #anchors into them are not checked.
  void AddUnchecked(const std::vector<std::string>& paths);
  // The links left, then every problem, in page order. A problem found only
  // now gets its source line from `read_page` (the page's bytes again, as
  // written to the staging folder; none if it is null or returns "").
  using PageReader = std::function<std::string(const std::string& path)>;
  CheckSummary Finish(Diagnostics& diagnostics, const PageReader& read_page = nullptr);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace gongkai
