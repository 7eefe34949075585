#include "importer/word_text_lines.h"

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

bool StartsWithSpace(const std::string& text, size_t* length) {
  for (const char* space : {" ", "\t", "\r", "\xC2\xA0", "\xE3\x80\x80"}) {
    if (StartsWith(std::string_view(text), space)) {
      *length = std::string_view(space).size();
      return true;
    }
  }
  return false;
}

bool EndsWithSpace(const std::string& text, size_t* length) {
  for (const char* space : {" ", "\t", "\r", "\xC2\xA0", "\xE3\x80\x80"}) {
    if (EndsWith(std::string_view(text), space)) {
      *length = std::string_view(space).size();
      return true;
    }
  }
  return false;
}

std::string TrimSpaces(std::string text) {
  size_t length = 0;
  while (StartsWithSpace(text, &length)) text.erase(0, length);
  while (EndsWithSpace(text, &length)) text.erase(text.size() - length);
  return text;
}

}  // namespace

std::vector<std::string> SplitTextLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = TrimSpaces(text.substr(start, end - start));
    if (!line.empty()) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

void WordTextLines::Paragraph(const std::string& text) {
  ++paragraphs_;
  const std::vector<std::string> lines = SplitTextLines(text);
  // An empty paragraph separates as a blank line does in Word text.
  if (lines.empty()) Add("");
  for (const std::string& line : lines) Add(line);
}

void WordTextLines::Row(const std::vector<std::vector<std::string>>& cells) {
  ++rows_;
  for (const std::vector<std::string>& paragraphs : cells) {
    std::vector<std::string> lines;
    for (const std::string& paragraph : paragraphs) {
      for (std::string& line : SplitTextLines(paragraph)) lines.push_back(std::move(line));
    }
    Add("\t" + (lines.empty() ? std::string() : lines[0]));
    for (size_t i = 1; i < lines.size(); ++i) Add(lines[i]);
  }
  Add("");
}

}  // namespace gongkai
