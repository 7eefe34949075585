#include "importer/budget_tables/table_builder.h"

#include "importer/budget_tables/line_cells.h"
#include "importer/cjk_text.h"

namespace gongkai {

BudgetColumn TextColumn(const char* key, const char* label) { return {key, label, ColumnType::kText, {}}; }
BudgetColumn CodeColumn(const char* key, const char* label) { return {key, label, ColumnType::kCode, {}}; }
BudgetColumn AmountColumn(const char* key, const char* label, std::vector<std::string> sum_of) {
  return {key, label, ColumnType::kAmount, std::move(sum_of)};
}
BudgetColumn NumberColumn(const char* key, const char* label) { return {key, label, ColumnType::kNumber, {}}; }

BudgetCell MakeCell(const BudgetColumn& column, const std::string& printed) {
  BudgetCell cell;
  cell.text = printed;
  if (column.type == ColumnType::kAmount || column.type == ColumnType::kNumber) {
    cell.amount = ParsePrintedAmount(printed);
    if (cell.amount) cell.text = cell.amount->ToString();
  }
  return cell;
}

BudgetRow& AddRow(BudgetTable& table, const std::vector<std::string>& printed, int level,
                  const SourceDocument& document, int line) {
  BudgetRow row;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    row.cells.push_back(MakeCell(table.columns[i], i < printed.size() ? printed[i] : ""));
  }
  row.level = level;
  row.origin = document.At(line);
  table.rows.push_back(std::move(row));
  return table.rows.back();
}

std::string LineText(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c != '\f') out += c;
  }
  return TrimAscii(out);
}

std::string Compact(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const char32_t c = DecodeCodePoint(text, i, &length);
    if (c != ' ' && c != '\t' && c != '\f' && c != U'\u3000') out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

bool IsTotalLabel(std::string_view label) {
  const std::string compact = Compact(label);
  if (compact == "合计" || compact == "总计") return true;
  // 收入总计, 支出总计, 收入合计, 支出合计, 固定资产总额 …, but not 本年收入合计
  // (this year's part only) and not 小计.
  return (EndsWith(compact, "总计") || EndsWith(compact, "总额") ||
          ((StartsWith(compact, "收入") || StartsWith(compact, "支出")) && EndsWith(compact, "合计")));
}

bool IsPartLabel(std::string_view label) { return StartsWith(Compact(label), "其中"); }

bool StartsWithChineseNumbering(std::string_view label) {
  static const std::string kNumerals = "一二三四五六七八九十";
  size_t i = 0;
  size_t length = 0;
  while (i < label.size()) {
    DecodeCodePoint(label, i, &length);
    if (kNumerals.find(label.substr(i, length)) == std::string::npos) break;
    i += length;
  }
  return i > 0 && label.substr(i).rfind("、", 0) == 0;
}

bool StartsWithSubNumbering(std::string_view label) {
  std::string_view rest;
  return ReadListNumber(label, &rest).has_value() || StartsWith(label, "（一") || StartsWith(label, "（二") ||
         StartsWith(label, "（三") || StartsWith(label, "(");
}

}  // namespace gongkai
