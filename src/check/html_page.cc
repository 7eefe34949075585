#include "check/html_page.h"

#include <string>
#include <vector>

#include "base/markup_tree.h"

namespace gongkai {
namespace {

// HTML5 and SVG elements libxml2's HTML 4 parser does not know. An element
// outside this list and HTML 4 (a typo such as <secton>) stays a problem.
const std::vector<std::string>& Html5Elements() {
  static const std::vector<std::string> names = {
      // HTML5
      "article", "aside", "audio", "bdi", "canvas", "data", "datalist", "details", "dialog", "figcaption",
      "figure", "footer", "header", "hgroup", "main", "mark", "menu", "meter", "nav", "output", "picture",
      "progress", "rp", "rt", "ruby", "search", "section", "slot", "source", "summary", "template", "time",
      "track", "video", "wbr",
      // SVG, as inline charts use it (libxml2 lowercases names)
      "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "desc",
      "defs", "use", "symbol", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern",
      "marker"};
  return names;
}

HtmlNode::Kind KindOf(FlatMarkupNode::Kind kind) {
  switch (kind) {
    case FlatMarkupNode::Kind::kElement: return HtmlNode::Kind::kElement;
    case FlatMarkupNode::Kind::kText: return HtmlNode::Kind::kText;
    case FlatMarkupNode::Kind::kComment: return HtmlNode::Kind::kComment;
  }
  return HtmlNode::Kind::kText;
}

}  // namespace

const std::string* HtmlNode::Attribute(const std::string& name) const {
  for (const auto& attribute : attributes) {
    if (attribute.first == name) return &attribute.second;
  }
  return nullptr;
}

HtmlPage ParseHtmlPage(const std::string& bytes) {
  FlatMarkupOptions options;
  options.known_elements = &Html5Elements();
  options.max_problems = kMaxProblemsPerPage;
  FlatMarkup flat = ParseHtmlFlat(bytes, options);
  HtmlPage page;
  page.nodes.reserve(flat.nodes.size());
  for (FlatMarkupNode& node : flat.nodes) {
    HtmlNode html;
    html.kind = KindOf(node.kind);
    html.name = std::move(node.name);
    html.attributes = std::move(node.attributes);
    html.text = std::move(node.text);
    html.line = node.line;
    html.parent = node.parent;
    page.nodes.push_back(std::move(html));
  }
  for (const MarkupProblem& problem : flat.problems) page.problems.push_back({problem.line, problem.column, problem.message});
  page.unreported_problems = flat.unreported_problems;
  return page;
}

}  // namespace gongkai
