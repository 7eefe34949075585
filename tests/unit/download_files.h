// Test support: the site's downloads opened as a reader opens them.
//
// ReadDownload runs tests/unit/read_download.py (Python's csv and sqlite3
// modules, zipfile + xml.etree for .xlsx) and returns every table it saw,
// every cell as a string. XlsxEntries unpacks a workbook with libzip.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gongkai::testing {

struct ReadTable {
  std::string name;  // "csv" for a CSV; the sheet or database table's name
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;

  // The cell of `row` under the column named `column` ("" when there is none).
  std::string Cell(const std::vector<std::string>& row, const std::string& column) const;
};

struct ReadFile {
  bool ok = false;
  std::string error;  // python3's complaint, when not ok
  std::vector<ReadTable> tables;
  std::map<std::string, std::string> pragmas;  // SQLite: integrity_check, journal_mode

  const ReadTable* Find(const std::string& name) const;
};

ReadFile ReadDownload(const std::string& path);

// name → bytes of every file inside an .xlsx (a zip archive).
std::map<std::string, std::string> XlsxEntries(const std::string& bytes);

}  // namespace gongkai::testing
