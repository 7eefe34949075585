#include "importer/markdown_paragraphs.h"

namespace gongkai {
namespace {

// Characters that start inline markup anywhere in a line: emphasis, code,
// links and images, raw HTML and autolinks, entities, strikethrough, and the
// backslash itself. They are rare in Chinese prose, so escaping each one is
// both minimal and simple.
bool IsInlineMarkup(char c) {
  switch (c) {
    case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '&': case '~':
      return true;
    default:
      return false;
  }
}

bool IsBlankOrEnd(const std::string& text, size_t i) { return i >= text.size() || text[i] == ' ' || text[i] == '\t'; }

// Where a line-start block marker needs a backslash, or npos: "# " heading,
// "> " quote, "- " / "+ " bullet (and "---" rules), "12. " / "12) " list.
size_t BlockMarkerPosition(const std::string& text) {
  if (text.empty()) return std::string::npos;
  const char first = text[0];
  if (first == '#' || first == '>' || first == '-' || first == '+') return 0;
  size_t digits = 0;
  while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits <= 9 && digits < text.size() && (text[digits] == '.' || text[digits] == ')') &&
      IsBlankOrEnd(text, digits + 1)) {
    return digits;
  }
  return std::string::npos;
}

}  // namespace

std::string EscapeMarkdownParagraph(const std::string& paragraph) {
  const size_t marker = BlockMarkerPosition(paragraph);
  std::string out;
  out.reserve(paragraph.size() + 8);
  for (size_t i = 0; i < paragraph.size(); ++i) {
    if (i == marker || IsInlineMarkup(paragraph[i])) out += '\\';
    out += paragraph[i];
  }
  return out;
}

std::string ParagraphsToMarkdown(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& paragraph : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += EscapeMarkdownParagraph(paragraph);
  }
  return out;
}

}  // namespace gongkai
