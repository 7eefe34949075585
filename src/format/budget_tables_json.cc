#include "format/budget_tables_json.h"

#include <nlohmann/json.hpp>
#include <cstdint>
#include <set>

#include "base/spelling.h"
#include "format/json_document.h"
#include "format/json_locator.h"
#include "format/utf8_text.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

// The file being read: turns JSON pointers into full locations.
struct Source {
  const std::string& file;
  const std::string& text;
  Diagnostics& diagnostics;
  JsonLocations locations{file, text};  // one index, not a rescan per row

  SourceLocation At(const std::string& pointer) const { return locations.At(pointer); }
  void Error(const std::string& pointer, const std::string& message) const { diagnostics.Error(At(pointer), message); }
  void Warning(const std::string& pointer, const std::string& message) const {
    diagnostics.Warning(At(pointer), message);
  }
};

const char* TypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::null: return "null";
    default: return "a number";
  }
}

// One JSON object, field by field; the fields nobody asked for are reported
// as unknown with the closest known name, so a typo does not pass.
class Fields {
 public:
  Fields(const Source& source, const Json& value, std::string pointer)
      : source_(source), value_(value), pointer_(std::move(pointer)) {
    if (!value_.is_object()) source_.Error(pointer_, std::string("expected an object, found ") + TypeName(value_));
  }
  ~Fields() {
    if (!ok()) return;
    const std::vector<std::string> known(known_.begin(), known_.end());
    for (const auto& item : value_.items()) {
      if (known_.count(item.key())) continue;
      std::string message = "unknown field \"" + item.key() + "\"";
      const std::string suggestion = ClosestMatch(item.key(), known);
      if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
      source_.Warning(Pointer(item.key()), message);
    }
  }

  bool ok() const { return value_.is_object(); }
  std::string Pointer(const std::string& key) const { return pointer_ + "/" + key; }

  const Json* Get(const std::string& key, bool required) {
    known_.insert(key);
    if (!ok()) return nullptr;
    const auto it = value_.find(key);
    if (it != value_.end()) return &*it;
    if (required) source_.Error(pointer_, "missing required field \"" + key + "\"");
    return nullptr;
  }

  const Json* Typed(const std::string& key, bool required, bool (Json::*is)() const noexcept, const char* what) {
    const Json* field = Get(key, required);
    if (field && !(field->*is)()) {
      source_.Error(Pointer(key), std::string("expected ") + what + ", found " + TypeName(*field));
      return nullptr;
    }
    return field;
  }

  std::string String(const std::string& key, bool required) {
    const Json* field = Typed(key, required, &Json::is_string, "a string");
    return field ? Clean(Pointer(key), field->get<std::string>()) : "";
  }

  // Control characters and bidi overrides cannot be seen in a published
  // table and can disguise text: removed, with a warning.
  std::string Clean(const std::string& pointer, const std::string& value) const {
    if (FindInvisibleControl(value) == std::string::npos) return value;
    source_.Warning(pointer, "removed invisible control characters: they can make text read differently from what it says");
    return RemoveInvisibleControls(value);
  }

 private:
  const Source& source_;
  const Json& value_;
  std::string pointer_;
  std::set<std::string> known_;
};

std::vector<std::string> Strings(const Source& source, Fields& fields, const std::string& key) {
  std::vector<std::string> out;
  const Json* array = fields.Typed(key, false, &Json::is_array, "an array");
  if (!array) return out;
  for (size_t i = 0; i < array->size(); ++i) {
    const std::string pointer = fields.Pointer(key) + "/" + std::to_string(i);
    if (!(*array)[i].is_string()) {
      source.Error(pointer, std::string("expected a string, found ") + TypeName((*array)[i]));
      continue;
    }
    out.push_back(fields.Clean(pointer, (*array)[i].get<std::string>()));
  }
  return out;
}

BudgetColumn ReadColumn(const Source& source, const Json& value, const std::string& pointer) {
  BudgetColumn column;
  Fields fields(source, value, pointer);
  column.key = fields.String("key", true);
  column.label = fields.String("label", false);
  const std::string type = fields.String("type", true);
  if (const auto parsed = ColumnTypeFromId(type)) {
    column.type = *parsed;
  } else if (fields.ok() && fields.Get("type", false)) {
    source.Error(fields.Pointer("type"), "expected one of text, code, amount, number; found \"" + type + "\"");
  }
  column.sum_of = Strings(source, fields, "sum_of");
  return column;
}

void CheckColumns(const Source& source, const BudgetTable& table, const std::string& pointer) {
  std::set<std::string> keys;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const BudgetColumn& column = table.columns[i];
    const std::string at = pointer + "/columns/" + std::to_string(i);
    if (column.key.empty()) continue;
    if (!keys.insert(column.key).second) source.Error(at + "/key", "another column has the key \"" + column.key + "\"");
    for (size_t j = 0; j < column.sum_of.size(); ++j) {
      const auto part = table.Column(column.sum_of[j]);
      if (!part || table.columns[*part].type != ColumnType::kAmount || column.type != ColumnType::kAmount) {
        source.Error(at + "/sum_of/" + std::to_string(j),
                     "\"" + column.sum_of[j] + "\" is not an amount column of this table (sum_of adds amount columns)");
      }
    }
  }
  if (table.classification != Classification::kNone) {
    const auto code = table.Column("code");
    if (!code || table.columns[*code].type != ColumnType::kCode) {
      source.Error(pointer + "/columns", std::string("a table classified by ") + ClassificationId(table.classification) +
                                             " needs a column with key \"code\" of type code");
    }
  }
}

BudgetCell ReadCell(const BudgetColumn& column, const std::string& text) {
  BudgetCell cell;
  cell.text = text;
  if (column.type == ColumnType::kAmount || column.type == ColumnType::kNumber) {
    cell.amount = Decimal::Parse(text);
    if (cell.amount) cell.text = cell.amount->ToString();
  }
  return cell;
}

// Published tables hold OCR damage ("0,。2") and dashes for nothing ("-",
// "—"), shown as printed with a warning (validate/). A cell that starts as
// a spreadsheet formula does ("=", "+", "@", tab, CR, or "-" before
// letters: "-1+cmd|' /C calc'!A0") was typed, not printed: an error.
bool LooksLikeFormula(const BudgetColumn& column, const BudgetCell& cell) {
  if ((column.type != ColumnType::kAmount && column.type != ColumnType::kNumber) || cell.amount) return false;
  const std::string& text = cell.text;
  if (text.empty()) return false;
  if (text[0] == '\t' || text[0] == '\r') return true;
  const size_t first = text.find_first_not_of(' ');
  if (first == std::string::npos) return false;
  if (text[first] == '=' || text[first] == '+' || text[first] == '@') return true;
  return text[first] == '-' && text.find_first_not_of("-0123456789., ", first) != std::string::npos;
}

BudgetRow ReadRow(const Source& source, const BudgetTable& table, const Json& value, const std::string& pointer) {
  BudgetRow row;
  row.origin = source.At(pointer);
  Fields fields(source, value, pointer);
  const std::vector<std::string> cells = Strings(source, fields, "cells");
  if (fields.ok() && !fields.Get("cells", true)) return row;
  if (cells.size() != table.columns.size()) {
    source.Error(fields.Pointer("cells"), "expected " + std::to_string(table.columns.size()) +
                                              " cells, one per column, found " + std::to_string(cells.size()));
  }
  for (size_t i = 0; i < table.columns.size(); ++i) {
    row.cells.push_back(ReadCell(table.columns[i], i < cells.size() ? cells[i] : ""));
    if (LooksLikeFormula(table.columns[i], row.cells.back())) {
      source.Error(fields.Pointer("cells") + "/" + std::to_string(i),
                   "expected an amount such as 12.30 in column \"" + table.columns[i].key + "\", found \"" +
                       cells[i] + "\", which a spreadsheet would run as a formula; correct the cell");
    }
  }
  row.level = DefaultRowLevel(table, row);
  if (const Json* level = fields.Typed("level", false, &Json::is_number_unsigned, "a whole number from 0 to 9")) {
    // Read wide: 4294967295 read as an int is -1, which passed the check.
    const uint64_t wide = level->get<uint64_t>();
    row.level = wide > 9 ? 9 : static_cast<int>(wide);
    if (wide > 9) source.Error(fields.Pointer("level"), "expected a level from 0 (a total) to 9");
  }
  if (const Json* part = fields.Typed("part", false, &Json::is_boolean, "true or false")) row.part = part->get<bool>();
  return row;
}

BudgetTable ReadTable(const Source& source, const Json& value, const std::string& pointer) {
  BudgetTable table;
  table.origin = source.At(pointer);
  Fields fields(source, value, pointer);
  const std::string kind = fields.String("kind", true);
  if (const auto parsed = BudgetTableKindFromId(kind)) {
    table.kind = *parsed;
  } else if (fields.ok() && fields.Get("kind", false)) {
    std::vector<std::string> ids;
    for (BudgetTableKind known : AllBudgetTableKinds()) ids.push_back(BudgetTableKindId(known));
    const std::string suggestion = ClosestMatch(kind, ids);
    source.Error(fields.Pointer("kind"), "unknown table kind \"" + kind + "\"" +
                                             (suggestion.empty() ? "" : "; did you mean \"" + suggestion + "\"?"));
  }
  table.title = fields.String("title", true);
  table.unit = fields.String("unit", false);
  const std::string classification = fields.String("classification", false);
  if (const auto parsed = ClassificationFromId(classification)) {
    table.classification = *parsed;
  } else {
    source.Error(fields.Pointer("classification"), "expected \"function\" or \"economic\"; found \"" + classification + "\"");
  }
  if (const Json* columns = fields.Typed("columns", true, &Json::is_array, "an array")) {
    for (size_t i = 0; i < columns->size(); ++i) {
      table.columns.push_back(ReadColumn(source, (*columns)[i], pointer + "/columns/" + std::to_string(i)));
    }
  }
  CheckColumns(source, table, pointer);
  if (const Json* rows = fields.Typed("rows", true, &Json::is_array, "an array")) {
    for (size_t i = 0; i < rows->size(); ++i) {
      table.rows.push_back(ReadRow(source, table, (*rows)[i], pointer + "/rows/" + std::to_string(i)));
    }
  }
  table.notes = Strings(source, fields, "notes");
  return table;
}

std::string Quote(const std::string& text) { return Json(text).dump(); }

std::string QuotedList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + Quote(items[i]);
  return out + "]";
}

}  // namespace

int DefaultRowLevel(const BudgetTable& table, const BudgetRow& row) {
  const int level = CodeLevel(table.classification, table.RowCode(row));
  return level > 0 ? level : 1;
}

std::vector<BudgetTable> ParseBudgetTablesJson(const std::string& file, const std::string& text,
                                               Diagnostics& diagnostics) {
  std::vector<BudgetTable> tables;
  const Source source{file, text, diagnostics};
  // The tables are read as the parser reaches each one, not from a tree of
  // the whole file; their diagnostics are kept aside and reported where the
  // tree's reading order puts them.
  Diagnostics table_diagnostics;
  const Source table_source{file, text, table_diagnostics};
  std::vector<BudgetTable> read;
  std::set<BudgetTableKind> kinds;
  JsonParts parts;
  parts.key = "tables";
  parts.on_start = [&] {
    read.clear();
    kinds.clear();
    table_diagnostics = Diagnostics();
  };
  parts.on_element = [&](size_t index, const Json& value) {
    const std::string pointer = "/tables/" + std::to_string(index);
    BudgetTable table = ReadTable(table_source, value, pointer);
    // The kind names the table's page anchor and download file.
    if (!kinds.insert(table.kind).second) {
      table_source.Error(pointer + "/kind", std::string("another table is of kind \"") + BudgetTableKindId(table.kind) +
                                                "\"; a department-year has one table of each kind");
    }
    read.push_back(std::move(table));
  };
  Json document;
  if (!ParseJsonDocument(file, text, document, parts, diagnostics)) return tables;
  Fields root(source, document, "");
  if (!root.ok()) return tables;
  const Json* format = root.Get("format", true);
  if (format && (!format->is_number_integer() || format->get<int>() != 1)) {
    source.Error("/format", "unsupported format version " + format->dump() + "; this gongkai reads format 1");
  }
  if (!root.Typed("tables", true, &Json::is_array, "an array")) return tables;
  diagnostics.Append(table_diagnostics);
  tables = std::move(read);
  return tables;
}

std::string BudgetTableToJsonObject(const BudgetTable& table, int indent) {
  const std::string pad(static_cast<size_t>(indent), ' ');
  const std::string in = pad + "  ";
  std::string out = "{\n";
  out += in + "\"kind\": " + Quote(BudgetTableKindId(table.kind)) + ",\n";
  out += in + "\"title\": " + Quote(table.title) + ",\n";
  if (!table.unit.empty()) out += in + "\"unit\": " + Quote(table.unit) + ",\n";
  if (table.classification != Classification::kNone) {
    out += in + "\"classification\": " + Quote(ClassificationId(table.classification)) + ",\n";
  }
  out += in + "\"columns\": [";
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const BudgetColumn& column = table.columns[i];
    out += std::string(i ? "," : "") + "\n" + in + "  {\"key\": " + Quote(column.key) + ", \"label\": " +
           Quote(column.label) + ", \"type\": " + Quote(ColumnTypeId(column.type));
    if (!column.sum_of.empty()) out += ", \"sum_of\": " + QuotedList(column.sum_of);
    out += "}";
  }
  out += table.columns.empty() ? "],\n" : "\n" + in + "],\n";
  out += in + "\"rows\": [";
  for (size_t i = 0; i < table.rows.size(); ++i) {
    const BudgetRow& row = table.rows[i];
    out += std::string(i ? "," : "") + "\n" + in + "  {";
    if (row.level != DefaultRowLevel(table, row)) out += "\"level\": " + std::to_string(row.level) + ", ";
    if (row.part) out += "\"part\": true, ";
    std::vector<std::string> cells;
    for (size_t c = 0; c < table.columns.size(); ++c) cells.push_back(row.Cell(c).text);
    out += "\"cells\": " + QuotedList(cells) + "}";
  }
  out += table.rows.empty() ? "]" : "\n" + in + "]";
  if (!table.notes.empty()) out += ",\n" + in + "\"notes\": " + QuotedList(table.notes);
  return out + "\n" + pad + "}";
}

std::string BudgetTablesToJson(const std::vector<BudgetTable>& tables) {
  std::string out = "{\n  \"format\": 1,\n  \"tables\": [";
  for (size_t i = 0; i < tables.size(); ++i) {
    out += std::string(i ? "," : "") + "\n    " + BudgetTableToJsonObject(tables[i], 4);
  }
  return out + (tables.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace gongkai
