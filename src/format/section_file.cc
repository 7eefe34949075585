#include "format/section_file.h"

#include "format/content_json.h"
#include "format/utf8_text.h"

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

Section ParseSectionFile(const std::string& file, const std::string& file_name, const std::string& original,
                         Diagnostics& diagnostics) {
  Section section;
  section.origin = SourceLocation{file, 1, 1};
  section.id = SectionIdFromFileName(file_name);
  if (section.id.empty()) {
    diagnostics.Error(SourceLocation{file},
                      "a section file is named NN-<id>.md with <id> in lowercase ASCII letters, digits and '-' "
                      "(such as 03-measures.md)");
  }
  if (original.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    diagnostics.Error(SourceLocation{file, 1, 1}, "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
    return section;
  }
  const size_t invalid = FindInvalidUtf8(original);
  if (invalid != std::string::npos) {
    SourceLocation where = LocateOffset(file, original, invalid);
    where.source_line.clear();  // it would print the broken bytes
    diagnostics.Error(where, "invalid UTF-8 at byte offset " + std::to_string(invalid) + " (" +
                                 DescribeCharacterAt(original, invalid) + "); save the file as UTF-8");
    return section;
  }
  // Invisible in a published document, able to disguise text on a page.
  const size_t control = FindInvisibleControl(original);
  if (control != std::string::npos) {
    SourceLocation where = LocateOffset(file, original, control);
    where.source_line.clear();
    diagnostics.Warning(where, "removed " + DescribeCharacterAt(original, control) +
                                   " and any other invisible control characters: they can make text read "
                                   "differently from what it says");
  }
  const std::string text =
      WithUnixLineEndings(control == std::string::npos ? original : RemoveInvisibleControls(original));
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
