#include "importer/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

#include "importer/cell_repair.h"
#include "importer/import_messages.h"
#include "importer/read/text_encoding.h"
#include "importer/word_text_lines.h"

namespace gongkai {
namespace {

std::string Name(const xmlNode* node) {
  std::string name = reinterpret_cast<const char*>(node->name);
  std::transform(name.begin(), name.end(), name.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return name;
}

bool IsElement(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && Name(node) == name;
}

bool IsSkipped(const std::string& name) {
  static const std::set<std::string> kSkipped = {"head", "script", "style", "noscript", "template", "title",
                                                 "iframe", "object", "svg", "select", "button"};
  return kSkipped.count(name) > 0;
}

bool IsBlock(const std::string& name) {
  static const std::set<std::string> kBlocks = {"p",  "div", "h1",     "h2",      "h3",      "h4",     "h5",
                                                "h6", "li",  "dt",     "dd",      "pre",     "section", "article",
                                                "header", "footer", "blockquote", "center", "form", "ul", "ol",
                                                "dl", "caption", "main", "nav", "aside", "address", "hr", "body"};
  return kBlocks.count(name) > 0;
}

int SpanOf(const xmlNode* cell, const char* attribute) {
  xmlChar* value = xmlGetProp(cell, reinterpret_cast<const xmlChar*>(attribute));
  int span = 1;
  if (value) {
    const std::string text = reinterpret_cast<const char*>(value);
    if (!text.empty() && text.size() < 4 && text.find_first_not_of("0123456789") == std::string::npos) {
      span = std::max(1, std::stoi(text));
    }
    xmlFree(value);
  }
  return span;
}

// Collapses runs of spaces (and U+00A0) to one, keeping '\n' (from <br>)
// as a line break.
std::string CollapseSpaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (c == '\n') {
      out += '\n';
      space = false;
      continue;
    }
    if (space && !out.empty() && out.back() != '\n') out += ' ';
    space = false;
    out += c;
  }
  return out;
}

class PageReader {
 public:
  void Blocks(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node; node = node->next) Node(node);
    Flush();
  }

  WordTextLines& lines() { return lines_; }

 private:
  void Node(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      // A line break in the page's source is a space; only <br> breaks a line.
      for (const char* c = node->content ? reinterpret_cast<const char*>(node->content) : ""; *c; ++c) {
        pending_ += *c == '\n' || *c == '\r' || *c == '\t' ? ' ' : *c;
      }
      return;
    }
    if (node->type != XML_ELEMENT_NODE) return;
    const std::string name = Name(node);
    if (IsSkipped(name)) return;
    if (name == "br") {
      pending_ += '\n';
      return;
    }
    if (name == "table") {
      Flush();
      Table(node);
      return;
    }
    const bool block = IsBlock(name);
    if (block) Flush();
    for (const xmlNode* child = node->children; child; child = child->next) Node(child);
    if (block) Flush();
  }

  // Ends the paragraph being collected.
  void Flush() {
    const std::string text = MendSplitCell(CollapseSpaces(pending_));
    pending_.clear();
    for (const std::string& line : SplitTextLines(text)) lines_.Paragraph(line);
  }

  void Table(const xmlNode* table) {
    std::vector<const xmlNode*> rows;
    CollectRows(table, rows);
    std::map<int, int> covered;  // grid column -> rows still covered by a rowspan from above
    for (const xmlNode* row : rows) {
      std::vector<std::vector<std::string>> cells;
      int column = 0;
      const auto skip_covered = [&]() {
        while (covered.count(column) && covered[column] > 0) {
          --covered[column];
          cells.emplace_back();  // the merged cell above, as Word prints it: empty
          ++column;
        }
      };
      for (const xmlNode* cell = row->children; cell; cell = cell->next) {
        if (!IsElement(cell, "td") && !IsElement(cell, "th")) continue;
        skip_covered();
        const int rowspan = SpanOf(cell, "rowspan"), colspan = SpanOf(cell, "colspan");
        for (int c = 0; c < colspan; ++c) {
          if (rowspan > 1) covered[column + c] = rowspan - 1;
        }
        cells.push_back(CellParagraphs(cell));
        column += colspan;
      }
      skip_covered();
      if (!cells.empty()) lines_.Row(cells);
    }
  }

  // tr elements of this table, not of tables nested in its cells.
  static void CollectRows(const xmlNode* node, std::vector<const xmlNode*>& rows) {
    for (const xmlNode* child = node->children; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      const std::string name = Name(child);
      if (name == "tr") rows.push_back(child);
      else if (name == "thead" || name == "tbody" || name == "tfoot") CollectRows(child, rows);
    }
  }

  std::vector<std::string> CellParagraphs(const xmlNode* cell) {
    PageReader inner;
    inner.Blocks(cell);
    std::vector<std::string> paragraphs;
    for (const SourceLine& line : inner.lines().Take()) {
      // A table nested in the cell arrives as cell lines; keep their text.
      const std::string text = !line.text.empty() && line.text[0] == '\t' ? line.text.substr(1) : line.text;
      if (!text.empty()) paragraphs.push_back(text);
    }
    return paragraphs;
  }

  WordTextLines lines_;
  std::string pending_;
};

}  // namespace

std::optional<SourceDocument> ReadHtml(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  // Decoded by what the bytes are (read/text_encoding.h), not by the
  // declaration, which may lie; libxml2 then reads UTF-8 and ignores it.
  DecodeFailure failure;
  const auto page = DecodeHtmlPage(bytes, failure);
  if (!page) return TextSourceDocument(path, bytes, diagnostics);  // reports the failure as for any text
  const std::string& text = page->decoded.text;
  htmlDocPtr doc = htmlReadMemory(text.data(), static_cast<int>(text.size()), path.c_str(), "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_IGNORE_ENC);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  if (!root) {
    if (doc) xmlFreeDoc(doc);
    diagnostics.Error(FileLocation(path), "cannot read the page as HTML");
    return std::nullopt;
  }
  const xmlNode* body = nullptr;
  for (const xmlNode* child = root->children; child && !body; child = child->next) {
    if (IsElement(child, "body")) body = child;
  }
  PageReader reader;
  reader.Blocks(body ? body : root);
  xmlFreeDoc(doc);
  SourceDocument document;
  document.path = path;
  document.kind = SourceKind::kHtml;
  document.lines_are = "paragraphs and table cells of the page, counted from 1 (" +
                       std::to_string(reader.lines().paragraphs()) + " paragraphs, " +
                       std::to_string(reader.lines().rows()) + " table rows)";
  document.lines = reader.lines().Take();
  document.encoding = page->decoded.encoding;
  if (page->declaration_wrong) {
    document.encoding_warning = ImportMessage(ImportMessageId::kHtmlCharsetWrong, {page->declared, page->decoded.encoding});
  }
  return document;
}

}  // namespace gongkai
