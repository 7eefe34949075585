// The Jiangsu template's twelve tables: see region_tables.h.
#include "importer/budget_tables/jiangsu_tables.h"

#include "importer/budget_tables/layout_columns.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// "公开 05 表" → 5.
int TableNumber(const std::string& text) {
  const std::string compact = Compact(text);
  if (!StartsWith(compact, "公开") || !EndsWith(compact, "表") || compact.size() != 11) return 0;
  const std::string digits = compact.substr(6, 2);
  return digits.find_first_not_of("0123456789") == std::string::npos ? std::stoi(digits) : 0;
}

// What each numbered table of the template is, and a word its title must
// hold (a table the template numbers differently is left out, not misread).
struct Numbered {
  BudgetTableKind kind;
  const char* title_word;
};
const Numbered kTemplate[] = {
    {BudgetTableKind::kSummary, "收支预算总表"},        {BudgetTableKind::kIncome, "收入预算总表"},
    {BudgetTableKind::kExpenditure, "支出预算总表"},    {BudgetTableKind::kFiscalSummary, "财政拨款收支"},
    {BudgetTableKind::kFiscalExpenditure, "功能科目"},  {BudgetTableKind::kFiscalBasic, "经济科目"},
    {BudgetTableKind::kGeneralExpenditure, "功能科目"}, {BudgetTableKind::kGeneralBasic, "经济科目"},
    {BudgetTableKind::kThreePublic, "三公"},            {BudgetTableKind::kFundExpenditure, "政府性基金"},
    {BudgetTableKind::kOfficeCosts, "机关运行经费"},     {BudgetTableKind::kProcurement, "政府采购"},
};

// 当年支出小计, 结转下年资金, 支出合计: the rows that close a side.
bool IsSideTotal(const std::string& label) {
  return IsTotalLabel(label) || label.find("小计") != std::string::npos || label.find("结转") != std::string::npos ||
         label.find("结余") != std::string::npos;
}

bool IsPageNumber(const std::string& text) {
  return !text.empty() && text.size() <= 3 && text.find_first_not_of("0123456789") == std::string::npos;
}

std::vector<PlacedCell> HeaderCells(const JiangsuRegion& region) {
  std::vector<PlacedCell> cells;
  for (const SourceLine* line : region.header) {
    for (PlacedCell& cell : SplitLayoutRow(*line)) cells.push_back(std::move(cell));
  }
  return cells;
}

// Tables of one row of amounts under a header (03 支出预算总表, 09 "三公").
void ReadOneRow(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table,
                const std::vector<std::string>& header_labels, ImportReport& report) {
  const std::vector<int> centres = HeaderCentres(HeaderCells(region), header_labels);
  for (const SourceLine* line : region.body) {
    const std::vector<PlacedCell> cells = SplitLayoutRow(*line);
    if (cells.empty() || !ParsePrintedAmount(cells[0].text) || cells.size() > table.columns.size()) continue;
    std::vector<std::string> printed(table.columns.size());
    if (centres.size() == table.columns.size()) {
      const std::vector<size_t> columns = AssignColumns(cells, centres);
      for (size_t i = 0; i < cells.size(); ++i) printed[columns[i]] = cells[i].text;
    } else {
      report.Guess(line->number, "header not found: amounts taken as the left-most columns");
      for (size_t i = 0; i < cells.size(); ++i) printed[i] = cells[i].text;
    }
    // 支出预算总表's one row is the department's totals.
    AddRow(table, printed, table.kind == BudgetTableKind::kExpenditure ? 0 : 1, document, line->number);
    return;
  }
}

// Tables classified by codes in one column (204 / 20405 / 2040501), with a
// 合计 row, names wrapped around their row's line.
void ReadCoded(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table, ImportReport& report) {
  std::vector<WrappedLine> lines;
  std::vector<std::vector<std::string>> printed;  // per data line
  for (const SourceLine* line : region.body) {
    if (StartsWith(LineText(line->text), "注")) break;
    const std::vector<PlacedCell> cells = SplitLayoutRow(*line);
    const auto coded = ReadCodedLine(cells);
    std::string text_cells;
    std::vector<std::string> amounts;
    for (const PlacedCell& cell : cells) {
      if (ParsePrintedAmount(cell.text)) amounts.push_back(cell.text);
      else text_cells += cell.text;
    }
    if (coded) {
      std::vector<std::string> row = {coded->code, coded->name};
      for (const PlacedCell& cell : coded->amounts) row.push_back(cell.text);
      printed.push_back(row);
      lines.push_back({true, line->number, {}, {}});
    } else if (Compact(text_cells) == "合计") {  // "合计", "合   计"
      std::vector<std::string> row = {"", "合计"};
      row.insert(row.end(), amounts.begin(), amounts.end());
      printed.push_back(row);
      lines.push_back({true, line->number, {}, {}});
    } else if (!printed.empty() && !text_cells.empty() && amounts.empty()) {
      lines.push_back({false, line->number, {{1, text_cells}}, {false}});
    }
  }
  size_t data = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].data) continue;
    std::vector<std::string>& row = printed[data++];
    if (row[1].empty()) {
      row[1] = TakeCentredWrap(lines, i, 1);
      if (!row[1].empty()) report.Repair(lines[i].number, "name wrapped above and below its row rejoined", row[1]);
    }
    const int level = row[0].empty() ? 0 : CodeLevel(table.classification, row[0]);
    AddRow(table, row, level, document, lines[i].number);
  }
  for (const WrappedLine& line : lines) {
    if (!line.data && !line.used[0]) report.Skip(line.number, 0, "text in a table that belongs to no row", line.fragments[0].second);
  }
}

// Income beside spending, with a third side in 01 (支出用途): each cell goes
// to the header nearest it; a label that does not start a numbered item
// continues the label above it ("七、文化旅游体育与传媒支" / "出").
void ReadSided(const SourceDocument& document, const JiangsuRegion& region, BudgetTable& table,
               const std::vector<std::string>& text_labels, ImportReport& report) {
  const std::vector<PlacedCell> header = HeaderCells(region);
  const std::vector<int> text_centres = HeaderCentres(header, text_labels);
  const std::vector<int> amount_centres = HeaderCentres(header, std::vector<std::string>(text_labels.size(), "金额"));
  if (text_centres.empty() || amount_centres.empty()) {
    report.Guess(region.title_line, "header not found: table left out");
    return;
  }
  for (const SourceLine* line : region.body) {
    const std::vector<PlacedCell> cells = SplitLayoutRow(*line);
    std::vector<std::string> printed(table.columns.size());
    bool starts_row = false;
    for (const PlacedCell& cell : cells) {
      if (ParsePrintedAmount(cell.text)) {
        printed[NearestColumn(cell.Center(), amount_centres) * 2 + 1] = cell.text;
        starts_row = true;
        continue;
      }
      size_t side = NearestColumn(cell.Center(), text_centres);
      // Totals span the spending sides; they belong to the first of them.
      const bool total = IsSideTotal(cell.text);
      if (total && side > 0) side = 1;
      printed[side * 2] = cell.text;
      starts_row = starts_row || total || StartsWithChineseNumbering(cell.text) || StartsWithSubNumbering(cell.text);
    }
    if (cells.empty() || IsPageNumber(cells[0].text)) continue;
    if (!starts_row) {
      if (table.rows.empty()) continue;  // header lines
      BudgetRow& above = table.rows.back();
      for (size_t c = 0; c < printed.size(); c += 2) {
        if (printed[c].empty()) continue;
        above.cells[c].text += printed[c];
        report.Repair(line->number, "label wrapped onto the next line rejoined", above.cells[c].text);
      }
      continue;
    }
    // A total's amount printed under the last side: it is the spending total.
    if (printed.size() > 4 && IsSideTotal(printed[2]) && printed[4].empty() && printed[3].empty()) {
      std::swap(printed[3], printed[5]);
    }
    AddRow(table, printed, 1, document, line->number);
  }
}

}  // namespace

std::vector<JiangsuRegion> FindJiangsuRegions(const SourceDocument& document) {
  std::vector<JiangsuRegion> regions;
  for (size_t i = 0; i < document.lines.size(); ++i) {
    const std::string text = LineText(document.lines[i].text);
    const int number = TableNumber(text);
    if (number > 0) {
      regions.push_back({number, "", 0, {}, {}});
      continue;
    }
    if (regions.empty() || text.empty() || IsPageNumber(text)) continue;
    JiangsuRegion& region = regions.back();
    if (StartsWith(text, "第三部分")) break;
    if (region.title.empty()) {
      region.title = text;
      region.title_line = document.lines[i].number;
      continue;
    }
    // The header ends at the first row: a line with an amount or a code.
    const auto cells = SplitLayoutRow(document.lines[i]);
    bool data = false;
    for (const PlacedCell& cell : cells) data = data || ParsePrintedAmount(cell.text);
    if (region.body.empty() && !data && !StartsWith(text, "注")) {
      region.header.push_back(&document.lines[i]);
    } else {
      region.body.push_back(&document.lines[i]);
    }
  }
  return regions;
}

std::vector<BudgetTable> ReadJiangsuTables(const SourceDocument& document, ImportReport& report) {
  std::vector<BudgetTable> tables;
  for (const JiangsuRegion& region : FindJiangsuRegions(document)) {
    if (region.number < 1 || region.number > 12 || region.title.find(kTemplate[region.number - 1].title_word) == std::string::npos) {
      report.Skip(region.title_line, 0, "table not in the Jiangsu template's list", region.title);
      continue;
    }
    BudgetTable table = JiangsuShape(kTemplate[region.number - 1].kind);
    table.title = region.title;
    table.origin = document.At(region.title_line);
    for (const SourceLine* line : region.header) {
      if (table.unit.empty()) table.unit = UnitOf(line->text);
    }
    if (table.unit == "万") table.unit = "万元";  // "单位：万" / "元" wrapped in 09
    switch (table.kind) {
      case BudgetTableKind::kSummary: ReadSided(document, region, table, {"项目名称", "功能科目名称", "项目名称"}, report); break;
      case BudgetTableKind::kFiscalSummary: ReadSided(document, region, table, {"项目名称", "项目名称"}, report); break;
      case BudgetTableKind::kIncome: ReadJiangsuIncome(document, region, table, report); break;
      case BudgetTableKind::kProcurement: ReadJiangsuProcurement(document, region, table, report); break;
      case BudgetTableKind::kExpenditure:
        ReadOneRow(document, region, table, {"合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"}, report);
        break;
      case BudgetTableKind::kThreePublic:
        ReadOneRow(document, region, table,
                   {"合计", "小计", "因公出", "小计", "公务用车购", "公务用车运", "公务接", "会议费", "培训费"}, report);
        break;
      default: ReadCoded(document, region, table, report); break;
    }
    // Notes: "注：" and the lines that continue it.
    bool in_note = false;
    for (const SourceLine* line : region.body) {
      const std::string text = LineText(line->text);
      in_note = in_note || StartsWith(text, "注");
      if (!in_note) continue;
      // "注：1.…" and "2.…" start notes; other lines continue the one above.
      if (StartsWith(text, "注") || ReadListNumber(text, nullptr) || table.notes.empty()) {
        table.notes.push_back(text);
      } else {
        table.notes.back() += text;
      }
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

}  // namespace gongkai
