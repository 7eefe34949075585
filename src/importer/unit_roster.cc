#include "importer/unit_roster.h"

#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

// Names compared without spaces, the party's long name shortened and 本级
// marks dropped: 中国共产党X = 中共X, "X(本级)" = "X本级" = "X".
std::string NameKey(const std::string& name) {
  std::string key = WithoutSpaces(name);
  for (const char* mark : {"(本级)", "（本级）", "本级"}) {
    const size_t at = key.find(mark);
    if (at != std::string::npos) key.erase(at, std::string_view(mark).size());
  }
  const std::string party = "中国共产党";
  if (StartsWith(key, party)) key = "中共" + key.substr(party.size());
  return key;
}

bool IsOwnRow(const UnitTableRow& row, const DepartmentYear& department) {
  return row.name.find("本级") != std::string::npos ||
         NameKey(row.name) == NameKey(department.department.name);
}

void Fill(Unit& unit, const UnitTableRow& row) {
  unit.nature = row.nature;
  unit.rank = row.rank;
  unit.funding = row.funding;
}

}  // namespace

std::vector<UnitTableRow> ReadUnitTable(const std::vector<std::vector<std::string>>& cells,
                                        const std::vector<int>& lines) {
  std::vector<UnitTableRow> rows;
  int name = -1, nature = -1, rank = -1, funding = -1;
  for (size_t r = 0; r < cells.size(); ++r) {
    const std::vector<std::string>& row = cells[r];
    if (name < 0) {
      for (size_t c = 0; c < row.size(); ++c) {
        const std::string key = WithoutSpaces(row[c]);
        if (key == "单位名称") name = static_cast<int>(c);
        if (key == "单位性质") nature = static_cast<int>(c);
        if (key == "单位规格") rank = static_cast<int>(c);
        if (key == "经费保障形式") funding = static_cast<int>(c);
      }
      if (name >= 0 && nature < 0 && rank < 0 && funding < 0) name = -1;
      continue;
    }
    const auto at = [&](int column) { return column >= 0 && column < static_cast<int>(row.size()) ? TrimAscii(row[column]) : ""; };
    if (at(name).empty()) continue;
    rows.push_back({at(name), at(nature), at(rank), at(funding), lines[r]});
  }
  return rows;
}

const Unit* OwnUnit(const DepartmentYear& department) {
  if (const Unit* unit = department.FindUnit(department.department.code + "001")) return unit;
  for (const Unit& unit : department.units) {
    if (EndsWith(unit.name, "本级")) return &unit;
  }
  return nullptr;
}

void ApplyUnitTable(const std::vector<UnitTableRow>& rows, DepartmentYear& department,
                    std::map<std::string, int>& unit_lines, ImportReport& report) {
  std::vector<bool> row_done(rows.size(), false), unit_done(department.units.size(), false);
  const auto match = [&](size_t r, size_t u, const char* how) {
    Fill(department.units[u], rows[r]);
    row_done[r] = unit_done[u] = true;
    if (how) report.Guess(rows[r].line, ImportWord(ImportWordId::kNoteRosterMatched, {department.units[u].code, how}),
                          rows[r].name + " = " + department.units[u].name);
  };
  // Equal names first, then one name ending with the other, then 本级.
  for (int pass = 0; pass < 3; ++pass) {
    for (size_t r = 0; r < rows.size(); ++r) {
      for (size_t u = 0; u < department.units.size() && !row_done[r]; ++u) {
        if (unit_done[u]) continue;
        const std::string row_key = NameKey(rows[r].name), unit_key = NameKey(department.units[u].name);
        if (pass == 0 && row_key == unit_key) match(r, u, nullptr);
        if (pass == 1 && row_key.size() >= 12 && unit_key.size() >= 12 &&
            (EndsWith(row_key, unit_key) || EndsWith(unit_key, row_key))) {
          match(r, u, "名称的结尾相同");
        }
        if (pass == 2 && IsOwnRow(rows[r], department) && EndsWith(department.units[u].name, "本级")) {
          match(r, u, "部门本级");
        }
      }
    }
  }
  std::vector<size_t> rows_left, units_left;
  for (size_t r = 0; r < rows.size(); ++r) if (!row_done[r]) rows_left.push_back(r);
  for (size_t u = 0; u < department.units.size(); ++u) if (!unit_done[u]) units_left.push_back(u);
  if (rows_left.size() == 1 && units_left.size() == 1 && !department.units.empty()) {
    match(rows_left[0], units_left[0], "仅剩的一行与仅剩的一个单位");
    rows_left.clear();
  }
  for (size_t r : rows_left) {
    const UnitTableRow& row = rows[r];
    const std::string code = department.department.code + "001";
    if (IsOwnRow(row, department) && !OwnUnit(department) && department.department.code.size() == 3) {
      Unit unit{code, row.name, "", "", ""};
      Fill(unit, row);
      department.units.push_back(unit);
      unit_lines[code] = row.line;
      report.Guess(row.line, ImportWord(ImportWordId::kNoteOwnUnitCode, {code}), row.name);
      continue;
    }
    report.Skip(row.line, 0, ImportWord(ImportWordId::kNoteRosterNoCode),
                row.name);
  }
}

}  // namespace gongkai
