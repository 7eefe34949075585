// The text blocks of a laid-out document (importer/layout/text_blocks.h) on
// small pages made here: a page 600 wide, characters 12 wide, lines 16 high.
#include <catch2/catch.hpp>

#include "importer/layout/text_blocks.h"

using namespace gongkai;

namespace {

constexpr double kLeft = 60, kRight = 540, kCharacter = 12;

struct PageBuilder {
  LaidOutText text;
  int page = 1;
  double y = 60;

  // A line of `characters` Chinese characters starting `indent` characters in.
  void Line(const std::string& words, double indent = 0, double gap_before = 4) {
    y += gap_before;
    LaidOutLine line;
    line.page = page;
    line.row = static_cast<int>(text.lines.size()) + 1;
    line.source_line = line.row;
    line.top = y;
    line.bottom = y + 16;
    const double x0 = kLeft + indent * kCharacter;
    size_t characters = 0;
    for (size_t i = 0; i < words.size(); ++i) characters += (static_cast<unsigned char>(words[i]) & 0xC0) != 0x80;
    line.words.push_back({words, x0, std::min(kRight, x0 + static_cast<double>(characters) * kCharacter), y, y + 16, false});
    text.lines.push_back(line);
    y += 16;
  }
  void Centred(const std::string& words, size_t characters) {
    const double x0 = (kLeft + kRight) / 2 - static_cast<double>(characters) * kCharacter / 2;
    Line(words, (x0 - kLeft) / kCharacter, 20);
  }
  void NextPage() {
    ++page;
    y = 60;
  }
};

// 40 characters: fills the 480-wide line.
const std::string kFull = "这一行文字写满了整行一直写到右边的边缘为止这一行文字写满了整行一直写到右边的边缘为";

std::vector<TextBlock> Blocks(const PageBuilder& pages, std::vector<LineRange> taken = {}) {
  ImportReport report;
  return ReadTextBlocks(pages.text, std::move(taken), report);
}

}  // namespace

TEST_CASE("text blocks: a full line goes on in the next line; an indented line, an item or a gap starts a paragraph",
          "[importer][text-blocks]") {
  PageBuilder pages;
  pages.Centred("部门主要职能", 6);
  pages.Line(kFull, 2);               // a paragraph's first line, indented
  pages.Line("续写的半行。");         // goes on
  pages.Line(kFull, 2);
  pages.Line("（一）新的一项。");     // an item, although the line above is full
  pages.Line(kFull, 0);               // after a short line
  pages.Line(kFull, 2);               // indented
  pages.Line("隔了一段空白。", 0, 20);  // after a paragraph gap
  const std::vector<TextBlock> blocks = Blocks(pages);
  REQUIRE(blocks.size() == 7);
  CHECK(blocks[0].kind == TextBlockKind::kTitle);
  CHECK(blocks[0].text == "部门主要职能");
  CHECK(blocks[1].kind == TextBlockKind::kParagraph);
  CHECK(blocks[1].text == kFull + "续写的半行。");
  CHECK(blocks[1].lines.first == 1);
  CHECK(blocks[1].lines.end == 3);
  CHECK(blocks[2].text == kFull);
  CHECK(blocks[3].text == "（一）新的一项。");
  CHECK(blocks[4].text == kFull);
  CHECK(blocks[5].text == kFull);
  CHECK(blocks[6].text == "隔了一段空白。");
}

TEST_CASE("text blocks: over a page break, page numbers dropped, a page top printed twice kept once",
          "[importer][text-blocks]") {
  PageBuilder pages;
  pages.Centred("名词解释", 4);
  pages.Line("（一）第一项，写在第一页。", 0);
  pages.Line(kFull, 0);
  pages.Line("3", 19);  // the page number
  pages.NextPage();
  pages.Line("（一）第一项，写在第一页。", 0);  // printed again at the top
  pages.Line(kFull, 0);
  pages.Line("写到第二页的结尾。", 0);
  const std::vector<TextBlock> blocks = Blocks(pages);
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].text == "（一）第一项，写在第一页。");
  CHECK(blocks[2].text == kFull + "写到第二页的结尾。");
}

TEST_CASE("text blocks: the contents and the lines a table took are blocks of their own", "[importer][text-blocks]") {
  PageBuilder pages;
  pages.Centred("目 录", 3);
  pages.Line("一、部门主要职能 ……………… 1", 0);
  pages.Line("二、部门预算表 ……………… 2", 0);
  pages.NextPage();
  pages.Centred("部门预算编制说明", 8);
  pages.Line(kFull, 2);
  pages.Line("2026年部门收入预算总表", 4);  // lines[5]: a table's title
  pages.Line("合计  100.00", 0);             // lines[6]: its row
  pages.Line("表后的说明文字。", 2);
  const std::vector<TextBlock> blocks = Blocks(pages, {{5, 7}});
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0].kind == TextBlockKind::kContents);
  CHECK(blocks[0].lines.first == 0);
  CHECK(blocks[0].lines.end == 3);
  CHECK(blocks[1].kind == TextBlockKind::kTitle);
  CHECK(blocks[2].text == kFull);
  CHECK(blocks[3].kind == TextBlockKind::kTaken);
  CHECK(blocks[3].lines.first == 5);
  CHECK(blocks[4].text == "表后的说明文字。");
}

TEST_CASE("text blocks: in a document of parts only 第X部分 are titles; numbered short lines are headings",
          "[importer][text-blocks]") {
  PageBuilder pages;
  pages.Centred("第一部分 部门概况", 9);
  pages.Line("一、主要职能", 2);
  pages.Line(kFull, 2);
  pages.Centred("收入预算图", 5);  // a chart's caption inside the part
  pages.Line("一、财政拨款：指一般公共预算财政拨款。", 2);  // a term and its meaning
  const std::vector<TextBlock> blocks = Blocks(pages);
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0].kind == TextBlockKind::kTitle);
  CHECK(blocks[1].kind == TextBlockKind::kHeading);
  CHECK(blocks[3].kind == TextBlockKind::kParagraph);
  CHECK(blocks[3].text == "收入预算图");
  CHECK(blocks[4].kind == TextBlockKind::kParagraph);
}
