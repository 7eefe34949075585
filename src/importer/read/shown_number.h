// A spreadsheet's number as the sheet shows it, worked out exactly from
// text: Excel keeps binary floating point (an .xlsx writes it as text such
// as "0.30000000000000004"; an .xls gives a double) and shows it through a
// number format. Amounts become the text the sheet displays ("1,149,678.00"),
// rounded by their decimal digits, never through float arithmetic, so the
// Decimal read from them later is the amount the department saw.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

// What a number format shows: its decimals, separators and percent sign.
// "General" (and what this does not understand: dates, scientific) shows
// the value at Excel's 15 significant digits.
struct ShownFormat {
  bool general = true;
  int decimals = 0;
  bool grouping = false;  // "#,##0": thousands separated by commas
  bool percent = false;   // "0.00%": the value times 100, with "%"
};

// The first section of an Excel number format code ("#,##0.00;[Red]-#,##0.00").
ShownFormat ParseNumberFormat(std::string_view code);

// Excel's built-in formats (numFmtId 0–49 that show numbers); General for others.
ShownFormat BuiltInNumberFormat(int id);

// `value` ("1149678", "9.6282213440000001E7", "-0.005") as `format` shows
// it; "" when `value` is not a number.
std::string ShowNumber(std::string_view value, const ShownFormat& format);

// The shortest decimal text that reads back as `value` (std::to_chars).
std::string ShortestText(double value);

// The decimals `value` shows at 15 significant digits ("0.30000000000000004" → 1).
int ShownDecimals(std::string_view value);

}  // namespace gongkai
