#include "check/page_rules.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "render/markdown.h"

namespace gongkai {
namespace {

using Kind = HtmlNode::Kind;

std::string Snippet(const std::string& value);

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool IsUrlAttribute(const std::string& name) {
  static const std::set<std::string> kNames = {"href", "src", "action", "formaction", "poster", "cite",
                                               "background", "longdesc", "data", "codebase", "manifest",
                                               "icon", "srcset", "ping", "xlink:href"};
  return kNames.count(name) > 0 || (name.size() > 5 && name.compare(name.size() - 5, 5, ":href") == 0);
}

// Elements no gongkai theme uses and content must never produce: they
// embed or redirect to other documents.
bool IsEmbeddingElement(const std::string& name) {
  static const std::set<std::string> kNames = {"iframe", "frame", "frameset", "object", "embed",
                                               "applet", "base",  "portal",   "math"};
  return kNames.count(name) > 0;
}

// srcset holds "url 2x, url 3x": each candidate's URL counts.
std::vector<std::string> UrlsOf(const std::string& name, const std::string& value) {
  if (name != "srcset") return {value};
  std::vector<std::string> urls;
  size_t start = 0;
  while (start < value.size()) {
    size_t end = value.find(',', start);
    if (end == std::string::npos) end = value.size();
    std::string candidate = value.substr(start, end - start);
    const size_t first = candidate.find_first_not_of(" \t\n\r\f");
    if (first != std::string::npos) {
      candidate = candidate.substr(first);
      urls.push_back(candidate.substr(0, candidate.find_first_of(" \t\n\r\f")));
    }
    start = end + 1;
  }
  return urls;
}

class PageRules {
 public:
  explicit PageRules(const HtmlPage& page) : page_(page) {}

  PageRulesResult Run() {
    for (size_t i = 0; i < page_.nodes.size(); ++i) {
      const HtmlNode& node = page_.nodes[i];
      if (node.kind != Kind::kElement) continue;
      CheckActiveContent(static_cast<int>(i), node);
      CheckTextAlternative(static_cast<int>(i), node);
      if (node.name == "table") CheckTableHeaders(static_cast<int>(i), node);
      CollectAnchorsAndLinks(node);
    }
    return std::move(result_);
  }

 private:
  void Problem(const HtmlNode& node, std::string message) { result_.problems.push_back({node.line, std::move(message)}); }

  bool HasText(int index) const {
    for (size_t j = index + 1; j < page_.nodes.size() && IsInside(static_cast<int>(j), index); ++j) {
      const HtmlNode& node = page_.nodes[j];
      if (node.kind == Kind::kText && node.text.find_first_not_of(" \t\r\n") != std::string::npos) return true;
    }
    return false;
  }

  // True when node `j` is `ancestor` or inside it. Nodes are in document
  // order, so the descendants of a node directly follow it.
  bool IsInside(int j, int ancestor) const {
    for (int at = j; at >= 0; at = page_.nodes[at].parent) {
      if (at == ancestor) return true;
    }
    return false;
  }

  void CheckActiveContent(int index, const HtmlNode& node) {
    if (node.name == "script") {
      if (!node.Attribute("src")) {
        Problem(node, "inline <script>: the theme's scripts are files under assets/, so this one came from elsewhere");
      } else if (HasText(index)) {
        Problem(node, "<script src> with inline code: the theme's scripts are files under assets/");
      }
    } else if (node.name == "style") {
      Problem(node, "<style> element: the theme's styles are files under assets/, so this one came from elsewhere");
    } else if (IsEmbeddingElement(node.name)) {
      Problem(node, "<" + node.name + "> element: a page of the portal embeds no other documents");
    } else if (node.name == "meta" && node.Attribute("http-equiv") &&
               Lowercase(*node.Attribute("http-equiv")) == "refresh") {
      Problem(node, "<meta http-equiv=\"refresh\">: a page of the portal never redirects");
    }
    for (const auto& [name, value] : node.attributes) {
      if (name.size() > 2 && name.compare(0, 2, "on") == 0) {
        Problem(node, "event-handler attribute " + name + "=\"" + Snippet(value) + "\" on <" + node.name +
                          ">: the theme's scripts are files under assets/");
      } else if (name == "style") {
        Problem(node, "inline style=\"" + Snippet(value) + "\" on <" + node.name +
                          ">: the theme's styles are files under assets/");
      } else if (IsUrlAttribute(name)) {
        for (const std::string& url : UrlsOf(name, value)) {
          if (!IsAllowedLinkUrl(url)) {
            Problem(node, name + "=\"" + Snippet(url) + "\" on <" + node.name +
                              ">: only http, https, mailto and relative URLs are allowed");
          }
        }
      }
    }
  }

  bool HasTitleChild(int index) const {
    for (size_t j = index + 1; j < page_.nodes.size() && IsInside(static_cast<int>(j), index); ++j) {
      const HtmlNode& node = page_.nodes[j];
      if (node.parent == index && node.kind == Kind::kElement && node.name == "title" && HasText(static_cast<int>(j))) {
        return true;
      }
    }
    return false;
  }

  bool InsideSvg(const HtmlNode& node) const {
    for (int at = node.parent; at >= 0; at = page_.nodes[at].parent) {
      if (page_.nodes[at].name == "svg") return true;
    }
    return false;
  }

  void CheckTextAlternative(int index, const HtmlNode& node) {
    const auto has_value = [&](const char* name) {
      const std::string* value = node.Attribute(name);
      return value && value->find_first_not_of(" \t\r\n") != std::string::npos;
    };
    const std::string* type = node.Attribute("type");
    const bool image_input = node.name == "input" && type && Lowercase(*type) == "image";
    if ((node.name == "img" || node.name == "area" || image_input) && !node.Attribute("alt")) {
      Problem(node, "<" + node.name + "> without alt: give images a text alternative (alt=\"\" if decorative)");
    }
    if (node.name == "svg" && !InsideSvg(node)) {
      const std::string* hidden = node.Attribute("aria-hidden");
      const bool decorative = hidden && *hidden == "true";
      if (!decorative && !has_value("aria-label") && !has_value("aria-labelledby") && !HasTitleChild(index)) {
        Problem(node, "<svg> without a text alternative: give it a <title>, aria-label, or aria-hidden=\"true\"");
      }
    }
  }

  void CheckTableHeaders(int index, const HtmlNode& node) {
    const std::string* role = node.Attribute("role");
    if (role && (*role == "presentation" || *role == "none")) return;
    for (size_t j = index + 1; j < page_.nodes.size() && IsInside(static_cast<int>(j), index); ++j) {
      if (page_.nodes[j].name != "th") continue;
      // The header cell must belong to this table, not to a nested one.
      int owner = page_.nodes[j].parent;
      while (owner >= 0 && page_.nodes[owner].name != "table") owner = page_.nodes[owner].parent;
      if (owner == index) return;
    }
    Problem(node, "data table without header cells: give its columns or rows <th> headers");
  }

  void CollectAnchorsAndLinks(const HtmlNode& node) {
    if (const std::string* id = node.Attribute("id")) {
      const auto [it, inserted] = first_id_line_.emplace(*id, node.line);
      if (!inserted) {
        Problem(node, "id \"" + Snippet(*id) + "\" is used twice on this page (first on line " +
                          std::to_string(it->second) + "): links to #" + Snippet(*id) + " are ambiguous");
      }
      result_.anchors.insert(*id);
    }
    if (node.name == "a") {
      if (const std::string* name = node.Attribute("name")) result_.anchors.insert(*name);
    }
    if (node.name == "base") return;
    for (const char* attribute : {"href", "src"}) {
      if (const std::string* url = node.Attribute(attribute)) {
        result_.links.push_back({*url, node.line, node.name == "script" && std::string(attribute) == "src"});
      }
    }
  }

  const HtmlPage& page_;
  PageRulesResult result_;
  std::map<std::string, int> first_id_line_;
};

std::string Snippet(const std::string& value) { return MessageSnippet(value); }

}  // namespace

std::string MessageSnippet(const std::string& value) {
  constexpr size_t kMaxCharacters = 60;
  std::string out;
  size_t characters = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if ((c & 0xC0) != 0x80 && ++characters > kMaxCharacters) return out + "…";
    out += c < 0x20 || c == 0x7F ? '?' : static_cast<char>(c);
  }
  return out;
}

PageRulesResult CheckPageRules(const HtmlPage& page) { return PageRules(page).Run(); }

}  // namespace gongkai
