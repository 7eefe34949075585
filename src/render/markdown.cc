#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <vector>

#include "format/utf8_text.h"
#include "render/html_escape.h"

namespace gongkai {
namespace {

constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Raw HTML nodes become text nodes with the same literal, so the renderer
// escapes them.
void ReplaceRawHtmlWithText(cmark_node* node) {
  const cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_HTML_INLINE) {
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, cmark_node_get_literal(node));
    cmark_node_replace(node, text);
    cmark_node_free(node);
  } else if (type == CMARK_NODE_HTML_BLOCK) {
    cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
    std::string literal = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    while (!literal.empty() && literal.back() == '\n') literal.pop_back();
    cmark_node_set_literal(text, literal.c_str());
    cmark_node_append_child(paragraph, text);
    cmark_node_replace(node, paragraph);
    cmark_node_free(node);
  }
}

// A link to a refused URL is replaced by its children (the link text).
void UnlinkUnsafe(cmark_node* node) {
  const cmark_node_type type = cmark_node_get_type(node);
  if (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE) return;
  const char* url = cmark_node_get_url(node);
  // cmark-gfm lets an autolink sit inside a link's text ("[<http:>]()"),
  // giving <a> inside <a>, which is not HTML: the inner one becomes text.
  bool inside_link = false;
  for (cmark_node* parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
    inside_link = inside_link || cmark_node_get_type(parent) == CMARK_NODE_LINK;
  }
  // Images are allowed only from the site itself: no external resources.
  const bool allowed = type == CMARK_NODE_LINK
                           ? !inside_link && IsAllowedLinkUrl(url ? url : "")
                           : (url && IsAllowedLinkUrl(url) && std::string(url).find(':') == std::string::npos &&
                              std::string(url).rfind("//", 0) != 0);
  if (allowed) return;
  // Keep the link text (or an image's description) in its place.
  cmark_node* child = cmark_node_first_child(node);
  while (child) {
    cmark_node* next = cmark_node_next(child);
    cmark_node_insert_before(node, child);
    child = next;
  }
  cmark_node_unlink(node);
  cmark_node_free(node);
}

// Character references bring back what the loader removed from the raw
// text: "&#1;" is U+0001 and "&#x202E;" a bidi override once decoded, and
// cmark-gfm 0.29 decodes "&#xFFFF;" to the lone byte 0xFF (not UTF-8).
// Drop both again from every literal, link URL and title.
void RemoveInvisibleControlsFrom(cmark_node* node) {
  const auto clean = [](const char* text, auto set) {
    if (text && (FindInvisibleControl(text) != std::string::npos || FindInvalidUtf8(text) != std::string::npos)) {
      set(RemoveInvisibleControls(text).c_str());
    }
  };
  clean(cmark_node_get_literal(node), [&](const char* text) { cmark_node_set_literal(node, text); });
  const cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
    clean(cmark_node_get_url(node), [&](const char* text) { cmark_node_set_url(node, text); });
    clean(cmark_node_get_title(node), [&](const char* text) { cmark_node_set_title(node, text); });
  }
}

void SanitizeTree(cmark_node* root) {
  // Collect first: the tree must not change under the iterator.
  std::vector<cmark_node*> nodes;
  cmark_iter* iter = cmark_iter_new(root);
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(iter));
  }
  cmark_iter_free(iter);
  // Children before parents, so an unlinked link's children are already clean.
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    RemoveInvisibleControlsFrom(*it);
    const cmark_node_type type = cmark_node_get_type(*it);
    if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) {
      ReplaceRawHtmlWithText(*it);
    } else if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      UnlinkUnsafe(*it);
    }
  }
}

}  // namespace

bool IsAllowedLinkUrl(const std::string& url) {
  // Browsers ignore leading spaces and control characters and tabs or
  // newlines inside a scheme ("java\tscript:"), so compare without them.
  std::string compact;
  for (char c : url) {
    if (static_cast<unsigned char>(c) > 0x20) compact += c;
  }
  compact = Lowercase(compact);
  const size_t colon = compact.find(':');
  const size_t first_separator = compact.find_first_of("/?#");
  if (colon == std::string::npos || (first_separator != std::string::npos && first_separator < colon)) {
    return true;  // relative
  }
  const std::string scheme = compact.substr(0, colon);
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

namespace {

// Raw HTML in the markdown is escaped, so every "<table>" here is cmark's.
std::string WrapTables(const std::string& html, const std::string& label) {
  std::string out;
  size_t at = 0;
  int count = 0;
  for (size_t found; (found = html.find("<table>", at)) != std::string::npos;) {
    const size_t end = html.find("</table>", found);
    if (end == std::string::npos) break;
    out += html.substr(at, found - at);
    out += "<div class=\"table-scroll\" role=\"region\" aria-label=\"" + EscapeHtml(label) + " 表" +
           std::to_string(++count) + "\" tabindex=\"0\">\n";
    // A header cell the document left empty becomes a plain cell: an
    // empty header names nothing for a screen reader.
    std::string table = html.substr(found, end + 8 - found);
    for (size_t blank; (blank = table.find("<th></th>")) != std::string::npos;) table.replace(blank, 9, "<td></td>");
    out += table + "\n</div>";
    at = end + 8;
  }
  return out + html.substr(at);
}

}  // namespace

std::string RenderMarkdown(const std::string& markdown, const std::string& table_label) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(kOptions);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, extension);
    }
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  SanitizeTree(document);
  char* html = cmark_render_html(document, kOptions, cmark_parser_get_syntax_extensions(parser));
  std::string result = WrapTables(html ? html : "", table_label);
  std::free(html);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return result;
}

}  // namespace gongkai
