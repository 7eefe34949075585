// Published paragraphs as the markdown body of a section file.
//
// The importer invents no markup: each paragraph becomes one markdown
// paragraph, and a character is escaped only where CommonMark (with GitHub's
// extensions) would otherwise read it as markup, so the rendered text equals
// the published text. "1、加强组织领导" needs nothing (、 does not start a
// list); "1. 加强组织领导" becomes "1\. 加强组织领导".
#pragma once

#include <string>
#include <vector>

namespace gongkai {

// REQUIRES: `paragraph` has no line breaks and no leading spaces.
std::string EscapeMarkdownParagraph(const std::string& paragraph);

// The paragraphs, escaped, separated by blank lines; no final newline.
std::string ParagraphsToMarkdown(const std::vector<std::string>& paragraphs);

}  // namespace gongkai
