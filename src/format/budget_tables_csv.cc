#include "format/budget_tables_csv.h"

#include "base/decimal.h"

namespace gongkai {
namespace {

const std::string kByteOrderMark = "\xEF\xBB\xBF";

// A spreadsheet runs a field as a formula when it starts with = + - or @
// (after spaces, in some), and tab or CR can hide such a start. Those text
// fields get a leading ' (the OWASP rule), which spreadsheets show as text
// and do not print; so does a field starting with ' itself, so that the
// reader below can take exactly one off.
bool StartsLikeFormula(const std::string& text) {
  if (text.empty()) return false;
  if (text[0] == '\t' || text[0] == '\r' || text[0] == '\'') return true;
  const size_t first = text.find_first_not_of(' ');
  return first != std::string::npos && std::string("=+-@").find(text[first]) != std::string::npos;
}

bool IsNumberColumn(ColumnType type) { return type == ColumnType::kAmount || type == ColumnType::kNumber; }

// A code of digits only: a spreadsheet would read it as a number, losing
// leading zeros and digits past 15, so it is written ="2013101".
bool IsDigitCode(const std::string& text, ColumnType type) {
  return !text.empty() && !IsNumberColumn(type) && text.find_first_not_of("0123456789") == std::string::npos;
}

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Field(const std::string& text, ColumnType type) {
  if (IsDigitCode(text, type)) return Quoted("=" + Quoted(text));
  // An amount is written as its digits ("-12.30"); anything else in an
  // amount column ("-1+cmd|' /C calc'!A0") is text, and defused as text.
  const bool amount = IsNumberColumn(type) && Decimal::Parse(text).has_value();
  const std::string field = !amount && StartsLikeFormula(text) ? "'" + text : text;
  if (field.find_first_of(",\"\r\n") != std::string::npos) return Quoted(field);
  return field;
}

// ="text" (after unquoting): the text; '<formula start>: without the ';
// anything else as it is.
std::string Unwrap(const std::string& field) {
  if (field.size() >= 2 && field[0] == '\'' && StartsLikeFormula(field.substr(1))) return field.substr(1);
  if (field.size() < 3 || field[0] != '=' || field[1] != '"' || field.back() != '"') return field;
  std::string out;
  for (size_t i = 2; i + 1 < field.size(); ++i) {
    if (field[i] == '"') {
      if (field[i + 1] != '"') return field;  // not one quoted string: leave it
      ++i;
    }
    out += field[i];
  }
  return out;
}

}  // namespace

std::string CsvHeaderLabel(const BudgetTable& table, const BudgetColumn& column) {
  if (column.type == ColumnType::kAmount && !table.unit.empty()) return column.label + "（" + table.unit + "）";
  return column.label;
}

std::string BudgetTableToCsv(const BudgetTable& table) {
  std::string out = kByteOrderMark;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    out += (c ? "," : "") + Field(CsvHeaderLabel(table, table.columns[c]), ColumnType::kText);
  }
  out += "\r\n";
  for (const BudgetRow& row : table.rows) {
    for (size_t c = 0; c < table.columns.size(); ++c) {
      out += (c ? "," : "") + Field(row.Cell(c).text, table.columns[c].type);
    }
    out += "\r\n";
  }
  return out;
}

std::optional<std::vector<std::vector<std::string>>> ParseBudgetCsv(const std::string& csv) {
  std::vector<std::vector<std::string>> records;
  size_t i = csv.compare(0, kByteOrderMark.size(), kByteOrderMark) == 0 ? kByteOrderMark.size() : 0;
  std::vector<std::string> record;
  std::string field;
  bool quoted_field = false;
  const auto end_field = [&] {
    record.push_back(Unwrap(field));
    field.clear();
    quoted_field = false;
  };
  while (i < csv.size()) {
    const char c = csv[i];
    if (c == '"' && field.empty() && !quoted_field) {
      quoted_field = true;
      for (++i;; ++i) {
        if (i >= csv.size()) return std::nullopt;  // unclosed quote
        if (csv[i] == '"') {
          if (i + 1 < csv.size() && csv[i + 1] == '"') {
            field += '"';
            ++i;
            continue;
          }
          ++i;
          break;
        }
        field += csv[i];
      }
      if (i < csv.size() && csv[i] != ',' && csv[i] != '\r' && csv[i] != '\n') return std::nullopt;
      continue;
    }
    if (c == ',') {
      end_field();
      ++i;
    } else if (c == '\r' || c == '\n') {
      end_field();
      records.push_back(std::move(record));
      record.clear();
      i += (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ? 2 : 1;
    } else if (c == '"' || quoted_field) {
      return std::nullopt;  // a quote inside an unquoted field
    } else {
      field += c;
      ++i;
    }
  }
  if (!field.empty() || quoted_field || !record.empty()) {
    end_field();
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace gongkai
