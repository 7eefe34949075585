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

}  // namespace gongkai
