#include "importer/read/shown_number.h"

#include <cctype>
#include <charconv>
#include <optional>

namespace gongkai {
namespace {

// A decimal number as sign, digits and exponent: digits × 10^exponent.
struct DecimalDigits {
  bool negative = false;
  std::string digits;  // no leading zeros; "" for zero
  int exponent = 0;
};

std::optional<DecimalDigits> Parse(std::string_view text) {
  DecimalDigits number;
  size_t at = 0;
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) number.negative = text[at++] == '-';
  bool any = false, point = false;
  int fraction = 0;
  for (; at < text.size(); ++at) {
    const char c = text[at];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      any = true;
      if (!(number.digits.empty() && c == '0')) number.digits += c;
      else if (!point) continue;
      if (point) ++fraction;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  int exponent = 0;
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    bool negative = false;
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) negative = text[at++] == '-';
    if (at == text.size()) return std::nullopt;
    for (; at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); ++at) {
      exponent = exponent * 10 + (text[at] - '0');
      if (exponent > 400) return std::nullopt;
    }
    if (negative) exponent = -exponent;
  }
  if (at != text.size()) return std::nullopt;
  number.exponent = exponent - fraction;
  // Leading zeros after the point were skipped but counted in `fraction`
  // only once a digit was kept: "0.005" is digits "5", exponent -3.
  return number;
}

// `number` rounded, half away from zero (as Excel shows it), to a multiple
// of 10^target: digits × 10^target.
DecimalDigits RoundAt(DecimalDigits number, int target) {
  if (number.exponent >= target) {
    if (!number.digits.empty()) number.digits.append(static_cast<size_t>(number.exponent - target), '0');
    number.exponent = target;
    return number;
  }
  const size_t dropped = static_cast<size_t>(target - number.exponent);
  std::string kept = dropped >= number.digits.size() ? "" : number.digits.substr(0, number.digits.size() - dropped);
  const char next = dropped > number.digits.size() ? '0' : number.digits[number.digits.size() - dropped];
  if (next >= '5') {
    size_t i = kept.size();
    while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
    if (i == 0) kept.insert(kept.begin(), '1');
    else ++kept[i - 1];
  }
  while (!kept.empty() && kept[0] == '0') kept.erase(0, 1);
  number.digits = kept;
  number.exponent = target;
  return number;
}

int SignificantTarget(const DecimalDigits& number, int significant) {
  const int length = static_cast<int>(number.digits.size());
  return length > significant ? number.exponent + (length - significant) : number.exponent;
}

// Fixed-point text with exactly `decimals` decimals (number.exponent == -decimals or more).
std::string Fixed(const DecimalDigits& number, int decimals, bool grouping) {
  std::string digits = number.digits.empty() ? "0" : number.digits;
  if (number.exponent > -decimals && !number.digits.empty()) digits.append(static_cast<size_t>(number.exponent + decimals), '0');
  if (static_cast<int>(digits.size()) <= decimals) digits.insert(0, static_cast<size_t>(decimals + 1) - digits.size(), '0');
  std::string whole = digits.substr(0, digits.size() - static_cast<size_t>(decimals));
  const std::string fraction = digits.substr(digits.size() - static_cast<size_t>(decimals));
  if (grouping) {
    for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3) whole.insert(static_cast<size_t>(at), ",");
  }
  std::string text = (number.negative && !number.digits.empty() ? "-" : "") + whole;
  if (decimals > 0) text += "." + fraction;
  return text;
}

std::string WithoutTrailingZeros(std::string text) {
  if (text.find('.') == std::string::npos) return text;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

ShownFormat ParseNumberFormat(std::string_view code) {
  ShownFormat format;
  std::string section;
  bool quoted = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (c == ';') {
      break;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown or padded, not a placeholder
    } else if (c == '[') {
      while (i < code.size() && code[i] != ']') ++i;
    } else {
      section += c;
    }
  }
  if (section.find("General") != std::string::npos || section.find_first_of("0#?") == std::string::npos ||
      section.find_first_of("EeyYmMdDhHsS") != std::string::npos) {
    return format;  // General, text, dates and scientific: shown as General
  }
  format.general = false;
  format.percent = section.find('%') != std::string::npos;
  const size_t point = section.find('.');
  const size_t comma = section.find(',');
  format.grouping = comma != std::string::npos && (point == std::string::npos || comma < point);
  if (point != std::string::npos) {
    for (size_t i = point + 1; i < section.size() && (section[i] == '0' || section[i] == '#' || section[i] == '?'); ++i) {
      ++format.decimals;
    }
  }
  return format;
}

ShownFormat BuiltInNumberFormat(int id) {
  switch (id) {
    case 1: return ParseNumberFormat("0");
    case 2: return ParseNumberFormat("0.00");
    case 3: case 37: case 38: return ParseNumberFormat("#,##0");
    case 4: case 39: case 40: case 43: return ParseNumberFormat("#,##0.00");
    case 9: return ParseNumberFormat("0%");
    case 10: return ParseNumberFormat("0.00%");
    default: return ShownFormat{};
  }
}

std::string ShowNumber(std::string_view value, const ShownFormat& format) {
  std::optional<DecimalDigits> number = Parse(value);
  if (!number) return "";
  // What Excel stores: 15 significant digits; beyond them is binary noise.
  *number = RoundAt(*number, SignificantTarget(*number, 15));
  if (format.percent) number->exponent += 2;
  if (format.general) {
    const int decimals = number->exponent < 0 ? -number->exponent : 0;
    return WithoutTrailingZeros(Fixed(RoundAt(*number, -decimals), decimals, false)) + (format.percent ? "%" : "");
  }
  return Fixed(RoundAt(*number, -format.decimals), format.decimals, format.grouping) + (format.percent ? "%" : "");
}

std::string ShortestText(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

int ShownDecimals(std::string_view value) {
  const std::string shown = ShowNumber(value, ShownFormat{});
  const size_t point = shown.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(shown.size() - point - 1);
}

}  // namespace gongkai
