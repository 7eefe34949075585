#include "importer/narrative/laid_out_sections.h"

#include <set>

#include "importer/cjk_text.h"
#include "importer/markdown_paragraphs.h"
#include "importer/outline_headings.h"

namespace gongkai {
namespace {

constexpr size_t kQuotedCharacters = 30;

}  // namespace

std::vector<Section> ReadLaidOutSections(const LaidOutText& text, const std::vector<TextBlock>& blocks,
                                         ImportReport& report) {
  std::vector<Section> sections;
  const auto line_of = [&](const TextBlock& block) { return text.lines[block.lines.first].source_line; };
  const auto last_line_of = [&](const TextBlock& block) { return text.lines[block.lines.end - 1].source_line; };
  bool open = false;        // a section takes the blocks that follow
  bool past_cover = false;  // the contents or a section came
  for (size_t b = 0; b < blocks.size(); ++b) {
    const TextBlock& block = blocks[b];
    switch (block.kind) {
      case TextBlockKind::kTaken:
        continue;
      case TextBlockKind::kContents:
        past_cover = true;
        report.Skip(line_of(block), last_line_of(block), "目录", Abbreviate(block.text, kQuotedCharacters));
        continue;
      case TextBlockKind::kTitle: {
        // A title with no text of its own before the next title or table
        // (第二部分 部门预算表 over the tables): no section.
        size_t next = b + 1;
        if (next == blocks.size() || blocks[next].kind == TextBlockKind::kTitle ||
            blocks[next].kind == TextBlockKind::kTaken || blocks[next].kind == TextBlockKind::kContents) {
          report.Skip(line_of(block), 0, sections.empty() && !past_cover ? "封面" : "只有标题、没有正文的部分", block.text);
          past_cover = past_cover || !sections.empty();
          open = false;
          continue;
        }
        Section section;
        section.title = block.text;
        section.id = NarrativeSectionId(block.text);
        section.origin = text.At(block.lines.first);
        sections.push_back(std::move(section));
        open = true;
        continue;
      }
      case TextBlockKind::kHeading:
      case TextBlockKind::kParagraph:
        break;
    }
    if (!open) {
      report.Skip(line_of(block), last_line_of(block), past_cover ? "不属于任何部分的文字" : "封面",
                  Abbreviate(block.text, kQuotedCharacters));
      continue;
    }
    std::string& markdown = sections.back().markdown;
    if (!markdown.empty()) markdown += "\n\n";
    markdown += block.kind == TextBlockKind::kHeading ? "### " + EscapeMarkdownParagraph(block.text)
                                                      : EscapeMarkdownParagraph(block.text);
  }
  // Ids: the vocabulary's, "section-N" for a title it does not know; the
  // same id twice (two 项目经费情况说明) numbered.
  std::set<std::string> used;
  for (size_t i = 0; i < sections.size(); ++i) {
    Section& section = sections[i];
    if (section.id.empty()) {
      section.id = "section-" + std::to_string(i + 1);
      report.Guess(section.origin.line, "未知标题的部分，编号为 " + section.id, section.title);
    }
    const std::string base = section.id;
    for (int n = 2; !used.insert(section.id).second; ++n) section.id = base + "-" + std::to_string(n);
  }
  return sections;
}

}  // namespace gongkai
