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

std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Codes are plain fields too ("2013101"): pandas, R and databases read
// them as written, and a reader's spreadsheet keeps leading zeros when told
// the column is text (docs/downloads.md says how).
std::string Field(const std::string& text, bool number_column) {
  // An amount is written as its digits ("-12.30"); anything else in an
  // amount column ("-1+cmd|' /C calc'!A0") is text, and defused as text.
  const bool amount = number_column && Decimal::Parse(text).has_value();
  const std::string field = !amount && StartsLikeFormula(text) ? "'" + text : text;
  if (field.find_first_of(",\"\r\n") != std::string::npos) return Quoted(field);
  return field;
}

// '<formula start> (after unquoting): without the '; anything else as it is.
std::string Unwrap(const std::string& field) {
  if (field.size() >= 2 && field[0] == '\'' && StartsLikeFormula(field.substr(1))) return field.substr(1);
  return field;
}

}  // namespace

std::string CsvHeaderLabel(const BudgetTable& table, const BudgetColumn& column) {
  if (column.type == ColumnType::kAmount && !table.unit.empty()) return column.label + "（" + table.unit + "）";
  return column.label;
}

std::string RecordsToCsv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                         const std::vector<bool>& number_columns) {
  std::string out = kByteOrderMark;
  for (size_t c = 0; c < header.size(); ++c) out += (c ? "," : "") + Field(header[c], false);
  out += "\r\n";
  AppendCsvRecords(rows, number_columns, out);
  return out;
}

void AppendCsvRecords(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& number_columns,
                      std::string& out) {
  for (const std::vector<std::string>& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      out += (c ? "," : "") + Field(row[c], c < number_columns.size() && number_columns[c]);
    }
    out += "\r\n";
  }
}

std::string BudgetTableToCsv(const BudgetTable& table) {
  std::vector<std::string> header;
  std::vector<bool> number_columns;
  for (const BudgetColumn& column : table.columns) {
    header.push_back(CsvHeaderLabel(table, column));
    number_columns.push_back(IsNumberColumn(column.type));
  }
  std::vector<std::vector<std::string>> rows;
  for (const BudgetRow& row : table.rows) {
    std::vector<std::string>& record = rows.emplace_back();
    for (size_t c = 0; c < table.columns.size(); ++c) record.push_back(row.Cell(c).text);
  }
  return RecordsToCsv(header, rows, number_columns);
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
