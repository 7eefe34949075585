// The search tokenizer (src/search/tokenizer.h). search.js implements the
// same rules for queries; tests/browser checks the two agree end to end.
#include "search/tokenizer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace gongkai {
namespace {

using Terms = std::vector<std::string>;

Terms TermsOf(std::string_view folded) {
  Terms terms;
  for (std::string_view term : IndexTerms(folded)) terms.emplace_back(term);
  return terms;
}

TEST_CASE("folding maps full-width ASCII and the ideographic space, and lowers case") {
  CHECK(FoldForSearch("ＡＢＣ１２３％（）") == "abc123%()");
  CHECK(FoldForSearch("１３０５２９２４Ｐ００５８４０１２０８６２") == "13052924p005840120862");
  CHECK(FoldForSearch("干部　培训") == "干部 培训");
  CHECK(FoldForSearch("APP 运行费用") == "app 运行费用");
}

TEST_CASE("folding keeps everything else, one code point for one") {
  CHECK(FoldForSearch("≥85%，“五老”、《通知》") == "≥85%,“五老”、《通知》");
  CHECK(FoldForSearch("中共巨鹿县委组织部") == "中共巨鹿县委组织部");
  CHECK(FoldForSearch("") == "");
  CHECK(FoldForSearch("a\xff" "b") == "a\xff" "b");  // invalid byte kept
}

TEST_CASE("Han runs give every character and every adjacent pair") {
  CHECK(TermsOf("干部培训") == Terms{"干", "部", "干部", "培", "部培", "训", "培训"});
  CHECK(TermsOf("党") == Terms{"党"});
}

TEST_CASE("punctuation and spaces end a Han run") {
  CHECK(TermsOf("培训，档案") == Terms{"培", "训", "培训", "档", "案", "档案"});
  CHECK(TermsOf("“五老”") == Terms{"五", "老", "五老"});
}

TEST_CASE("letters and digits are words, and a word ends a Han run") {
  CHECK(TermsOf("13052924p005840120862") == Terms{"13052924p005840120862"});
  CHECK(TermsOf("12345 便民热线") == Terms{"12345", "便", "民", "便民", "热", "民热", "线", "热线"});
  CHECK(TermsOf("≥85%") == Terms{"85"});
  CHECK(TermsOf("20.32 万元") == Terms{"20", "32", "万", "元", "万元"});
}

TEST_CASE("a word touching a Han character also gives the two together") {
  CHECK(TermsOf("2024年度") == Terms{"2024", "2024年", "年", "度", "年度"});
  CHECK(TermsOf("巨好办app") == Terms{"巨", "好", "巨好", "办", "好办", "app", "办app"});
  CHECK(TermsOf("热线12345服务") ==
        Terms{"热", "线", "热线", "12345", "线12345", "12345服", "服", "务", "服务"});
  CHECK(TermsOf("第1次") == Terms{"第", "1", "第1", "1次", "次"});
}

TEST_CASE("terms come from folded text, so full-width and half-width queries meet") {
  CHECK(TermsOf(FoldForSearch("Ｐ００５")) == TermsOf(FoldForSearch("p005")));
  CHECK(TermsOf(FoldForSearch("ＡＰＰ运行")) == Terms{"app", "app运", "运", "行", "运行"});
}

// Seed 004 prints "2024 年度党刊征订费", "12345 便民热线", "巨好办 APP";
// readers type them without the spaces.
TEST_CASE("spaces between Han characters and words do not separate them") {
  CHECK(JoinHanAndWords("2024 年度党刊征订费") == "2024年度党刊征订费");
  CHECK(JoinHanAndWords("提高 12345 热线服务质量") == "提高12345热线服务质量");
  CHECK(JoinHanAndWords("巨好办  app 运行费用") == "巨好办app运行费用");
  CHECK(JoinHanAndWords("冀财社 2023 年 218 号") == "冀财社2023年218号");
  // Between two words or two Han characters, and before punctuation, a
  // space stays: it may part two numbers or two words.
  CHECK(JoinHanAndWords("1000 份") == "1000份");
  CHECK(JoinHanAndWords("13052924p0058401208 62") == "13052924p0058401208 62");
  CHECK(JoinHanAndWords("服务质 量") == "服务质 量");
  CHECK(JoinHanAndWords("党刊 （征订）") == "党刊 （征订）");
  CHECK(JoinHanAndWords(" 2024 ") == " 2024 ");
  CHECK(TermsOf(JoinHanAndWords(FoldForSearch("2024　年度"))) == TermsOf("2024年度"));
}

TEST_CASE("CJK extension characters and 〇 count as Han; kana does not") {
  CHECK(IsSearchHan(U'〇'));
  CHECK(IsSearchHan(0x20000));  // Extension B
  CHECK(IsSearchHan(0x3400));   // Extension A
  CHECK_FALSE(IsSearchHan(U'あ'));
  CHECK_FALSE(IsSearchHan(U'，'));
  CHECK(TermsOf("\xF0\xA0\x80\x80" "字") == Terms{"\xF0\xA0\x80\x80", "字", "\xF0\xA0\x80\x80" "字"});
}

TEST_CASE("invalid UTF-8 separates terms instead of failing") {
  CHECK(TermsOf("培\xff训") == Terms{"培", "训"});
  CHECK(TermsOf("ab\xc3") == Terms{"ab"});
}

}  // namespace
}  // namespace gongkai
