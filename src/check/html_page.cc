#include "check/html_page.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <mutex>
#include <set>

namespace gongkai {
namespace {

// HTML5 and SVG elements libxml2's HTML 4 parser does not know. An element
// outside this list and HTML 4 (a typo such as <secton>) stays a problem.
const std::set<std::string>& Html5Elements() {
  static const std::set<std::string> names = {
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

struct ErrorSink {
  HtmlPage* page;
};

void RecordError(void* context, xmlErrorPtr error) {
  if (!error || error->level == XML_ERR_NONE) return;
  HtmlPage& page = *static_cast<ErrorSink*>(context)->page;
  if (error->code == XML_HTML_UNKNOWN_TAG && error->str1 && Html5Elements().count(error->str1)) return;
  if (static_cast<int>(page.problems.size()) >= kMaxProblemsPerPage) {
    ++page.unreported_problems;
    return;
  }
  std::string message = error->message ? error->message : "parse error";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  // libxml2 quotes the offending bytes for encoding errors; keep the text
  // printable.
  if (error->code == XML_ERR_INVALID_CHAR || error->code == XML_ERR_INVALID_ENCODING) {
    message = "invalid UTF-8 or a character not allowed in HTML";
  }
  page.problems.push_back({error->line, error->int2, message});
}

std::string TakeString(xmlChar* value) {
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

void Flatten(xmlNodePtr root, HtmlPage& page) {
  // Iterative: a hostile page may nest thousands deep.
  std::vector<std::pair<xmlNodePtr, int>> stack;
  for (xmlNodePtr child = root; child; child = child->next) stack.push_back({child, -1});
  std::reverse(stack.begin(), stack.end());
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    HtmlNode flat;
    flat.parent = parent;
    flat.line = static_cast<int>(xmlGetLineNo(node));
    if (node->type == XML_ELEMENT_NODE) {
      flat.kind = HtmlNode::Kind::kElement;
      flat.name = reinterpret_cast<const char*>(node->name);
      for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
        std::string name = reinterpret_cast<const char*>(attribute->name);
        if (attribute->ns && attribute->ns->prefix) {
          name = std::string(reinterpret_cast<const char*>(attribute->ns->prefix)) + ":" + name;
        }
        flat.attributes.push_back({name, TakeString(xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(attribute)))});
      }
    } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      flat.kind = HtmlNode::Kind::kText;
      flat.text = TakeString(xmlNodeGetContent(node));
    } else if (node->type == XML_COMMENT_NODE) {
      flat.kind = HtmlNode::Kind::kComment;
      flat.text = TakeString(xmlNodeGetContent(node));
    } else {
      continue;  // doctype, processing instructions, entity references
    }
    const int index = static_cast<int>(page.nodes.size());
    page.nodes.push_back(std::move(flat));
    if (node->type != XML_ELEMENT_NODE) continue;
    std::vector<xmlNodePtr> children;
    for (xmlNodePtr child = node->children; child; child = child->next) children.push_back(child);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, index});
  }
}

}  // namespace

const std::string* HtmlNode::Attribute(const std::string& name) const {
  for (const auto& attribute : attributes) {
    if (attribute.first == name) return &attribute.second;
  }
  return nullptr;
}

HtmlPage ParseHtmlPage(const std::string& bytes) {
  static std::once_flag initialized;
  std::call_once(initialized, [] { xmlInitParser(); });
  HtmlPage page;
  ErrorSink sink{&page};
  // The handler is per thread in libxml2; put back whatever was there.
  void* previous_context = xmlStructuredErrorContext;
  xmlStructuredErrorFunc previous = xmlStructuredError;
  xmlSetStructuredErrorFunc(&sink, RecordError);
  // HUGE: a department may publish 10 MB of text in one field. NONET: a
  // page must never make the checker fetch anything.
  htmlDocPtr document = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "page.html", "UTF-8",
                                       HTML_PARSE_NONET | XML_PARSE_HUGE);
  xmlSetStructuredErrorFunc(previous_context, previous);
  if (!document) {
    if (page.problems.empty()) page.problems.push_back({1, 1, "not an HTML page"});
    return page;
  }
  Flatten(document->children, page);
  xmlFreeDoc(document);
  return page;
}

}  // namespace gongkai
