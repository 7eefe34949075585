#include "export/csv_file.h"

#include "format/budget_tables_csv.h"

namespace gongkai {

std::string ExportTableToCsv(const ExportTable& table) {
  size_t rows = 0;
  return TablePiecesToCsv(WholeTable(table), rows);
}

std::string TablePiecesToCsv(const TablePieces& table, size_t& rows) {
  std::vector<std::string> header;
  std::vector<bool> number_columns;
  for (const ExportColumn& column : table.heading.columns) {
    header.push_back(column.label);
    number_columns.push_back(column.type == FieldType::kAmount || column.type == FieldType::kNumber ||
                             column.type == FieldType::kInteger);
  }
  std::string out = RecordsToCsv(header, {}, number_columns);
  rows = 0;
  ExportTable scratch;
  for (size_t k = 0; k < table.count; ++k) {
    const ExportTable& piece = table.piece(k, scratch);
    AppendCsvRecords(piece.rows, number_columns, out);
    rows += piece.rows.size();
  }
  return out;
}

}  // namespace gongkai
