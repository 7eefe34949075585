#include "importer/indicator_rows.h"

#include <algorithm>

#include "format/target_value_reader.h"
#include "importer/cjk_text.h"
#include "importer/indicator_levels.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

constexpr size_t kColumns = 6;

void CheckLevels(const Indicator& indicator, const SourceDocument& document, int line, Diagnostics& diagnostics) {
  if (!IsKnownLevel1(indicator.level1)) {
    diagnostics.Warning(document.At(line), ImportMessage(ImportMessageId::kUnknownLevel1, {indicator.level1}));
    return;
  }
  const auto& level2s = Level2Of(indicator.level1);
  if (std::find(level2s.begin(), level2s.end(), indicator.level2) == level2s.end()) {
    diagnostics.Warning(document.At(line), ImportMessage(ImportMessageId::kLevel2NotOfLevel1, {indicator.level2, indicator.level1}));
  }
}

}  // namespace

bool IsIndicatorHeaderRow(const TableRow& row) {
  return WithoutSpaces(row.Text(0)) == "一级指标" && WithoutSpaces(row.Text(1)) == "二级指标";
}

std::vector<Indicator> ReadIndicatorRows(const std::vector<TableRow>& rows, const SourceDocument& document,
                                         ImportReport& report, Diagnostics& diagnostics) {
  std::vector<Indicator> indicators;
  std::string level1, level2;
  for (const TableRow& row : rows) {
    if (IsIndicatorHeaderRow(row)) {
      report.Repair(row.line, ImportWord(ImportWordId::kNoteHeaderRepeatedDropped));
      continue;
    }
    bool extra = false;
    for (size_t i = kColumns; i < row.cells.size(); ++i) extra = extra || !TrimAscii(row.cells[i].text).empty();
    if (row.cells.size() < kColumns || extra) {
      diagnostics.Error(document.At(row.line), ImportMessage(ImportMessageId::kIndicatorRowCells, {std::to_string(row.cells.size()), extra ? "，第 6 格之后还有文字" : ""}));
      continue;
    }
    if (!row.Text(0).empty()) {
      level1 = row.Text(0);
      level2.clear();  // a new 一级指标 group starts its own 二级指标
    }
    if (!row.Text(1).empty()) level2 = row.Text(1);
    if (level1.empty() || level2.empty()) {
      diagnostics.Error(document.At(row.line), ImportMessage(ImportMessageId::kIndicatorRowNoLevel, {level1.empty() ? "一级指标" : "二级指标"}));
      continue;
    }
    Indicator indicator;
    indicator.level1 = level1;
    indicator.level2 = level2;
    indicator.name = row.Text(2);
    indicator.description = row.Text(3);
    indicator.value = ReadTargetValueText(row.Text(4));
    indicator.basis = row.Text(5);
    indicator.origin = document.At(row.line);
    CheckLevels(indicator, document, row.line, diagnostics);
    indicators.push_back(indicator);
  }
  return indicators;
}

}  // namespace gongkai
