#include "check/site_checker.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

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

SourceLocation PageLocation(const CheckOptions& options, const std::string& path, const std::string& bytes, int line,
                            int column) {
  SourceLocation where{options.display_root + path, line, column};
  if (line <= 0) return where;
  size_t start = 0;
  for (int n = 1; n < line && start != std::string::npos; ++n) {
    start = bytes.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos) return where;
  const size_t end = std::min(bytes.find('\n', start), bytes.size());
  constexpr size_t kMaxShownLine = 160;
  if (end - start <= kMaxShownLine) where.source_line = bytes.substr(start, end - start);
  // The line may hold hostile bytes: never let it drive the terminal.
  for (char& c : where.source_line) {
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) c = '?';
  }
  return where;
}

// A link as far as it can be followed without knowing the rest of the
// site: the file and #anchor it leads to, or why it is wrong already.
struct ResolvedLink {
  bool followed = false;  // internal: counted, and its target must exist
  std::string problem;    // wrong whatever the site holds
  std::string target;     // site-relative path, before the folder → index.html fallback
  std::string fragment;   // decoded, "" for none
  std::string shown;      // the URL as messages show it
  int line = 0;
  bool same_page = false;
  bool is_script = false;
};

ResolvedLink ResolveLink(const BaseUrl& base, const std::string& page_path, const PageLink& link) {
  ResolvedLink resolved;
  resolved.is_script = link.is_script;
  resolved.line = link.line;
  std::string url = link.url;
  const size_t first = url.find_first_not_of(" \t\r\n\f");
  url = first == std::string::npos ? "" : url.substr(first, url.find_last_not_of(" \t\r\n\f") - first + 1);
  resolved.shown = MessageSnippet(url);
  const std::string& shown = resolved.shown;
  if (!IsAllowedLinkUrl(url)) return resolved;  // reported by the page rules
  std::string rest = url;
  bool from_root = false;
  if (!base.origin.empty() && rest.compare(0, base.origin.size() + 1, base.origin + "/") == 0) {
    rest = rest.substr(base.origin.size());
  }
  const size_t colon = rest.find(':');
  const size_t separator = rest.find_first_of("/?#");
  if (rest.compare(0, 2, "//") == 0 || (colon != std::string::npos && (separator == std::string::npos || colon < separator))) {
    if (link.is_script) {
      resolved.problem = "<script src=\"" + shown + "\"> loads a script from outside the site: the theme's "
                                                    "scripts are files under assets/";
    }
    return resolved;  // external
  }
  if (!rest.empty() && rest[0] == '/') {
    if (rest.compare(0, base.path.size(), base.path) != 0 && rest + "/" != base.path) {
      resolved.problem = "link to \"" + shown + "\" leads outside the site (its base path is " + base.path + ")";
      return resolved;
    }
    rest = rest.size() >= base.path.size() ? rest.substr(base.path.size()) : "";
    from_root = true;
  }
  const size_t hash = rest.find('#');
  resolved.fragment = hash == std::string::npos ? "" : PercentDecode(rest.substr(hash + 1));
  std::string path_part = rest.substr(0, hash);
  path_part = path_part.substr(0, path_part.find('?'));
  resolved.followed = true;
  if (path_part.empty() && !from_root) {
    resolved.target = page_path;  // "#anchor" or "?query": this page
    resolved.same_page = true;
    return resolved;
  }
  const auto joined = JoinPath(from_root ? "" : FolderOf(page_path), PercentDecode(path_part));
  if (!joined) {
    resolved.problem = "link to \"" + shown + "\" climbs above the site's root folder";
    return resolved;
  }
  resolved.target = *joined;
  return resolved;
}

// A problem found, kept until Finish so that the messages come in the
// order of the pages and, within a page, in the order of the old check:
// parse problems, page rules, then links.
struct Finding {
  size_t page = 0;
  size_t order = 0;
  SourceLocation where;  // without its source line if found only in Finish
  int line = 0;          // for the source line, when found in Finish
  std::string message;
};

// A link with an #anchor into a page not checked yet: checked in Finish.
struct DeferredLink {
  size_t page = 0;
  size_t order = 0;
  int line = 0;
  std::string target;
  std::string fragment;
  std::string shown;
};

constexpr size_t kParseOrder = 0, kRulesOrder = 1 << 20, kLinkOrder = 2 << 20;

}  // namespace

struct SiteCheck::State {
  CheckOptions options;
  BaseUrl base;
  std::unordered_set<std::string> expected;  // paths the site will hold (Expect), and every path Put
  std::unordered_set<std::string> added;     // paths Add has seen
  // Each checked page's ids, sorted: the one part of a page kept for the
  // cross-page link check (a few dozen strings a page).
  std::unordered_map<std::string, std::vector<std::string>> anchors;
  std::vector<std::string> page_paths;  // the pages checked, in order: Finding::page
  std::vector<Finding> findings;
  std::vector<DeferredLink> deferred;
  CheckSummary summary;

  explicit State(CheckOptions given) : options(std::move(given)), base(options.base_url) {}

  bool Exists(const std::string& path) const { return expected.count(path) || added.count(path); }

  // The target as the server finds it: a folder's index.html.
  std::string Served(const std::string& target) const {
    if (!Exists(target) && Exists(target + "/index.html")) return target + "/index.html";
    return target;
  }

  // "" when the #fragment is on the page (or the target is not a checked page).
  std::string AnchorProblem(const std::string& target, const std::string& fragment, const std::string& shown) const {
    const auto page = anchors.find(target);
    if (page == anchors.end() || std::binary_search(page->second.begin(), page->second.end(), fragment)) return "";
    return "link to \"" + shown + "\" leads nowhere: " + MessageSnippet(target) + " has no element with id \"" +
           MessageSnippet(fragment) + "\"";
  }
};

SiteCheck::SiteCheck(CheckOptions options) : state_(std::make_unique<State>(std::move(options))) {}
SiteCheck::~SiteCheck() = default;

void SiteCheck::Expect(const std::vector<std::string>& paths) {
  state_->expected.insert(paths.begin(), paths.end());
}

void SiteCheck::AddUnchecked(const std::vector<std::string>& paths) { state_->added.insert(paths.begin(), paths.end()); }

void SiteCheck::Add(const OutputFiles& files) {
  State& state = *state_;
  std::vector<const OutputFile*> pages;
  for (const OutputFile& file : files) {
    state.added.insert(file.path);
    if (IsHtmlPath(file.path)) pages.push_back(&file);
  }
  // Pages are independent: parse them, apply the page rules and resolve
  // their links on options.jobs threads; the located problems are made
  // here, while the page's bytes are at hand.
  struct PageResult {
    std::vector<Finding> findings;  // page index filled in below
    std::vector<std::string> anchors;
    std::vector<std::pair<size_t, ResolvedLink>> links;  // (order, link) of links to follow
  };
  std::vector<PageResult> results(pages.size());
  ForEachIndex(pages.size(), state.options.jobs, [&](size_t i) {
    const OutputFile& file = *pages[i];
    PageResult& result = results[i];
    HtmlPage parsed = ParseHtmlPage(file.bytes);
    PageRulesResult rules = CheckPageRules(parsed);
    size_t order = kParseOrder;
    for (const HtmlParseProblem& problem : parsed.problems) {
      result.findings.push_back({0, order++, PageLocation(state.options, file.path, file.bytes, problem.line, problem.column),
                                 0, "the page does not parse cleanly: " + problem.message});
    }
    if (parsed.unreported_problems > 0) {
      result.findings.push_back({0, order++, PageLocation(state.options, file.path, file.bytes, 0, 0), 0,
                                 "… and " + std::to_string(parsed.unreported_problems) + " more parse problems on this page"});
    }
    order = kRulesOrder;
    for (const PageProblem& problem : rules.problems) {
      result.findings.push_back({0, order++, PageLocation(state.options, file.path, file.bytes, problem.line, 0), 0, problem.message});
    }
    result.anchors.assign(rules.anchors.begin(), rules.anchors.end());  // a std::set: already sorted
    order = kLinkOrder;
    for (const PageLink& link : rules.links) {
      ResolvedLink resolved = ResolveLink(state.base, file.path, link);
      if (!resolved.problem.empty()) {
        result.findings.push_back({0, order, PageLocation(state.options, file.path, file.bytes, link.line, 0), 0,
                                   resolved.problem});
      } else if (resolved.followed) {
        result.links.emplace_back(order, std::move(resolved));
      }
      ++order;
    }
  });

  for (size_t i = 0; i < pages.size(); ++i) {
    const OutputFile& file = *pages[i];
    const size_t page = state.page_paths.size();
    state.page_paths.push_back(file.path);
    state.anchors[file.path] = std::move(results[i].anchors);
    for (Finding& finding : results[i].findings) {
      finding.page = page;
      state.findings.push_back(std::move(finding));
    }
    for (auto& [order, link] : results[i].links) {
      const int line = link.line;
      ++state.summary.link_count;
      const auto fail = [&, order = order, line](const std::string& message) {
        state.findings.push_back({page, order, PageLocation(state.options, file.path, file.bytes, line, 0), 0, message});
      };
      const std::string target = link.same_page ? file.path : state.Served(link.target);
      if (!link.same_page && !state.Exists(target)) {
        // Not (yet) among the site's files: known only once every file is in.
        state.deferred.push_back({page, order, line, link.target, link.fragment, link.shown});
        continue;
      }
      if (link.is_script && target.compare(0, 7, "assets/") != 0) {
        fail("<script src=\"" + link.shown + "\"> is not one of the theme's files under assets/");
        continue;
      }
      if (link.fragment.empty()) continue;
      if (!link.same_page && !state.anchors.count(target) && IsHtmlPath(target)) {
        state.deferred.push_back({page, order, line, link.target, link.fragment, link.shown});  // a page not checked yet
        continue;
      }
      const std::string problem = state.AnchorProblem(target, link.fragment, link.shown);
      if (!problem.empty()) fail(problem);
    }
  }
  state.summary.page_count += pages.size();
}

CheckSummary SiteCheck::Finish(Diagnostics& diagnostics, const PageReader& read_page) {
  State& state = *state_;
  for (const DeferredLink& link : state.deferred) {
    const std::string target = state.Served(link.target);
    std::string problem;
    if (!state.added.count(target)) {
      problem = "link to \"" + link.shown + "\" leads nowhere: the site has no file " + MessageSnippet(target);
    } else if (!link.fragment.empty()) {
      problem = state.AnchorProblem(target, link.fragment, link.shown);
    }
    if (problem.empty()) continue;
    state.findings.push_back({link.page, link.order, SourceLocation{state.options.display_root + state.page_paths[link.page]},
                              link.line, problem});
  }
  // A path promised (Expect) but never added would have let links to it pass.
  std::vector<std::string> expected(state.expected.begin(), state.expected.end());
  std::sort(expected.begin(), expected.end());
  for (const std::string& path : expected) {
    if (!state.added.count(path)) {
      state.findings.push_back({state.page_paths.size(), 0, SourceLocation{state.options.display_root + path}, 0,
                                "the build planned this file but did not make it"});
    }
  }
  std::stable_sort(state.findings.begin(), state.findings.end(), [](const Finding& a, const Finding& b) {
    return a.page != b.page ? a.page < b.page : a.order < b.order;
  });
  std::string cached_path, cached_bytes;
  for (Finding& finding : state.findings) {
    if (finding.line > 0 && finding.page < state.page_paths.size()) {
      const std::string& path = state.page_paths[finding.page];
      if (path != cached_path && read_page) {
        cached_path = path;
        cached_bytes = read_page(path);
      }
      finding.where = PageLocation(state.options, path, path == cached_path ? cached_bytes : std::string(), finding.line, 0);
    }
    diagnostics.Error(finding.where, finding.message);
  }
  state.findings.clear();
  return state.summary;
}

CheckSummary CheckSite(const OutputFiles& files, const CheckOptions& options, Diagnostics& diagnostics) {
  SiteCheck check(options);
  std::vector<std::string> paths;
  paths.reserve(files.size());
  for (const OutputFile& file : files) paths.push_back(file.path);
  check.Expect(paths);
  check.Add(files);
  std::unordered_map<std::string, const OutputFile*> by_path;
  for (const OutputFile& file : files) by_path[file.path] = &file;
  return check.Finish(diagnostics, [&](const std::string& path) {
    const auto file = by_path.find(path);
    return file == by_path.end() ? std::string() : file->second->bytes;
  });
}

}  // namespace gongkai
