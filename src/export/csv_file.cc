#include "export/csv_file.h"

#include "format/budget_tables_csv.h"

namespace gongkai {

std::string ExportTableToCsv(const ExportTable& table) {
  std::vector<std::string> header;
  std::vector<bool> number_columns;
  for (const ExportColumn& column : table.columns) {
    header.push_back(column.label);
    number_columns.push_back(column.type == FieldType::kAmount || column.type == FieldType::kNumber ||
                             column.type == FieldType::kInteger);
  }
  return RecordsToCsv(header, table.rows, number_columns);
}

}  // namespace gongkai
