#include "export/table_pieces.h"

namespace gongkai {

TablePieces WholeTable(const ExportTable& table) {
  TablePieces pieces;
  pieces.heading = {table.name, table.title, table.columns, {}};
  pieces.count = 1;
  pieces.piece = [&table](size_t, ExportTable&) -> const ExportTable& { return table; };
  return pieces;
}

TablePieces TableByDepartment(const std::function<ExportTable(const DepartmentYears&)>& builder,
                              const DepartmentYears& departments) {
  TablePieces pieces;
  pieces.heading = builder({});
  pieces.count = departments.size();
  pieces.piece = [builder, &departments](size_t k, ExportTable& scratch) -> const ExportTable& {
    scratch = builder({departments[k]});
    return scratch;
  };
  return pieces;
}

}  // namespace gongkai
