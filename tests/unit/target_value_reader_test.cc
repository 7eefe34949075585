// ReadTargetValueText: every 指标值 form in design/domain.md and the seeds.
#include "format/target_value_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace gongkai {
namespace {

struct ComparisonCase {
  std::string text;
  Comparison comparison;
  std::string number;  // as Decimal::ToString prints it
  std::string unit;
};

struct DeadlineCase {
  std::string text;
  int year, month, day;
};

void CheckComparisons(const std::vector<ComparisonCase>& cases) {
  for (const auto& c : cases) {
    INFO("text: " << c.text);
    const TargetValue v = ReadTargetValueText(c.text);
    CHECK(v.text == c.text);
    CHECK(TargetKindName(v.kind) == std::string("comparison"));
    CHECK(ComparisonSymbol(v.comparison) == std::string(ComparisonSymbol(c.comparison)));
    REQUIRE(v.number.has_value());
    CHECK(v.number->ToString() == c.number);
    CHECK(v.unit == c.unit);
    CHECK(v.deadline == Deadline{});
  }
}

void CheckDeadlines(const std::vector<DeadlineCase>& cases) {
  for (const auto& c : cases) {
    INFO("text: " << c.text);
    const TargetValue v = ReadTargetValueText(c.text);
    CHECK(v.text == c.text);
    CHECK(TargetKindName(v.kind) == std::string("deadline"));
    CHECK(v.deadline.year == c.year);
    CHECK(v.deadline.month == c.month);
    CHECK(v.deadline.day == c.day);
    CHECK_FALSE(v.number.has_value());
    CHECK(v.unit.empty());
  }
}

void CheckKind(const std::vector<std::string>& texts, TargetKind kind) {
  for (const auto& text : texts) {
    INFO("text: [" << text << "]");
    const TargetValue v = ReadTargetValueText(text);
    CHECK(v.text == text);
    CHECK(TargetKindName(v.kind) == std::string(TargetKindName(kind)));
    CHECK_FALSE(v.number.has_value());
    CHECK(v.unit.empty());
    CHECK(v.deadline == Deadline{});
  }
}

constexpr Comparison kGe = Comparison::kAtLeast;
constexpr Comparison kLe = Comparison::kAtMost;
constexpr Comparison kGt = Comparison::kGreater;
constexpr Comparison kLt = Comparison::kLess;
constexpr Comparison kEq = Comparison::kEqual;

}  // namespace

TEST_CASE("target value: the comparisons listed in domain.md", "[target_value]") {
  CheckComparisons({
      {"≥85%", kGe, "85", "%"},
      {"≥1次", kGe, "1", "次"},
      {">2次", kGt, "2", "次"},
      {"<0.2万元", kLt, "0.2", "万元"},
      {"≤20.32万元", kLe, "20.32", "万元"},
      {"100百分比", kEq, "100", "%"},
      {"≥100百分比", kGe, "100", "%"},
      {"≥95维修情况", kGe, "95", "维修情况"},
      {"≥10个（乡镇数目）", kGe, "10", "个（乡镇数目）"},
      {"1 次/月/村", kEq, "1", "次/月/村"},
      {"≤6 月", kLe, "6", "月"},
      {"24 个月", kEq, "24", "个月"},
  });
}

TEST_CASE("target value: a bare number with a unit is an equality", "[target_value]") {
  CheckComparisons({
      {"1000 份", kEq, "1000", "份"},
      {"168 元", kEq, "168", "元"},
      {"0.1 万元", kEq, "0.1", "万元"},
      {"1 年", kEq, "1", "年"},
      {"0次", kEq, "0", "次"},          // a zero with a unit says something
      {"100.00%", kEq, "100.00", "%"},  // the scale is kept
      {"1", kEq, "1", ""},              // 003: 慰问金发放人数 1
  });
}

TEST_CASE("target value: operators in ASCII, full width and words", "[target_value]") {
  CheckComparisons({
      {">=90%", kGe, "90", "%"},
      {"<= 5 万元", kLe, "5", "万元"},
      {"=100%", kEq, "100", "%"},
      {"＞95%", kGt, "95", "%"},
      {"＜2万元", kLt, "2", "万元"},
      {"＝1次", kEq, "1", "次"},
      {"≧90%", kGe, "90", "%"},  // OCR's variants of ≥ ≤
      {"⩽3万元", kLe, "3", "万元"},
      {"不少于5次", kGe, "5", "次"},
      {"不低于90%", kGe, "90", "%"},
      {"大于等于95%", kGe, "95", "%"},
      {"小于等于1万元", kLe, "1", "万元"},
      {"不超过12.4万元", kLe, "12.4", "万元"},
      {"不高于1.5万元", kLe, "1.5", "万元"},
      {"大于90%", kGt, "90", "%"},
      {"小于2次", kLt, "2", "次"},
      {"≥ 90 %", kGe, "90", "%"},
  });
}

TEST_CASE("target value: a comparison written after the number", "[target_value]") {
  CheckComparisons({
      {"10个以上", kGe, "10", "个"},
      {"1.8万元以内", kLe, "1.8", "万元"},
      {"5%以下", kLe, "5", "%"},
      {"≥85%以上", kGe, "85", "%"},  // said twice, still one comparison
  });
  CheckKind({"≤10个以上"}, TargetKind::kQualitative);  // contradicts itself
}

TEST_CASE("target value: full-width digits and percent are folded", "[target_value]") {
  CheckComparisons({
      {"≥９０％", kGe, "90", "%"},
      {"１２．５万元", kEq, "12.5", "万元"},
      {"≥95％", kGe, "95", "%"},   // 001
      {"100％", kEq, "100", "%"},  // 001
  });
}

TEST_CASE("target value: LaTeX written by OCR", "[target_value]") {
  CheckComparisons({
      {"$\\geq 90\\%$", kGe, "90", "%"},
      {"$\\geq 90 \\%$", kGe, "90", "%"},
      {"$90\\%$", kEq, "90", "%"},
      {"$\\leq 5$万元", kLe, "5", "万元"},
      {"$\\ge 85\\%$", kGe, "85", "%"},
      {"$\\le 2$ 次", kLe, "2", "次"},
      {"$\\gt 10$次", kGt, "10", "次"},
      {"$\\lt 0.2$万元", kLt, "0.2", "万元"},
      {"$\\geqslant 95\\%$", kGe, "95", "%"},
      {"$\\geq 50\\text{个}$", kGe, "50", "个"},
  });
}

TEST_CASE("target value: deadlines", "[target_value]") {
  CheckDeadlines({
      {"12 月底", 0, 12, 0},
      {"12月底", 0, 12, 0},
      {"6月底前", 0, 6, 0},
      {"10 月底", 0, 10, 0},
      {"12月31日前", 0, 12, 31},
      {"2021年12月31日", 2021, 12, 31},
      {"2021年12月", 2021, 12, 0},
      {"2021年底", 2021, 12, 0},
      {"2023 年 10 月底", 2023, 10, 0},                  // 003, spaces from the PDF
      {"2023年10月31日前", 2023, 10, 31},                // 003
      {"2021年12月底完成", 2021, 12, 0},                 // 001
      {"2021年底前完成", 2021, 12, 0},                   // 001
      {"2021年6月30日前全部换届完成", 2021, 6, 30},      // 001
      {"2021年12月31日前全部发放", 2021, 12, 31},        // 001
      {"2021年12月20日完成", 2021, 12, 20},              // 001
      {"到2021年12月31日合部编纂完成。", 2021, 12, 31},  // 001, typo and all
      {"12月份", 0, 12, 0},
      {"12月", 0, 12, 0},  // a month without 底: read as by that month's end
      {"在12月底以前完成", 0, 12, 0},
  });
}

TEST_CASE("target value: durations are comparisons, not deadlines", "[target_value]") {
  CheckComparisons({
      {"≤6 月", kLe, "6", "月"},
      {"≥12月", kGe, "12", "月"},  // 002
      {"24 个月", kEq, "24", "个月"},
      {"≥3 个月", kGe, "3", "个月"},
      {"1 年", kEq, "1", "年"},
      {"≥1年", kGe, "1", "年"},
      {"≤1 年", kLe, "1", "年"},
  });
}

TEST_CASE("target value: impossible or wordy dates are qualitative", "[target_value]") {
  CheckKind({"13月底", "0月底", "12月32日", "99999999999月底", "12月999日", "2021年13月", "2021年",
             "2024 年度党刊征订费", "12月底前完成80%的支出",
             "2021年12月底前完成换届选举工作及后续相关总结表彰等工作"},
            TargetKind::kQualitative);
}

TEST_CASE("target value: placeholders", "[target_value]") {
  CheckKind({"", " ", "\t\n", "　", "无", " 无 ", "0", "0.00", "/", "/ ", "-", "—", "——", "－",
             "--", "／", "\xC2\xA0"},
            TargetKind::kPlaceholder);
}

TEST_CASE("target value: 涉密 is withheld", "[target_value]") {
  CheckKind({"涉密", " 涉密 "}, TargetKind::kWithheld);
}

TEST_CASE("target value: qualitative text", "[target_value]") {
  CheckKind({"提升党员素质", "长期", "有效", "提高", "每月", "逐步提升", "好", "全年", "按时",
             "有所改善", "成效显著", "是否符合标准", "不超过培训标准", "一至两年", "≥", "元",
             "考核结果确定后3个月内下发", "年底前将津 贴发放到位", "正常开展工 作"},
            TargetKind::kQualitative);
}

TEST_CASE("target value: prose that holds a number is qualitative", "[target_value]") {
  CheckKind({"保障 291 个村级组织正常运转", "291 个村级组织正常运转",
             "100%保障劳务派遣人员的工资发放和社保缴纳", "12345 便民热线新增人员经费", "90%-100%",
             "3~5年", "≥90%，力争100%", "1,000 份", "≥98劳务派遣人员对服务的满意程度及其他评价"},
            TargetKind::kQualitative);
}

TEST_CASE("target value: forms seen in the seeds", "[target_value]") {
  CheckComparisons({
      // 000 (OCR): ↑ is how OCR read 个; the reading keeps what was written.
      {"≥5↑", kGe, "5", "↑"},
      {"≥4 ↑", kGe, "4", "↑"},
      {"≥50 个", kGe, "50", "个"},
      {"12个", kEq, "12", "个"},
      // 001
      {"100百分百", kEq, "100", "%"},
      {"≥95百分比", kGe, "95", "%"},
      {"≤50万", kLe, "50", "万"},
      {"≤5000袋", kLe, "5000", "袋"},
      {"≥30场次", kGe, "30", "场次"},
      {"8期", kEq, "8", "期"},
      // 002: pseudo-units copied from the indicator's name
      {"≥93是否按时发放工资", kGe, "93", "是否按时发放工资"},
      {"≥98劳务派遣人员对服务的满意程度", kGe, "98", "劳务派遣人员对服务的满意程度"},
      {"≥95综合业务管理工作完成情况", kGe, "95", "综合业务管理工作完成情况"},
      {"100维修情况", kEq, "100", "维修情况"},
      {"100数额", kEq, "100", "数额"},
      {"≥3数字", kGe, "3", "数字"},
      {"≤1万月", kLe, "1", "万月"},
      {"100分", kEq, "100", "分"},
      {"≥150人数", kGe, "150", "人数"},
      // 003
      {"≥800 卷", kGe, "800", "卷"},
      {"≤34.92 万元", kLe, "34.92", "万元"},
      {">10 次", kGt, "10", "次"},
      {"1 次/月/村", kEq, "1", "次/月/村"},
      // 004
      {"≥20 万件", kGe, "20", "万件"},
      {"≥10 小时", kGe, "10", "小时"},
      {">0.05万元", kGt, "0.05", "万元"},
      {"≤2.88 万元", kLe, "2.88", "万元"},
  });
}

TEST_CASE("target value: numbers too long for a Decimal are not read", "[target_value]") {
  CheckKind({"9999999999999 人", "≥1.1234567%"}, TargetKind::kQualitative);
}

TEST_CASE("target value: a whole reading compares equal to the expected one", "[target_value]") {
  TargetValue expected;
  expected.text = "≤20.32万元";
  expected.kind = TargetKind::kComparison;
  expected.comparison = Comparison::kAtMost;
  expected.number = Decimal::Parse("20.32");
  expected.unit = "万元";
  CHECK(ReadTargetValueText("≤20.32万元") == expected);
}

TEST_CASE("target value: the text is kept byte for byte", "[target_value]") {
  for (const std::string text : {" ≥９０％ ", "$\\geq 90\\%$", "2023 年 10 月底", "　无　",
                                 "涉密\n", "到2021年12月31日合部编纂完成。"}) {
    CHECK(ReadTargetValueText(text).text == text);
  }
}

}  // namespace gongkai
