// Test support: a page parsed with libxml2's HTML parser, queried by XPath.
// Tests check structure this way instead of grepping the HTML text.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <string>
#include <vector>

namespace gongkai::testing {

class HtmlDocument {
 public:
  explicit HtmlDocument(const std::string& html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  bool ok() const { return doc_ != nullptr; }
  // Number of parser errors and warnings (0 for a clean page).
  int parse_problems() const { return parse_problems_; }

  size_t Count(const std::string& xpath) const;
  // Text content of every node the XPath selects, whitespace trimmed.
  std::vector<std::string> Texts(const std::string& xpath) const;
  std::string Text(const std::string& xpath) const;  // first, or ""
  // Value of an attribute of every element the XPath selects.
  std::vector<std::string> Attributes(const std::string& xpath, const std::string& attribute) const;

  // A stable outline of the page for golden files: one line per element
  // (indented by depth) with its id/class/href/rowspan attributes, and one
  // per non-blank text node.
  std::string Outline() const;

 private:
  xmlXPathObjectPtr Evaluate(const std::string& xpath) const;
  htmlDocPtr doc_ = nullptr;
  int parse_problems_ = 0;
};

// The file's bytes, or "" when it cannot be read.
std::string ReadTextFile(const std::string& path);

}  // namespace gongkai::testing
