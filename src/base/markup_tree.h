// MarkupTree: an XML or HTML document as our own small tree, so that only
// one file of ours (markup_tree.cc) touches libxml2 for reading markup.
//
//   element   its local name (no namespace prefix; HTML names lowercased),
//             its attributes by local name, its children in order, and the
//             line of the source it starts on
//   text      the text of a text or CDATA node, entities resolved
//
// Comments, processing instructions and the DOCTYPE are left out. XML is
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

// `text` escaped for XML character data and attribute values (& < > ").
std::string EscapeXml(const std::string& text);

}  // namespace gongkai
