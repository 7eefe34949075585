// ParseHtmlPage: one page of a built site, read with libxml2's HTML parser
// (through base/markup_tree, the one file that touches libxml2) into a flat
// list of nodes that the check rules walk.
//
// libxml2 knows HTML 4, so it calls every HTML5 element (main, nav, svg …)
// an invalid tag; those complaints are dropped for the elements of HTML5 and
// SVG. Everything else it reports is a parse problem, meaning the page does
// not parse cleanly: a tag closed out of order, an unknown element, a bad
// entity, invalid UTF-8, a control character, an attribute given twice.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gongkai {

struct HtmlNode {
  enum class Kind { kElement, kText, kComment };
  Kind kind = Kind::kElement;
  std::string name;  // element name, lowercase; empty for text and comments
  std::vector<std::pair<std::string, std::string>> attributes;  // document order, names lowercase
  std::string text;  // text or comment content, entities decoded
  int line = 0;
  int parent = -1;   // index into HtmlPage::nodes; -1 at the top

  // The attribute's value, or nullptr when the element has none by that name.
  const std::string* Attribute(const std::string& name) const;
};

struct HtmlParseProblem {
  int line = 0;
  int column = 0;
  std::string message;
};

struct HtmlPage {
  std::vector<HtmlNode> nodes;  // document order: a parent comes before its children
  std::vector<HtmlParseProblem> problems;
  int unreported_problems = 0;  // beyond kMaxProblemsPerPage
};

// One broken template breaks every page the same way: a few messages per
// page say it, thousands do not help.
constexpr int kMaxProblemsPerPage = 10;

// Never fails: libxml2 recovers from anything, and what it had to recover
// from is in `problems`. Safe to call from several threads at once.
HtmlPage ParseHtmlPage(const std::string& bytes);

}  // namespace gongkai
