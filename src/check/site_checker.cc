#include "check/site_checker.h"

#include <algorithm>
#include <map>
#include <optional>

#include "base/parallel.h"
#include "check/html_page.h"
#include "check/page_rules.h"
#include "render/markdown.h"

namespace gongkai {
namespace {

bool IsHtmlPath(const std::string& path) {
  const auto ends_with = [&](const std::string& suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".html") || ends_with(".htm");
}

// What the check keeps of a page once it is parsed: its problems, and the
// anchors and links the cross-page link check needs. Not the parsed tree:
// every page's tree at once was most of a large build's peak memory
// (issue 16: 6.6 → 15.6 GiB at 100,000 projects).
struct CheckedPage {
  const OutputFile* file = nullptr;
  std::vector<HtmlParseProblem> parse_problems;
  int unreported_parse_problems = 0;
  PageRulesResult rules;
};

// The base URL split into what a link may start with: "https://host" (empty
// for a path-only base) and the path, always ending in '/'.
struct BaseUrl {
  std::string origin;
  std::string path = "/";

  explicit BaseUrl(const std::string& url) {
    std::string rest = url;
    const size_t scheme = url.find("://");
    if (scheme != std::string::npos) {
      const size_t slash = url.find('/', scheme + 3);
      origin = url.substr(0, slash);
      rest = slash == std::string::npos ? "/" : url.substr(slash);
    }
    path = rest.empty() || rest[0] != '/' ? "/" + rest : rest;
    if (path.back() != '/') path += '/';
  }
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string PercentDecode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Joins a site-relative folder ("2021/130322/") and a relative path, folding
// "." and ".."; nullopt when the result would climb above the site's root.
std::optional<std::string> JoinPath(const std::string& folder, const std::string& relative) {
  std::vector<std::string> segments;
  const std::string joined = folder + relative;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    const std::string segment = joined.substr(start, slash - start);
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = slash + 1;
  }
  std::string path;
  for (const std::string& segment : segments) path += (path.empty() ? "" : "/") + segment;
  const bool names_folder = relative.empty() || relative.back() == '/' ||
                            (relative.size() >= 2 && relative.compare(relative.size() - 2, 2, "/.") == 0) ||
                            relative == "." || relative == ".." ||
                            (relative.size() >= 3 && relative.compare(relative.size() - 3, 3, "/..") == 0);
  if (names_folder) path += path.empty() ? "index.html" : "/index.html";
  return path;
}

std::string FolderOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

SourceLocation PageLocation(const CheckOptions& options, const OutputFile& file, int line, int column) {
  SourceLocation where{options.display_root + file.path, line, column};
  if (line <= 0) return where;
  size_t start = 0;
  for (int n = 1; n < line && start != std::string::npos; ++n) {
    start = file.bytes.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return where;
  const size_t end = std::min(file.bytes.find('\n', start), file.bytes.size());
  constexpr size_t kMaxShownLine = 160;
  if (end - start <= kMaxShownLine) where.source_line = file.bytes.substr(start, end - start);
  // The line may hold hostile bytes: never let it drive the terminal.
  for (char& c : where.source_line) {
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) c = '?';
  }
  return where;
}

class LinkChecker {
 public:
  LinkChecker(const OutputFiles& files, const std::vector<CheckedPage>& pages, const CheckOptions& options)
      : base_(options.base_url) {
    for (const OutputFile& file : files) paths_.insert(file.path);
    for (const CheckedPage& page : pages) anchors_[page.file->path] = &page.rules.anchors;
  }

  // An empty result means the link is fine (or not ours to follow).
  std::string Check(const std::string& page_path, const PageLink& link, size_t& followed) const {
    std::string url = link.url;
    const size_t first = url.find_first_not_of(" \t\r\n\f");
    url = first == std::string::npos ? "" : url.substr(first, url.find_last_not_of(" \t\r\n\f") - first + 1);
    const std::string shown = MessageSnippet(url);
    if (!IsAllowedLinkUrl(url)) return "";  // reported by the page rules
    std::string rest = url;
    bool from_root = false;
    if (!base_.origin.empty() && rest.compare(0, base_.origin.size() + 1, base_.origin + "/") == 0) {
      rest = rest.substr(base_.origin.size());
    }
    const size_t colon = rest.find(':');
    const size_t separator = rest.find_first_of("/?#");
    if (rest.compare(0, 2, "//") == 0 || (colon != std::string::npos && (separator == std::string::npos || colon < separator))) {
      return link.is_script ? "<script src=\"" + shown + "\"> loads a script from outside the site: the theme's "
                                                         "scripts are files under assets/"
                            : "";  // external
    }
    if (!rest.empty() && rest[0] == '/') {
      if (rest.compare(0, base_.path.size(), base_.path) != 0 && rest + "/" != base_.path) {
        return "link to \"" + shown + "\" leads outside the site (its base path is " + base_.path + ")";
      }
      rest = rest.size() >= base_.path.size() ? rest.substr(base_.path.size()) : "";
      from_root = true;
    }
    const size_t hash = rest.find('#');
    const std::string fragment = hash == std::string::npos ? "" : PercentDecode(rest.substr(hash + 1));
    std::string path_part = rest.substr(0, hash);
    path_part = path_part.substr(0, path_part.find('?'));
    ++followed;
    std::string target;
    if (path_part.empty() && !from_root) {
      target = page_path;  // "#anchor" or "?query": this page
    } else {
      const auto joined = JoinPath(from_root ? "" : FolderOf(page_path), PercentDecode(path_part));
      if (!joined) return "link to \"" + shown + "\" climbs above the site's root folder";
      target = *joined;
      if (!paths_.count(target) && paths_.count(target + "/index.html")) target += "/index.html";
    }
    if (!paths_.count(target)) return "link to \"" + shown + "\" leads nowhere: the site has no file " + MessageSnippet(target);
    if (link.is_script && target.compare(0, 7, "assets/") != 0) {
      return "<script src=\"" + shown + "\"> is not one of the theme's files under assets/";
    }
    if (!fragment.empty()) {
      const auto anchors = anchors_.find(target);
      if (anchors != anchors_.end() && !anchors->second->count(fragment)) {
        return "link to \"" + shown + "\" leads nowhere: " + MessageSnippet(target) + " has no element with id \"" + MessageSnippet(fragment) + "\"";
      }
    }
    return "";
  }

 private:
  BaseUrl base_;
  std::set<std::string> paths_;
  std::map<std::string, const std::set<std::string>*> anchors_;
};

}  // namespace

CheckSummary CheckSite(const OutputFiles& files, const CheckOptions& options, Diagnostics& diagnostics) {
  std::vector<CheckedPage> pages;
  for (const OutputFile& file : files) {
    if (IsHtmlPath(file.path)) pages.push_back({&file, {}, 0, {}});
  }
  // Pages are independent: parse and check them on options.jobs threads.
  ForEachIndex(pages.size(), options.jobs, [&](size_t i) {
    HtmlPage parsed = ParseHtmlPage(pages[i].file->bytes);
    pages[i].rules = CheckPageRules(parsed);
    pages[i].parse_problems = std::move(parsed.problems);
    pages[i].unreported_parse_problems = parsed.unreported_problems;
  });

  CheckSummary summary;
  summary.page_count = pages.size();
  const LinkChecker links(files, pages, options);
  for (const CheckedPage& page : pages) {
    const OutputFile& file = *page.file;
    for (const HtmlParseProblem& problem : page.parse_problems) {
      diagnostics.Error(PageLocation(options, file, problem.line, problem.column),
                        "the page does not parse cleanly: " + problem.message);
    }
    if (page.unreported_parse_problems > 0) {
      diagnostics.Error(PageLocation(options, file, 0, 0), "… and " + std::to_string(page.unreported_parse_problems) +
                                                               " more parse problems on this page");
    }
    for (const PageProblem& problem : page.rules.problems) {
      diagnostics.Error(PageLocation(options, file, problem.line, 0), problem.message);
    }
    for (const PageLink& link : page.rules.links) {
      const std::string problem = links.Check(file.path, link, summary.link_count);
      if (!problem.empty()) diagnostics.Error(PageLocation(options, file, link.line, 0), problem);
    }
  }
  return summary;
}

}  // namespace gongkai
