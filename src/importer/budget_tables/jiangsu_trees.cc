// Jiangsu's two tree-shaped tables: see jiangsu_tables.h.
#include "importer/budget_tables/jiangsu_tables.h"
#include "importer/budget_tables/layout_columns.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"

namespace gongkai {
namespace {

struct PendingRow {
  std::vector<std::string> printed;
  int level = 1;
  bool part = false;
  int line = 0;
};

std::vector<PlacedCell> HeaderCells(const JiangsuRegion& region) {
  std::vector<PlacedCell> cells;
  for (const SourceLine* line : region.header) {
    for (PlacedCell& cell : SplitLayoutRow(*line)) cells.push_back(std::move(cell));
  }
  return cells;
}

void AddRows(const SourceDocument& document, BudgetTable& table, const std::vector<PendingRow>& rows) {
  for (const PendingRow& row : rows) AddRow(table, row.printed, row.level, document, row.line).part = row.part;
}

// 政府集中采购, 部门集中采购, 分散自行组织: how an item is bought.
bool IsMethod(const std::string& text) { return EndsWith(text, "采购") || EndsWith(text, "组织"); }

}  // namespace

void ReadJiangsuIncome(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table,
                       ImportReport& report) {
  const std::vector<int> item = HeaderCentres(HeaderCells(region), {"项目名称"});
  const int category_limit = item.empty() ? 20 : item[0] - 10;
  std::vector<PendingRow> rows;
  int block = -1;  // the row of the current block's 小计
  for (const SourceLine* line : region.body) {
    const std::vector<PlacedCell> cells = SplitLayoutRow(*line);
    std::vector<PlacedCell> texts, amounts;
    for (const PlacedCell& cell : cells) (ParsePrintedAmount(cell.text) ? amounts : texts).push_back(cell);
    std::string category;
    bool new_row = false;
    // Items first: a category printed beside its block's first item names
    // that block, not the one before.
    for (const PlacedCell& cell : texts) {
      if (cell.x < category_limit) {
        category += cell.text;
        continue;
      }
      const std::string label = Compact(cell.text);
      PendingRow row{{"", cell.text, ""}, 2, IsPartLabel(label), line->number};
      if (IsTotalLabel(label)) row.level = 0;
      if (label == "小计") {
        row.level = 1;
        block = static_cast<int>(rows.size());
      }
      rows.push_back(row);
      new_row = true;
    }
    if (!category.empty() && block >= 0) rows[static_cast<size_t>(block)].printed[0] += category;
    if (amounts.empty() || rows.empty()) continue;
    // An amount on a line of its own belongs to the label above it.
    std::string& amount = rows.back().printed[2];
    if (!new_row && !amount.empty()) {
      report.Skip(line->number, 0, "amount without a row", amounts[0].text);
      continue;
    }
    amount = amounts[0].text;
  }
  AddRows(document, table, rows);
}

void ReadJiangsuProcurement(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table,
                            ImportReport& report) {
  // Columns 1 专项名称, 2 经济科目, 3 采购物品名称 by their header's position.
  const std::vector<int> centres = HeaderCentres(HeaderCells(region), {"专项名称", "经济科目", "采购物品名称"});
  if (centres.empty()) {
    report.Guess(region.title_line, "header not found: table left out");
    return;
  }
  std::vector<WrappedLine> lines;
  std::vector<PendingRow> rows;
  for (const SourceLine* line : region.body) {
    if (StartsWith(LineText(line->text), "注")) break;
    std::vector<PlacedCell> texts;
    std::string amount;
    for (const PlacedCell& cell : SplitLayoutRow(*line)) {
      if (ParsePrintedAmount(cell.text)) amount = cell.text;
      else texts.push_back(cell);
    }
    if (amount.empty()) {  // a line of wrapped names
      WrappedLine fragment{false, line->number, {}, {}};
      for (const PlacedCell& cell : texts) {
        fragment.fragments.push_back({NearestColumn(cell.Center(), centres) + 1, cell.text});
        fragment.used.push_back(false);
      }
      lines.push_back(fragment);
      continue;
    }
    PendingRow row{std::vector<std::string>(table.columns.size()), 2, false, line->number};
    row.printed[5] = amount;
    if (!texts.empty() && (Compact(texts[0].text) == "合计" || StartsWithChineseNumbering(texts[0].text))) {
      row.level = Compact(texts[0].text) == "合计" ? 0 : 1;
      row.printed[0] = texts[0].text;
    } else if (!texts.empty() && IsMethod(texts.back().text)) {
      row.level = 3;
      row.printed[4] = texts.back().text;
      for (size_t i = 0; i + 1 < texts.size(); ++i) row.printed[3] += texts[i].text;
    } else {
      for (const PlacedCell& cell : texts) {
        const size_t column = NearestColumn(cell.Center(), {centres[0], centres[1]}) + 1;
        row.printed[column] += cell.text;
      }
    }
    rows.push_back(row);
    lines.push_back({true, line->number, {}, {}});
  }
  size_t data = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].data) continue;
    PendingRow& row = rows[data++];
    for (size_t column : {size_t{1}, size_t{2}, size_t{3}}) {
      if (!row.printed[column].empty() || (row.level == 3) != (column == 3)) continue;
      row.printed[column] = TakeCentredWrap(lines, i, column);
      if (!row.printed[column].empty()) {
        report.Repair(lines[i].number, "name wrapped above and below its row rejoined", row.printed[column]);
      }
    }
  }
  for (const WrappedLine& line : lines) {
    for (size_t f = 0; f < line.fragments.size(); ++f) {
      if (!line.used[f]) report.Skip(line.number, 0, "text in a table that belongs to no row", line.fragments[f].second);
    }
  }
  AddRows(document, table, rows);
}

}  // namespace gongkai
