#include "base/markup_tree.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>

namespace gongkai {
namespace {

std::string TakeString(xmlChar* value) {
  std::string text = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return text;
}

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return text;
}

// Copies libxml2's tree into ours. Iterative over siblings, recursive over
// depth; markup deeper than this is cut (a hostile file, not a document).
constexpr int kMaxDepth = 256;

void Copy(const xmlNode* node, MarkupNode& into, bool html, int depth) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      MarkupNode text;
      text.kind = MarkupNode::Kind::kText;
      text.text = child->content ? reinterpret_cast<const char*>(child->content) : "";
      text.line = static_cast<int>(xmlGetLineNo(child));
      // Adjacent text nodes (an entity between two runs of text) read as one.
      if (!into.children.empty() && into.children.back().kind == MarkupNode::Kind::kText) {
        into.children.back().text += text.text;
      } else {
        into.children.push_back(std::move(text));
      }
      continue;
    }
    if (child->type != XML_ELEMENT_NODE || depth >= kMaxDepth) continue;
    MarkupNode element;
    const std::string name = reinterpret_cast<const char*>(child->name);
    element.name = html ? Lowercase(name) : name;
    element.line = static_cast<int>(xmlGetLineNo(child));
    for (const xmlAttr* attribute = child->properties; attribute; attribute = attribute->next) {
      const std::string attribute_name = reinterpret_cast<const char*>(attribute->name);
      element.attributes.emplace_back(html ? Lowercase(attribute_name) : attribute_name,
                                      TakeString(xmlNodeGetContent(reinterpret_cast<const xmlNode*>(attribute))));
    }
    Copy(child, element, html, depth + 1);
    into.children.push_back(std::move(element));
  }
}

MarkupParse FromDocument(xmlDoc* document, bool well_formed, const xmlError* error, bool html) {
  MarkupParse parse;
  const xmlNode* root = document ? xmlDocGetRootElement(document) : nullptr;
  if (!root || !well_formed) {
    parse.error = error && error->message ? error->message : "no document element";
    while (!parse.error.empty() && (parse.error.back() == '\n' || parse.error.back() == ' ')) parse.error.pop_back();
    parse.error_line = error ? error->line : 0;
    if (document) xmlFreeDoc(document);
    return parse;
  }
  MarkupNode top;
  top.name = html ? Lowercase(reinterpret_cast<const char*>(root->name)) : reinterpret_cast<const char*>(root->name);
  top.line = static_cast<int>(xmlGetLineNo(root));
  for (const xmlAttr* attribute = root->properties; attribute; attribute = attribute->next) {
    const std::string attribute_name = reinterpret_cast<const char*>(attribute->name);
    top.attributes.emplace_back(html ? Lowercase(attribute_name) : attribute_name,
                                TakeString(xmlNodeGetContent(reinterpret_cast<const xmlNode*>(attribute))));
  }
  Copy(root, top, html, 1);
  parse.root = std::move(top);
  xmlFreeDoc(document);
  return parse;
}

}  // namespace

const MarkupNode* MarkupNode::Child(const char* element_name) const {
  for (const MarkupNode& child : children) {
    if (child.IsElement(element_name)) return &child;
  }
  return nullptr;
}

std::string MarkupNode::Attribute(const char* attribute_name) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute_name) return value;
  }
  return "";
}

bool MarkupNode::HasAttribute(const char* attribute_name) const {
  for (const auto& attribute : attributes) {
    if (attribute.first == attribute_name) return true;
  }
  return false;
}

std::string MarkupNode::Text() const {
  if (kind == Kind::kText) return text;
  std::string all;
  for (const MarkupNode& child : children) all += child.Text();
  return all;
}

MarkupParse ParseXml(const std::string& bytes) {
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (!context) return {std::nullopt, "out of memory", 0};
  xmlDoc* document = xmlCtxtReadMemory(context, bytes.data(), static_cast<int>(bytes.size()), "part.xml", nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  // Namespace slips (an undeclared prefix) leave the document readable.
  MarkupParse parse = FromDocument(document, context->wellFormed != 0, xmlCtxtGetLastError(context), /*html=*/false);
  xmlFreeParserCtxt(context);
  return parse;
}

MarkupParse ParseHtml(const std::string& bytes, const std::string& encoding) {
  htmlParserCtxtPtr context = htmlNewParserCtxt();
  if (!context) return {std::nullopt, "out of memory", 0};
  htmlDocPtr document =
      htmlCtxtReadMemory(context, bytes.data(), static_cast<int>(bytes.size()), "page.html",
                         encoding.empty() ? nullptr : encoding.c_str(),
                         // A named encoding is what the bytes are: a <meta charset>
                         // saying otherwise must not switch the parser.
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                             (encoding.empty() ? 0 : HTML_PARSE_IGNORE_ENC));
  MarkupParse parse = FromDocument(document, /*well_formed=*/true, xmlCtxtGetLastError(context), /*html=*/true);
  htmlFreeParserCtxt(context);
  return parse;
}

std::string EscapeXml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace gongkai
