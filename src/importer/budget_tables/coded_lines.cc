// ReadCodedLine and UnitOf: see region_tables.h.
#include "importer/budget_tables/region_tables.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"

namespace gongkai {
namespace {

bool IsDigits(const std::string& text, size_t length) {
  return text.size() == length && text.find_first_not_of("0123456789") == std::string::npos;
}

bool IsAmountCell(const std::string& text) { return ParsePrintedAmount(text) || IsDashPlaceholder(text); }

}  // namespace

std::optional<CodedLine> ReadCodedLine(const std::vector<PlacedCell>& cells) {
  if (cells.empty()) return std::nullopt;
  CodedLine line;
  size_t i = 0;
  const std::string& first = cells[0].text;
  if (IsDigits(first, 5) || IsDigits(first, 7)) {
    line.code = first;
    i = 1;
  } else if (IsDigits(first, 3)) {
    // 类, then 款 and 项 in columns of their own: the code is their digits.
    line.code = first;
    for (i = 1; i < 3 && i < cells.size() && IsDigits(cells[i].text, 2); ++i) line.code += cells[i].text;
  } else {
    return std::nullopt;
  }
  // The name: every text cell up to the first amount ("合", "计" are one).
  for (; i < cells.size() && !IsAmountCell(cells[i].text); ++i) line.name += cells[i].text;
  for (; i < cells.size(); ++i) line.amounts.push_back(cells[i]);
  return line;
}

std::string UnitOf(const std::string& text) {
  const std::string compact = Compact(text);
  for (const std::string label : {"单位：", "单位:", "金额单位："}) {
    const size_t at = compact.find(label);
    if (at == std::string::npos) continue;
    std::string unit = compact.substr(at + label.size());
    for (const std::string& known : {std::string("万元"), std::string("元")}) {
      if (StartsWith(unit, known)) return known;
    }
    return unit;
  }
  return "";
}

}  // namespace gongkai
