#include "render/department_years_view.h"

#include <set>

#include "render/budget_section_view.h"
#include "render/charts_svg.h"
#include "render/cross_year_nav.h"
#include "render/page_chrome.h"
#include "render/routes.h"

namespace gongkai {
namespace {

std::string Signed(const Decimal& amount) {
  return (amount.IsNegative() || amount.IsZero() ? "" : "+") + amount.ToString();
}

std::string YearsLabel(const DepartmentHistory& history) {
  return history.department.name + " 历年预算";
}

std::string UnitText(const std::string& unit) { return unit.empty() ? "（未注明单位）" : unit; }

// The figures of the overview, one row each, read off each year's totals.
struct FigureRow {
  const char* id;
  const char* label;
  std::optional<StatedFigure> YearTotals::*figure;
};
const FigureRow kFigureRows[] = {
    {"income-total", "收入总计", &YearTotals::income_total}, {"basic", "基本支出", &YearTotals::basic},
    {"project", "项目支出", &YearTotals::project},           {"three-public", "三公经费", &YearTotals::three_public},
    {"office-costs", "机关运行经费", &YearTotals::office_costs},
};

// One figure across the years: a row of the overview. When every year
// states it in one unit the unit heads the row; otherwise each amount
// carries its own, and a change is given only between years of one unit.
View FigureRowView(const FigureRow& row, const std::vector<int>& years, const std::vector<YearTotals>& totals) {
  std::set<std::string> units;
  for (const YearTotals& year : totals) {
    if (year.*row.figure) units.insert((year.*row.figure)->unit);
  }
  const bool one_unit = units.size() == 1;
  View view;
  view.Set("id", std::string("figure-") + row.id);
  view.Set("label", row.label);
  view.Set("unit", one_unit ? "（" + UnitText(*units.begin()) + "）" : units.empty() ? "" : "（各年单位不同，见各数）");
  View cells = View::List();
  for (size_t y = 0; y < totals.size(); ++y) {
    const std::optional<StatedFigure>& figure = totals[y].*row.figure;
    View cell;
    cell.Set("label", std::to_string(years[y]) + "年");
    cell.Set("change_label", std::to_string(years[y]) + "年比上年增减");
    cell.Set("amount", !figure ? "未列" : GroupedAmount(figure->amount) + (one_unit ? "" : " " + UnitText(figure->unit)));
    cell.Set("has_change", y > 0);
    if (y > 0) {
      const std::optional<StatedFigure>& before = totals[y - 1].*row.figure;
      const YearChange delta = figure && before && before->unit == figure->unit
                                   ? ChangeBetween(before->amount, figure->amount)
                                   : YearChange{};
      cell.Set("change", delta.change ? Signed(*delta.change) : "—");
      cell.Set("percent", delta.percent ? Signed(*delta.percent) + "%" : "—");
    }
    cells.Push(cell);
  }
  view.Set("cells", cells);
  return view;
}

View ComparisonSummary(const DepartmentHistory& history, const TableComparison& comparison, const std::string& page_path) {
  View view;
  view.Set("title", BudgetTableKindTitle(comparison.kind));
  view.Set("has_page", comparison.basis != ComparisonBasis::kNotCompared);
  view.Set("url", RelativeUrl(page_path, YearComparisonPath(history.jurisdiction, history.department, comparison.kind)));
  std::string summary;
  if (comparison.basis == ComparisonBasis::kNotCompared) {
    summary = comparison.reason;
  } else {
    const size_t ended = [&] {
      size_t n = 0;
      for (const ComparedRow& row : comparison.rows) n += row.years.back().present ? 0 : 1;
      return n;
    }();
    summary = std::string(comparison.basis == ComparisonBasis::kByCode ? "按分类编码对照 " : "按栏目对照 ") +
              std::to_string(comparison.rows.size()) + " 行，" + std::to_string(comparison.MatchedRows()) + " 行各年都有";
    if (comparison.RenamedRows()) summary += "，" + std::to_string(comparison.RenamedRows()) + " 行改了名称";
    if (ended) summary += "，" + std::to_string(ended) + " 行此后未列";
    summary += "。";
  }
  if (!comparison.years_without.empty()) {
    std::string years;
    for (int year : comparison.years_without) years += (years.empty() ? "" : "、") + std::to_string(year) + "年";
    summary += years + "未公开本表。";
  }
  view.Set("summary", summary);
  return view;
}

}  // namespace

View DepartmentYearsPageView(const Site& site, const DepartmentHistory& history,
                             const std::vector<TableComparison>& comparisons) {
  const std::string path = DepartmentYearsPath(history.jurisdiction, history.department);
  View view = PageChrome(site.config, path, YearsLabel(history), {{"首页", HomePath()}, {YearsLabel(history), ""}});
  view.Set("jurisdiction", history.jurisdiction.name);
  view.Set("jurisdiction_code", history.jurisdiction.code);
  view.Set("department", history.department.name);
  view.Set("department_code", history.department.code);
  view.Set("year_count", std::to_string(history.years.size()));
  std::string year_list;
  for (const DepartmentYear* year : history.years) year_list += (year_list.empty() ? "" : "、") + std::to_string(year->year);
  view.Set("year_list", year_list);

  View years = View::List();
  View projects = View::List();
  View originals = View::List();
  std::vector<YearTotals> totals;
  std::vector<ChartValue> trend;
  std::string trend_unit;
  bool one_unit = true;
  for (size_t i = 0; i < history.years.size(); ++i) {
    const DepartmentYear& year = *history.years[i];
    totals.push_back(TotalsOfYear(year));
    View header;
    header.Set("year", std::to_string(year.year));
    header.Set("url", RelativeUrl(path, DepartmentPath(year)));
    header.Set("name", year.department.name);
    header.Set("renamed", year.department.name != history.department.name);
    header.Set("has_change", i > 0);
    header.Set("previous_year", i > 0 ? std::to_string(history.years[i - 1]->year) : "");
    years.Push(header);
    View project;
    project.Set("year", std::to_string(year.year));
    const auto project_total = year.ProjectBudgetTotal();
    project.Set("text", year.projects.empty() ? "未公开项目绩效目标"
                        : std::to_string(year.projects.size()) + " 个项目" +
                              (project_total ? "，预算数合计 " + GroupedAmount(*project_total) + " " + year.ProjectMoneyUnit() : ""));
    project.Set("has_change", i > 0);
    projects.Push(project);
    View original = OriginalDocumentView(year, path);
    original.Set("year", std::to_string(year.year));
    original.Set("has_change", i > 0);
    originals.Push(original);
    if (totals.back().income_total) {
      if (trend.empty()) trend_unit = totals.back().income_total->unit;
      one_unit = one_unit && totals.back().income_total->unit == trend_unit;
      trend.push_back({std::to_string(year.year) + "年", totals.back().income_total->amount});
    }
  }
  View figures = View::List();
  std::vector<int> year_numbers;
  for (const DepartmentYear* year : history.years) year_numbers.push_back(year->year);
  for (const FigureRow& row : kFigureRows) figures.Push(FigureRowView(row, year_numbers, totals));
  view.Set("figures", figures);
  view.Set("projects", projects);
  view.Set("originals", originals);
  view.Set("years", years);
  View charts = View::List();
  if (trend.size() >= 2 && one_unit) {
    charts.Push(ChartView(TrendChart("chart-income-trend", "历年收入总计（" + UnitText(trend_unit) + "）", trend_unit, trend)));
  }
  view.Set("charts", charts);
  view.Set("has_charts", !charts.empty());
  view.Set("chart_units_differ", trend.size() >= 2 && !one_unit);

  View tables = View::List();
  for (const TableComparison& comparison : comparisons) tables.Push(ComparisonSummary(history, comparison, path));
  view.Set("comparisons", tables);
  view.Set("has_comparisons", !comparisons.empty());
  view.Set("meta_description", history.jurisdiction.name + history.department.name + " " + year_list +
                                   " 年度部门预算：各年收入总计、基本支出、项目支出、三公经费、机关运行经费及逐表对比。");
  return view;
}

View YearComparisonPageView(const Site& site, const DepartmentHistory& history, const TableComparison& comparison) {
  const std::string path = YearComparisonPath(history.jurisdiction, history.department, comparison.kind);
  const std::string title = std::string(BudgetTableKindTitle(comparison.kind)) + " 历年对比";
  View view = PageChrome(site.config, path, title + " - " + history.department.name,
                         {{"首页", HomePath()},
                          {YearsLabel(history), DepartmentYearsPath(history.jurisdiction, history.department)},
                          {title, ""}});
  view.Set("title", title);
  view.Set("jurisdiction", history.jurisdiction.name);
  view.Set("department", history.department.name);
  view.Set("years_url", RelativeUrl(path, DepartmentYearsPath(history.jurisdiction, history.department)));
  View sources = View::List();
  for (size_t y = 0; y < comparison.years.size(); ++y) {
    for (const DepartmentYear* year : history.years) {
      if (year->year != comparison.years[y]) continue;
      View item;
      item.Set("year", std::to_string(year->year));
      item.Set("title", comparison.titles[y]);
      item.Set("url", RelativeUrl(path, DepartmentPath(*year)) + "#budget-tables");
      sources.Push(item);
    }
  }
  view.Set("sources", sources);
  view.Set("compared", comparison.basis != ComparisonBasis::kNotCompared);
  view.Set("reason", comparison.reason);
  view.Set("by_code", comparison.basis == ComparisonBasis::kByCode);
  view.Set("unit", UnitText(comparison.unit));
  view.Set("column_label", comparison.column_label);

  View headers = View::List();
  for (size_t y = 0; y < comparison.years.size(); ++y) {
    View header;
    header.Set("year", std::to_string(comparison.years[y]));
    header.Set("has_change", y > 0);
    header.Set("previous_year", y > 0 ? std::to_string(comparison.years[y - 1]) : "");
    headers.Push(header);
  }
  view.Set("year_headers", headers);
  view.Set("column_count", std::to_string(2 + 3 * comparison.years.size() - 2));

  View rows = View::List();
  std::vector<std::string> notes;
  for (const ComparedRow& row : comparison.rows) {
    View item;
    item.Set("code", row.code);
    item.Set("anchor", row.code.empty() ? (row.key.empty() ? "row-total" : "column-" + row.key) : "code-" + row.code);
    item.Set("name", row.name);
    item.Set("is_total", row.level == 0);
    item.Set("level", std::to_string(row.level));
    std::string former;
    for (const std::string& name : row.former_names) {
      // The years that printed the former name, so a reader can find it.
      std::string years;
      for (size_t y = 0; y < row.years.size(); ++y) {
        if (row.years[y].present && row.years[y].name == name) years += (years.empty() ? "" : "、") + std::to_string(comparison.years[y]) + "年";
      }
      former += (former.empty() ? "" : "；") + years + "名称：" + name;
    }
    item.Set("former_names", former);
    item.Set("has_former_names", !former.empty());
    std::string status;
    if (row.continued_as) {
      status = std::to_string(row.continued_as->first_year) + "年起改列 " + row.continued_as->new_code + " " +
               row.continued_as->new_name;
      item.Set("link_code", row.continued_as->new_code);
    } else if (row.continues) {
      status = std::to_string(row.continues->first_year) + "年起由 " + row.continues->old_code + " " +
               row.continues->old_name + " 改列";
      item.Set("link_code", row.continues->old_code);
    } else if (!row.years.back().present) {
      size_t last = row.years.size() - 1;
      while (last > 0 && !row.years[last - 1].present) --last;
      status = std::to_string(comparison.years[last]) + "年起未列";
    } else if (!row.years.front().present) {
      size_t first = 0;
      while (!row.years[first].present) ++first;
      status = std::to_string(comparison.years[first]) + "年起列出";
    }
    const KnownCodeChange* change = row.continued_as ? row.continued_as : row.continues;
    item.Set("status", status);
    item.Set("has_status", !status.empty());
    item.Set("has_link", change != nullptr);
    if (change) {
      bool noted = false;
      for (const std::string& note : notes) noted = noted || note == change->source;
      if (!noted) notes.push_back(change->source);
    }
    View cells = View::List();
    for (size_t y = 0; y < row.years.size(); ++y) {
      View cell;
      const ComparedCell& year = row.years[y];
      cell.Set("label", std::to_string(comparison.years[y]) + "年");
      cell.Set("amount", !year.present ? "未列" : year.text.empty() ? "—" : year.text);
      cell.Set("has_change", y > 0);
      if (y > 0) {
        const YearChange& delta = row.changes[y - 1];
        cell.Set("change", delta.change ? Signed(*delta.change) : "—");
        cell.Set("percent", delta.percent ? Signed(*delta.percent) + "%" : "—");
        cell.Set("change_label", std::to_string(comparison.years[y]) + "年比上年增减");
      }
      cells.Push(cell);
    }
    item.Set("cells", cells);
    rows.Push(item);
  }
  view.Set("rows", rows);
  View note_list = View::List();
  for (const std::string& note : notes) note_list.Push(View(note));
  view.Set("code_change_sources", note_list);
  view.Set("has_code_change_sources", !notes.empty());
  View uncoded = View::List();
  for (const std::string& row : comparison.uncoded) uncoded.Push(View(row));
  view.Set("uncoded", uncoded);
  view.Set("has_uncoded", !comparison.uncoded.empty());
  view.Set("meta_description", history.jurisdiction.name + history.department.name + "：" + title + "，按分类编码逐行对照各年金额与增减。");
  return view;
}

}  // namespace gongkai
