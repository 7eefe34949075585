// MarkupTree: an XML or HTML document as our own small tree, so that only
// one file of ours (markup_tree.cc) touches libxml2.
//
//   element   its local name (no namespace prefix; HTML names lowercased),
//             its attributes by local name, its children in order, and the
//             line of the source it starts on
//   text      the text of a text or CDATA node, entities resolved
//
// Comments, processing instructions and the DOCTYPE are left out of the
// tree (ParseHtmlFlat below keeps comments, for the checker). XML is
// parsed strictly (malformed XML is an error with its line); HTML with
// libxml2's recovering parser, since published pages are often malformed.
// Errors are values: a parse gives a tree or what was wrong and where.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gongkai {

struct MarkupNode {
  enum class Kind { kElement, kText };
  Kind kind = Kind::kElement;
  std::string name;  // elements
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<MarkupNode> children;
  std::string text;  // text nodes
  int line = 0;      // 1-based line of the source; 0 when libxml2 does not know

  bool IsElement(const char* element_name) const { return kind == Kind::kElement && name == element_name; }
  // The first child element named `element_name`, or nullptr.
  const MarkupNode* Child(const char* element_name) const;
  // The attribute's value, "" when absent.
  std::string Attribute(const char* attribute_name) const;
  bool HasAttribute(const char* attribute_name) const;
  // All text below this node, in document order.
  std::string Text() const;
};

struct MarkupParse {
  std::optional<MarkupNode> root;  // the document element; nullopt on error
  std::string error;               // libxml2's message when `root` is missing
  int error_line = 0;
};

// Well-formed XML (a .docx or .xlsx part). Entities are not loaded from
// the network or from files.
MarkupParse ParseXml(const std::string& bytes);

// An HTML page. `encoding` names the bytes' encoding ("UTF-8", "GB18030");
// "" lets libxml2 follow the page's own <meta charset>.
MarkupParse ParseHtml(const std::string& bytes, const std::string& encoding);

// A page read to be checked rather than for its content (check/html_page):
// every node in document order, a parent before its children and each with
// its parent's index, comments kept, at any depth (a hostile page may nest
// thousands deep: the list is flat so nothing recurses over it); and what
// the parser had to recover from.
struct FlatMarkupNode {
  enum class Kind { kElement, kText, kComment };
  Kind kind = Kind::kElement;
  std::string name;  // elements, lowercase
  std::vector<std::pair<std::string, std::string>> attributes;  // document order; "xlink:href" keeps its prefix
  std::string text;  // text and comments, entities decoded
  int line = 0;
  int parent = -1;  // index into FlatMarkup::nodes; -1 at the top
};

struct MarkupProblem {
  int line = 0;
  int column = 0;
  std::string message;
};

struct FlatMarkupOptions {
  // Elements libxml2's HTML 4 parser calls unknown that are not a problem
  // (HTML5's and SVG's); the caller's list.
  const std::vector<std::string>* known_elements = nullptr;
  size_t max_problems = 10;  // beyond this they are only counted
};

struct FlatMarkup {
  std::vector<FlatMarkupNode> nodes;
  std::vector<MarkupProblem> problems;
  int unreported_problems = 0;
};

// Never fails: the parser recovers from anything, and what it recovered
// from is in `problems` ("not an HTML page" when nothing could be read).
// UTF-8 only; nothing is fetched. Safe to call from several threads.
FlatMarkup ParseHtmlFlat(const std::string& bytes, const FlatMarkupOptions& options);

// `text` escaped for XML character data and attribute values (& < > ").
std::string EscapeXml(const std::string& text);

}  // namespace gongkai
