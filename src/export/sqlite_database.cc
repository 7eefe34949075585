#include "export/sqlite_database.h"

#include <sqlite3.h>

#include <cstdio>
#include <memory>

#include "base/scratch_file.h"

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

// A file SQLite wrote carries its change counter (offset 24) and, at 92
// and 96, the change it was valid for and the library version that wrote
// it. Zeroed, as in a database serialized from memory (which the site's
// database was before it was built on disk): the bytes then do not depend
// on the SQLite version of the machine that built the site, and readers
// take the page count from the file's size.
std::string ClearWriterStamp(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "r+b");
  const char zeros[8] = {};
  const bool ok = file && std::fseek(file, 24, SEEK_SET) == 0 && std::fwrite(zeros, 1, 4, file) == 4 &&
                  std::fseek(file, 92, SEEK_SET) == 0 && std::fwrite(zeros, 1, 8, file) == 8;
  if (file && std::fclose(file) != 0) return "无法写完数据库 " + path;
  return ok ? "" : "无法写完数据库 " + path;
}

}  // namespace

std::string WriteTablePiecesToSqlite(const std::vector<const TablePieces*>& tables, const std::string& path,
                                     size_t& rows) {
  rows = 0;
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(raw);
    return "无法建立数据库 " + path;
  }
  Database database(raw);
  const auto fail = [&](const std::string& what) { return what + "：" + sqlite3_errmsg(database.get()); };
  // The page size is fixed before the first table, so the file's layout
  // does not depend on the library's default. No journal: a database that
  // fails half-way is thrown away, never rolled back.
  if (sqlite3_exec(database.get(),
                   "PRAGMA page_size = 4096; PRAGMA encoding = 'UTF-8'; PRAGMA journal_mode = OFF; "
                   "PRAGMA synchronous = OFF; PRAGMA cache_size = -16384; BEGIN",
                   nullptr, nullptr, nullptr) != SQLITE_OK) {
    return fail("无法设置数据库");
  }
  ExportTable scratch;
  for (const TablePieces* table : tables) {
    const ExportTable& heading = table->heading;
    if (sqlite3_exec(database.get(), CreateTable(heading).c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      return fail("无法建立数据表 " + heading.name);
    }
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(database.get(), InsertRow(heading).c_str(), -1, &prepared, nullptr) != SQLITE_OK) {
      return fail("无法写入数据表 " + heading.name);
    }
    Statement insert(prepared);
    for (size_t k = 0; k < table->count; ++k) {
      const ExportTable& piece = table->piece(k, scratch);
      for (const std::vector<std::string>& row : piece.rows) {
        for (size_t c = 0; c < heading.columns.size(); ++c) {
          const int slot = static_cast<int>(c + 1);
          const std::string& text = row[c];
          const FieldType type = heading.columns[c].type;
          if (text.empty() && IsNumberLike(type)) {
            sqlite3_bind_null(insert.get(), slot);
          } else if (const auto integer = IsInteger(type) ? IntegerValue(text) : std::nullopt) {
            sqlite3_bind_int64(insert.get(), slot, *integer);
          } else {
            sqlite3_bind_text(insert.get(), slot, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
          }
        }
        if (sqlite3_step(insert.get()) != SQLITE_DONE) return fail("无法写入数据表 " + heading.name);
        sqlite3_reset(insert.get());
        ++rows;
      }
    }
  }
  if (sqlite3_exec(database.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return fail("无法写入数据库");
  if (sqlite3_close(database.release()) != SQLITE_OK) return "无法写完数据库 " + path;
  return ClearWriterStamp(path);
}

SqliteResult ExportTablesToSqlite(const std::vector<const ExportTable*>& tables) {
  SqliteResult result;
  std::vector<TablePieces> pieces;
  for (const ExportTable* table : tables) pieces.push_back(WholeTable(*table));
  std::vector<const TablePieces*> pointers;
  for (const TablePieces& table : pieces) pointers.push_back(&table);
  ScratchFile file("sqlite");
  if (!file.ok()) {
    result.error = file.error();
    return result;
  }
  size_t rows = 0;
  result.error = WriteTablePiecesToSqlite(pointers, file.path(), rows);
  if (!result.error.empty()) return result;
  std::string bytes;
  if (!file.Read(bytes)) {
    result.error = file.error();
    return result;
  }
  result.bytes = std::move(bytes);
  return result;
}

}  // namespace gongkai
