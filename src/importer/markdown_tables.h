// A published table as a GitHub-flavoured markdown table, for the narrative
// sections (机构设置, “三公”经费, 政府采购, 国有资产 …).
//
// The first row is the header, as printed. Cell text is escaped like a
// paragraph (markdown_paragraphs.h) and a '|' is escaped too; a line break
// inside a cell becomes a space, since a markdown table cell is one line.
// Rows shorter than the widest are padded with empty cells.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

// REQUIRES: rows is not empty. No final newline.
std::string TableToMarkdown(const std::vector<std::vector<std::string>>& rows);

}  // namespace gongkai
