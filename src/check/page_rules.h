// CheckPageRules: what can be checked on one page of a built site alone.
//
//   safety         nothing active that the theme did not put there. How the
//                  theme's own code is known: a gongkai theme keeps scripts
//                  and styles in files under assets/, so every inline
//                  <script>, <style>, style="…" or on…="…" attribute is
//                  foreign by definition, as is a javascript:/data: (any
//                  scheme but http, https, mailto) URL, an <iframe>, <object>,
//                  <embed>, <base> or a <meta> refresh. Whether a <script
//                  src> really points into assets/ needs the site's files, so
//                  scripts are handed back as links for the site checker.
//   accessibility  images (<img>, <area>, <input type=image>, <svg>) have a
//                  text alternative; every data table has header cells.
//   anchors        ids are unique on the page; the ids (and <a name>) are
//                  collected for the link check.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "check/html_page.h"

namespace gongkai {

struct PageProblem {
  int line = 0;
  std::string message;
};

struct PageLink {
  std::string url;   // as written, entities decoded
  int line = 0;
  bool is_script = false;  // <script src>: must be one of the theme's assets
};

struct PageRulesResult {
  std::vector<PageProblem> problems;
  std::set<std::string> anchors;  // ids and <a name> values
  std::vector<PageLink> links;    // every href and src, for the link check
};

PageRulesResult CheckPageRules(const HtmlPage& page);

// A value as a message may show it: at most 60 characters, control
// characters as '?' (the value may come from hostile content and must not
// drive the terminal).
std::string MessageSnippet(const std::string& value);

}  // namespace gongkai
