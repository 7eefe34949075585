#include "format/section_file.h"

#include "format/content_json.h"

namespace gongkai {
namespace {

bool IsIdCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

std::string SectionIdFromFileName(const std::string& file_name) {
  const std::string suffix = ".md";
  if (file_name.size() <= suffix.size() || file_name.compare(file_name.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return "";
  }
  const std::string stem = file_name.substr(0, file_name.size() - suffix.size());
  size_t digits = 0;
  while (digits < stem.size() && stem[digits] >= '0' && stem[digits] <= '9') ++digits;
  if (digits == 0 || digits >= stem.size() - 1 || stem[digits] != '-') return "";
  const std::string id = stem.substr(digits + 1);
  for (char c : id) {
    if (!IsIdCharacter(c)) return "";
  }
  return id;
}

Section ParseSectionFile(const std::string& file, const std::string& file_name, const std::string& text,
                         Diagnostics& diagnostics) {
  Section section;
  section.origin = SourceLocation{file, 1, 1};
  section.id = SectionIdFromFileName(file_name);
  if (section.id.empty()) {
    diagnostics.Error(SourceLocation{file},
                      "a section file is named NN-<id>.md with <id> in lowercase ASCII letters, digits and '-' "
                      "(such as 03-measures.md)");
  }
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    diagnostics.Error(SourceLocation{file, 1, 1}, "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
    return section;
  }
  if (text.compare(0, 4, "---\n") != 0) {
    diagnostics.Error(LocateOffset(file, text, 0),
                      "expected front matter: a first line \"---\", then \"format: 1\" and \"title: …\", then \"---\"");
    return section;
  }
  size_t pos = 4;
  bool has_format = false;
  while (true) {
    const size_t end = text.find('\n', pos);
    if (end == std::string::npos) {
      diagnostics.Error(LocateOffset(file, text, pos), "front matter is not closed by a line \"---\"");
      return section;
    }
    const std::string line = text.substr(pos, end - pos);
    if (line == "---") {
      pos = end + 1;
      break;
    }
    const size_t colon = line.find(": ");
    const std::string key = colon == std::string::npos ? line : line.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (key == "format") {
      has_format = true;
      if (value != std::to_string(kFormatVersion)) {
        diagnostics.Error(LocateOffset(file, text, pos + colon + 2),
                          "unsupported format version \"" + value + "\"; this gongkai reads format " +
                              std::to_string(kFormatVersion));
      }
    } else if (key == "title") {
      section.title = value;
    } else {
      diagnostics.Warning(LocateOffset(file, text, pos),
                          "unknown front matter line; expected \"format: 1\" or \"title: …\"");
    }
    pos = end + 1;
  }
  if (!has_format) diagnostics.Error(SourceLocation{file, 1, 1}, "front matter lacks \"format: 1\"");
  if (section.title.empty()) diagnostics.Error(SourceLocation{file, 1, 1}, "front matter lacks \"title: …\"");
  section.markdown = text.substr(pos);
  return section;
}

std::string SectionToFile(const Section& section) {
  std::string body = section.markdown;
  if (!body.empty() && body.back() != '\n') body += '\n';
  return "---\nformat: " + std::to_string(kFormatVersion) + "\ntitle: " + section.title + "\n---\n" + body;
}

}  // namespace gongkai
