#include "html_document.h"

#include <fstream>
#include <sstream>

namespace gongkai::testing {
namespace {

std::string Trim(const std::string& text) {
  const char* space = " \t\r\n";
  const size_t start = text.find_first_not_of(space);
  if (start == std::string::npos) return "";
  return text.substr(start, text.find_last_not_of(space) - start + 1);
}

// libxml2's HTML parser knows HTML 4: it calls HTML5 elements (<main>,
// <nav>, <details>) unknown. Those are not problems; everything else is.
void CountProblem(void* context, xmlErrorPtr error) {
  if (error && error->code != XML_HTML_UNKNOWN_TAG) ++*static_cast<int*>(context);
}

void AppendOutline(xmlNodePtr node, int depth, std::string& out) {
  for (; node; node = node->next) {
    if (node->type == XML_ELEMENT_NODE) {
      out += std::string(static_cast<size_t>(depth) * 2, ' ') + reinterpret_cast<const char*>(node->name);
      for (const char* attribute : {"id", "class", "href", "rowspan", "scope", "open", "lang"}) {
        xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(attribute));
        if (value) {
          out += std::string(" ") + attribute + "=\"" + reinterpret_cast<const char*>(value) + "\"";
          xmlFree(value);
        }
      }
      out += "\n";
      AppendOutline(node->children, depth + 1, out);
    } else if (node->type == XML_TEXT_NODE) {
      const std::string text = Trim(reinterpret_cast<const char*>(node->content));
      if (!text.empty()) out += std::string(static_cast<size_t>(depth) * 2, ' ') + "\"" + text + "\"\n";
    }
  }
}

}  // namespace

HtmlDocument::HtmlDocument(const std::string& html) {
  htmlParserCtxtPtr context = htmlNewParserCtxt();
  xmlSetStructuredErrorFunc(&parse_problems_, CountProblem);
  doc_ = htmlCtxtReadMemory(context, html.data(), static_cast<int>(html.size()), "page.html", "UTF-8",
                            HTML_PARSE_NONET);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  htmlFreeParserCtxt(context);
}

HtmlDocument::~HtmlDocument() {
  if (doc_) xmlFreeDoc(doc_);
}

xmlXPathObjectPtr HtmlDocument::Evaluate(const std::string& xpath) const {
  if (!doc_) return nullptr;
  xmlXPathContextPtr context = xmlXPathNewContext(doc_);
  xmlXPathObjectPtr result = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), context);
  xmlXPathFreeContext(context);
  return result;
}

size_t HtmlDocument::Count(const std::string& xpath) const {
  xmlXPathObjectPtr result = Evaluate(xpath);
  size_t count = result && result->nodesetval ? static_cast<size_t>(result->nodesetval->nodeNr) : 0;
  xmlXPathFreeObject(result);
  return count;
}

std::vector<std::string> HtmlDocument::Texts(const std::string& xpath) const {
  std::vector<std::string> texts;
  xmlXPathObjectPtr result = Evaluate(xpath);
  if (result && result->nodesetval) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* content = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
      texts.push_back(Trim(content ? reinterpret_cast<const char*>(content) : ""));
      xmlFree(content);
    }
  }
  xmlXPathFreeObject(result);
  return texts;
}

std::string HtmlDocument::Text(const std::string& xpath) const {
  const auto texts = Texts(xpath);
  return texts.empty() ? "" : texts.front();
}

std::vector<std::string> HtmlDocument::Attributes(const std::string& xpath, const std::string& attribute) const {
  std::vector<std::string> values;
  xmlXPathObjectPtr result = Evaluate(xpath);
  if (result && result->nodesetval) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
      xmlChar* value = xmlGetProp(result->nodesetval->nodeTab[i], reinterpret_cast<const xmlChar*>(attribute.c_str()));
      values.push_back(value ? reinterpret_cast<const char*>(value) : "");
      xmlFree(value);
    }
  }
  xmlXPathFreeObject(result);
  return values;
}

std::string HtmlDocument::Outline() const {
  std::string out;
  if (doc_) AppendOutline(xmlDocGetRootElement(doc_), 0, out);
  return out;
}

std::string ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace gongkai::testing
