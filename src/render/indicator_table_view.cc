#include "render/indicator_table_view.h"

#include "render/routes.h"

namespace gongkai {
namespace {

// How many rows from `start` share `key`'s value (and the same level1, for
// level 2, so a 二级 cell never spans two 一级 groups).
size_t RunLength(const std::vector<Indicator>& rows, size_t start, bool level2) {
  size_t end = start + 1;
  while (end < rows.size() && rows[end].level1 == rows[start].level1 &&
         (!level2 || rows[end].level2 == rows[start].level2)) {
    ++end;
  }
  return end - start;
}

}  // namespace

View IndicatorTableView(const Project& project) {
  View table;
  View rows = View::List();
  const std::vector<Indicator>& indicators = project.indicators;
  size_t level1_end = 0, level2_end = 0;
  for (size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    View row;
    const bool starts_level1 = i >= level1_end;
    if (starts_level1) level1_end = i + RunLength(indicators, i, false);
    const bool starts_level2 = i >= level2_end;
    if (starts_level2) level2_end = i + RunLength(indicators, i, true);
    row.Set("starts_level1", starts_level1);
    row.Set("level1", indicator.level1);
    row.Set("level1_rowspan", std::to_string(level1_end - i));
    row.Set("starts_level2", starts_level2);
    row.Set("level2", indicator.level2);
    row.Set("level2_rowspan", std::to_string(level2_end - i));
    row.Set("anchor", IndicatorAnchor(project, i));
    row.Set("name", indicator.name);
    row.Set("description", indicator.description);
    row.Set("value", indicator.value.text);
    row.Set("value_kind", TargetKindName(indicator.value.kind));
    row.Set("value_is_withheld", indicator.value.kind == TargetKind::kWithheld);
    row.Set("basis", indicator.basis);
    rows.Push(row);
  }
  table.Set("rows", rows);
  table.Set("row_count", std::to_string(indicators.size()));
  // A department page holds dozens of these regions: each needs its own name.
  // (Two projects of one department may share a name: the number tells them apart.)
  table.Set("label", (project.number ? std::to_string(project.number) + ". " : "") + project.name + " 绩效指标表");
  table.Set("has_rows", !indicators.empty());
  return table;
}

}  // namespace gongkai
