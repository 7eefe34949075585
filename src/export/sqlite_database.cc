#include "export/sqlite_database.h"

#include <sqlite3.h>

#include <memory>

namespace gongkai {
namespace {

struct CloseDatabase {
  void operator()(sqlite3* database) const { sqlite3_close(database); }
};
using Database = std::unique_ptr<sqlite3, CloseDatabase>;

struct FinalizeStatement {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

// "name" with quotes doubled: a safe SQL identifier whatever the name.
std::string Identifier(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

bool IsInteger(FieldType type) { return type == FieldType::kInteger; }
bool IsNumberLike(FieldType type) {
  return type == FieldType::kInteger || type == FieldType::kAmount || type == FieldType::kNumber;
}

std::string CreateTable(const ExportTable& table) {
  std::string sql = "CREATE TABLE " + Identifier(table.name) + " (";
  for (size_t c = 0; c < table.columns.size(); ++c) {
    sql += (c ? ", " : "") + Identifier(table.columns[c].name) + (IsInteger(table.columns[c].type) ? " INTEGER" : " TEXT");
  }
  return sql + ")";
}

std::string InsertRow(const ExportTable& table) {
  std::string sql = "INSERT INTO " + Identifier(table.name) + " VALUES (";
  for (size_t c = 0; c < table.columns.size(); ++c) sql += c ? ", ?" : "?";
  return sql + ")";
}

// An integer cell's value; nullopt when it is not one (then stored as text).
std::optional<sqlite3_int64> IntegerValue(const std::string& text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoll(text);
}

}  // namespace

SqliteResult ExportTablesToSqlite(const std::vector<const ExportTable*>& tables) {
  SqliteResult result;
  sqlite3* raw = nullptr;
  if (sqlite3_open(":memory:", &raw) != SQLITE_OK) {
    sqlite3_close(raw);
    result.error = "无法建立数据库";
    return result;
  }
  Database database(raw);
  const auto fail = [&](const std::string& what) {
    result.error = what + "：" + sqlite3_errmsg(database.get());
    return result;
  };
  // The page size is fixed before the first table, so the file's layout
  // does not depend on the library's default.
  if (sqlite3_exec(database.get(), "PRAGMA page_size = 4096; PRAGMA encoding = 'UTF-8'; BEGIN", nullptr, nullptr,
                   nullptr) != SQLITE_OK) {
    return fail("无法设置数据库");
  }
  for (const ExportTable* table : tables) {
    if (sqlite3_exec(database.get(), CreateTable(*table).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      return fail("无法建立数据表 " + table->name);
    }
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(database.get(), InsertRow(*table).c_str(), -1, &prepared, nullptr) != SQLITE_OK) {
      return fail("无法写入数据表 " + table->name);
    }
    Statement insert(prepared);
    for (const std::vector<std::string>& row : table->rows) {
      for (size_t c = 0; c < table->columns.size(); ++c) {
        const int slot = static_cast<int>(c + 1);
        const std::string& text = row[c];
        const FieldType type = table->columns[c].type;
        if (text.empty() && IsNumberLike(type)) {
          sqlite3_bind_null(insert.get(), slot);
        } else if (const auto integer = IsInteger(type) ? IntegerValue(text) : std::nullopt) {
          sqlite3_bind_int64(insert.get(), slot, *integer);
        } else {
          sqlite3_bind_text(insert.get(), slot, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
      }
      if (sqlite3_step(insert.get()) != SQLITE_DONE) return fail("无法写入数据表 " + table->name);
      sqlite3_reset(insert.get());
    }
  }
  if (sqlite3_exec(database.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail("无法写入数据库");

  sqlite3_int64 size = 0;
  unsigned char* bytes = sqlite3_serialize(database.get(), "main", &size, 0);
  if (!bytes) return fail("无法取出数据库内容");
  result.bytes = std::string(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
  sqlite3_free(bytes);
  return result;
}

}  // namespace gongkai
