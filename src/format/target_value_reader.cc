#include "format/target_value_reader.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string_view>
#include <utility>

namespace gongkai {
namespace {

// Longest spelling first: "≥" must not be read as ">" and "大于等于" not as
// "大于". Words count only when a number follows ("不超过培训标准" is prose).
constexpr std::pair<const char*, Comparison> kOperators[] = {
    {"≥", Comparison::kAtLeast},       {"≤", Comparison::kAtMost},
    {">=", Comparison::kAtLeast},      {"<=", Comparison::kAtMost},
    {">", Comparison::kGreater},       {"<", Comparison::kLess},
    {"=", Comparison::kEqual},         {"大于等于", Comparison::kAtLeast},
    {"小于等于", Comparison::kAtMost}, {"不低于", Comparison::kAtLeast},
    {"不少于", Comparison::kAtLeast},  {"不小于", Comparison::kAtLeast},
    {"不超过", Comparison::kAtMost},   {"不高于", Comparison::kAtMost},
    {"不多于", Comparison::kAtMost},   {"不大于", Comparison::kAtMost},
    {"大于", Comparison::kGreater},    {"高于", Comparison::kGreater},
    {"超过", Comparison::kGreater},    {"多于", Comparison::kGreater},
    {"小于", Comparison::kLess},       {"低于", Comparison::kLess},
    {"少于", Comparison::kLess},       {"等于", Comparison::kEqual},
};

// "10个以上", "1.8万元以内": the comparison written after the number.
constexpr std::pair<const char*, Comparison> kSuffixOperators[] = {
    {"以上", Comparison::kAtLeast}, {"以内", Comparison::kAtMost}, {"以下", Comparison::kAtMost}};

// A unit holding any of these is a sentence (or OCR debris, "12 ."), not a unit.
// clang-format off
constexpr const char* kNotInUnit[] = {
    "≥", "≤", ">", "<", "=", "大于", "小于", "等于", "低于", "少于", "超过", "高于", "多于",
    "以上", "以下", "以内", "，", "。", "；", "：", ",", ";", ":", "."};
// clang-format on

// How long a unit may be. With an operator the row is surely a comparison, so
// the seeds' long pseudo-units ("≥98劳务派遣人员对服务的满意程度", 14) pass.
// Bare, the seeds' longest is "个（乡镇数目）" (7); a bare number followed by
// more is prose or a name ("291 个村级组织正常运转", "12345 便民热线新增人员经费").
constexpr size_t kMaxUnitWithOperator = 16;
constexpr size_t kMaxUnitBare = 8;
// What may follow a date: "前", "前全部换届完成", "合部编纂完成". More is prose.
constexpr size_t kMaxDeadlineTail = 10;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

size_t CountChars(std::string_view s) {  // UTF-8 code points
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

void SkipSpaces(std::string_view& s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
}

// Takes `word` (and the spaces after it) off the front of `s` if it is there.
bool Consume(std::string_view& s, std::string_view word) {
  if (!StartsWith(s, word)) return false;
  s.remove_prefix(word.size());
  SkipSpaces(s);
  return true;
}

// Takes the leading ASCII digits (and the spaces after them) off `s`.
std::string_view ReadDigits(std::string_view& s) {
  size_t n = 0;
  while (n < s.size() && IsDigit(s[n])) ++n;
  std::string_view digits = s.substr(0, n);
  s.remove_prefix(n);
  SkipSpaces(s);
  return digits;
}

// Year, month or day digits; -1 (never valid) when too long to be one.
int DateNumber(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) return -1;
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// Word and PDF exports mix full-width forms into numbers ("≥９０％") and OCR
// reads ≥ as ≧ or ⩾; fold them so one grammar reads them all.
std::string Fold(std::string_view s) {
  // clang-format off
  static constexpr std::pair<const char*, const char*> kFolds[] = {
      {"０", "0"}, {"１", "1"}, {"２", "2"}, {"３", "3"}, {"４", "4"}, {"５", "5"}, {"６", "6"},
      {"７", "7"}, {"８", "8"}, {"９", "9"}, {"．", "."}, {"％", "%"}, {"＞", ">"}, {"＜", "<"},
      {"＝", "="}, {"≧", "≥"}, {"≦", "≤"}, {"⩾", "≥"}, {"⩽", "≤"}, {"－", "-"}, {"／", "/"},
      {"　", " "}, {"\xC2\xA0", " "}};  // U+3000 and U+00A0 are spaces
  // clang-format on
  std::string out;
  while (!s.empty()) {
    const auto* fold = std::find_if(std::begin(kFolds), std::end(kFolds),
                                    [&](const auto& f) { return StartsWith(s, f.first); });
    if (fold == std::end(kFolds)) {
      out += s.front();
      s.remove_prefix(1);
    } else {
      out += fold->second;
      s.remove_prefix(std::string_view(fold->first).size());
    }
  }
  return out;
}

// OCR of PDFs writes "$\geq 90\%$". Read commands by whole name (so "\ge" is
// not mistaken for the start of "\geq"), keep escaped characters ("\%"), and
// drop "$", braces and commands that only style text ("\text{个}" -> "个").
std::string FromLatex(std::string_view s) {
  if (s.find('$') == std::string_view::npos && s.find('\\') == std::string_view::npos) {
    return std::string(s);
  }
  static constexpr std::pair<const char*, const char*> kCommands[] = {
      {"geq", "≥"}, {"ge", "≥"},       {"geqslant", "≥"}, {"leq", "≤"},
      {"le", "≤"},  {"leqslant", "≤"}, {"gt", ">"},       {"lt", "<"}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '$' || s[i] == '{' || s[i] == '}') continue;
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    size_t end = i + 1;
    while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
    if (end == i + 1) {  // "\%", "\ ", "\,": the character itself (a space for spacing)
      if (end < s.size()) out += s[end] == ',' ? ' ' : s[end];
      i = end;
      continue;
    }
    const std::string_view name = s.substr(i + 1, end - i - 1);
    for (const auto& [command, symbol] : kCommands) {
      if (name == command) out += symbol;
    }
    i = end - 1;
  }
  return out;
}

bool IsPlaceholder(std::string_view s) {
  if (s.empty() || s == "无") return true;
  // "/", "-", "—", "——", "－" (folded to "-"): a dash or slash for "nothing here".
  for (std::string_view rest = s; !rest.empty();) {
    if (rest.front() == '-' || rest.front() == '/') {
      rest.remove_prefix(1);
    } else if (StartsWith(rest, "—") || StartsWith(rest, "–") || StartsWith(rest, "―")) {
      rest.remove_prefix(3);  // U+2014, U+2013, U+2015
    } else {
      return false;
    }
  }
  return true;
}

enum class DateShape { kNotADate, kUnreadable, kDate };

// Deadlines: "12月底", "12 月底前", "2021年12月31日", "2021年12月", "2021年底",
// "12月31日前", "2023 年 10 月底", "2021年6月30日前全部换届完成". A number
// right before 月 (or a four-digit one before 年) makes the text a date; if
// that date is impossible (13月) or followed by prose, it is qualitative, not
// a comparison. "24 个月" and "1 年" are durations and are not dates.
DateShape ReadDeadline(std::string_view s, Deadline* deadline) {
  for (const char* prefix : {"截至", "截止", "到", "于", "在"}) {
    if (Consume(s, prefix)) break;
  }
  std::string_view digits = ReadDigits(s);
  if (digits.empty()) return DateShape::kNotADate;
  Deadline d;
  if (digits.size() == 4 && Consume(s, "年")) {
    d.year = DateNumber(digits);
    if (Consume(s, "底") || Consume(s, "末")) {  // 2021年底: the end of the year
      d.month = 12;
      digits = {};
    } else if ((digits = ReadDigits(s)).empty()) {
      return DateShape::kUnreadable;  // "2021年", "2024 年度党刊征订费"
    }
  }
  if (!digits.empty()) {
    if (!Consume(s, "月")) return d.year ? DateShape::kUnreadable : DateShape::kNotADate;
    d.month = digits.size() <= 2 ? DateNumber(digits) : -1;
    if (std::string_view day = ReadDigits(s); !day.empty()) {
      if (!Consume(s, "日")) return DateShape::kUnreadable;
      d.day = day.size() <= 2 ? DateNumber(day) : -1;
    } else if (!Consume(s, "底") && !Consume(s, "末")) {
      Consume(s, "份");  // "12月份"
    }
  }
  if (d.month < 1 || d.month > 12 || (d.day != 0 && (d.day < 1 || d.day > 31))) {
    return DateShape::kUnreadable;
  }
  s = Trim(s);
  for (char c : s) {
    if (IsDigit(c)) return DateShape::kUnreadable;
  }
  if (CountChars(s) > kMaxDeadlineTail) return DateShape::kUnreadable;
  *deadline = d;
  return DateShape::kDate;
}

// [operator] number [unit] [以上|以内|以下], the whole text and nothing else.
bool ReadComparison(std::string_view s, TargetValue* value) {
  bool has_operator = false;
  for (const auto& [spelling, comparison] : kOperators) {
    if (Consume(s, spelling)) {
      value->comparison = comparison;
      has_operator = true;
      break;
    }
  }
  size_t length = 0;
  while (length < s.size() && IsDigit(s[length])) ++length;
  if (length == 0) return false;
  if (length + 1 < s.size() && s[length] == '.' && IsDigit(s[length + 1])) {
    for (++length; length < s.size() && IsDigit(s[length]);) ++length;
  }
  std::optional<Decimal> number = Decimal::Parse(s.substr(0, length));
  if (!number) return false;  // more digits than an amount can have
  s = Trim(s.substr(length));
  for (const auto& [suffix, comparison] : kSuffixOperators) {
    if (!EndsWith(s, suffix)) continue;
    // "≥10个以上" says it twice; "≤10个以上" contradicts itself.
    if (has_operator && value->comparison != comparison) return false;
    value->comparison = comparison;
    has_operator = true;
    s = Trim(s.substr(0, s.size() - std::string_view(suffix).size()));
  }
  for (char c : s) {
    if (IsDigit(c)) return false;  // "90%-100%", "3个月完成2次": ranges and prose
  }
  for (const char* word : kNotInUnit) {
    if (s.find(word) != std::string_view::npos) return false;
  }
  if (CountChars(s) > (has_operator ? kMaxUnitWithOperator : kMaxUnitBare)) return false;
  // 百分百 is a slip for 百分比 that the seeds repeat ("100百分百").
  value->unit = (s == "%" || s == "百分比" || s == "百分百") ? "%" : std::string(s);
  value->number = number;
  value->kind = TargetKind::kComparison;
  // A lone zero ("0", "0.00") fills a cell the department left empty.
  if (!has_operator && s.empty() && number->IsZero()) {
    value->kind = TargetKind::kPlaceholder;
    value->number.reset();
  }
  return true;
}

}  // namespace

TargetValue ReadTargetValueText(const std::string& text) {
  TargetValue value;
  value.text = text;
  const std::string folded = Fold(FromLatex(text));
  std::string_view s = Trim(folded);
  if (EndsWith(s, "。")) s = Trim(s.substr(0, s.size() - std::string_view("。").size()));

  if (IsPlaceholder(s)) {
    value.kind = TargetKind::kPlaceholder;
  } else if (s == "涉密") {
    value.kind = TargetKind::kWithheld;
  } else if (DateShape shape = ReadDeadline(s, &value.deadline); shape != DateShape::kNotADate) {
    value.kind = shape == DateShape::kDate ? TargetKind::kDeadline : TargetKind::kQualitative;
  } else if (TargetValue read = value; ReadComparison(s, &read)) {
    value = std::move(read);
  } else {
    value.kind = TargetKind::kQualitative;
  }
  return value;
}

}  // namespace gongkai
