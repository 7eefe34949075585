#include "importer/layout/laid_out_text.h"

namespace gongkai {

std::string LaidOutLine::Text() const {
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += words[i - 1].space_after ? " " : "  ";
    text += words[i].text;
  }
  return text;
}

SourceLocation LaidOutText::At(size_t index) const {
  SourceLocation where;
  where.file = path;
  where.line = lines[index].source_line;
  where.source_line = lines[index].Text();
  return where;
}

}  // namespace gongkai
