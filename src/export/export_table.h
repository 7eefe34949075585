// ExportTable: one downloadable table as plain rows of text, the shape every
// download format is written from (csv_file, xlsx_workbook, sqlite_database),
// so a CSV, its .xlsx sheet and its database table hold the same cells.
//
// Cells keep the published text: amounts as their digits ("16.80"), codes as
// strings ("2013101"), blanks as "". A column's type says how a format may
// store it (docs/downloads.md): a code is always text, an amount a number
// only where the format keeps it exact.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

enum class FieldType {
  kText,     // names, published text
  kCode,     // a code: text, never a number (leading zeros, 20 digits)
  kAmount,   // money as published, exact decimal digits
  kNumber,   // a published count, price or percentage number; not money
  kInteger,  // a year, a 序号, a row number
};

struct ExportColumn {
  std::string name;   // database column: "budget"
  std::string label;  // CSV and sheet header: "预算数"
  FieldType type = FieldType::kText;
};

struct ExportTable {
  std::string name;   // database table and file stem: "projects"
  std::string title;  // sheet name and listing title: "项目"
  std::vector<ExportColumn> columns;
  std::vector<std::vector<std::string>> rows;  // one cell per column
};

}  // namespace gongkai
