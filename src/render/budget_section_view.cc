#include "render/budget_section_view.h"

#include "render/budget_table_view.h"
#include "render/charts_svg.h"
#include "render/downloads.h"
#include "render/routes.h"
#include "validate/budget_consistency.h"

namespace gongkai {
namespace {

// The terms the 名词解释 page (layouts/glossary.mustache) explains, with its
// anchors, in the order a table's links list them.
struct GlossaryTerm {
  const char* text;    // as it appears in a table's title or column names
  const char* anchor;  // <dt id> on the glossary page
};
constexpr GlossaryTerm kGlossaryTerms[] = {
    {"三公", "sangong"},          {"基本支出", "basic"},        {"项目支出", "project"},
    {"人员经费", "personnel"},    {"公用经费", "operating"},    {"政府采购", "procurement"},
    {"一般公共预算", "general-budget"}, {"政府性基金", "fund-budget"}, {"国有资本经营", "capital-budget"},
    {"财政拨款", "fiscal-funds"}, {"上年结转", "carryover"},    {"科目编码", "classification"},
};

// Links to the explanations of the terms the table's title and columns use.
View TermLinks(const BudgetTable& table, const std::string& glossary_url) {
  std::string text = table.title;
  for (const BudgetColumn& column : table.columns) text += " " + column.label;
  View links = View::List();
  for (const GlossaryTerm& term : kGlossaryTerms) {
    if (text.find(term.text) == std::string::npos) continue;
    View link;
    link.Set("label", std::string(term.text) == "三公" ? "三公经费" : term.text);
    link.Set("url", glossary_url + "#" + term.anchor);
    links.Push(link);
  }
  return links;
}

View ChartsView(const DepartmentYear& department) {
  View charts = View::List();
  for (const Chart& chart : DepartmentCharts(department)) charts.Push(ChartView(chart));
  return charts;
}

View ConsistencyView(const DepartmentYear& department) {
  const ConsistencyReport report = CheckDepartmentConsistency(department);
  View view;
  int comparisons = 0;
  View checks = View::List();
  for (const CheckOutcome& outcome : report.checks) {
    // Relations between figures; not the checks of single cells and texts.
    const bool relation = outcome.check != CheckId::kUnreadableAmount && outcome.check != CheckId::kPlaceholders &&
                          outcome.check != CheckId::kEmptyTableNote && outcome.check != CheckId::kMissingTable;
    if (relation) comparisons += outcome.comparisons;
    View item;
    item.Set("title", CheckTitle(outcome.check));
    const bool ran = outcome.comparisons > 0 || outcome.findings > 0;
    item.Set("state", !ran ? "na" : outcome.findings > 0 ? "warn" : "ok");
    item.Set("result", !ran ? "无可核对的数据"
                            : "核对 " + std::to_string(outcome.comparisons) + " 处，" +
                                  (outcome.findings > 0 ? std::to_string(outcome.findings) + " 处不一致" : "一致"));
    checks.Push(item);
  }
  View findings = View::List();
  for (const ConsistencyFinding& finding : report.findings) findings.Push(View(finding.message));
  const size_t count = report.findings.size();
  view.Set("checks", checks);
  view.Set("findings", findings);
  view.Set("has_findings", count > 0);
  view.Set("summary", "自动核对了本页公开数字之间的 " + std::to_string(comparisons) + " 处关系，" +
                          (count > 0 ? "有 " + std::to_string(count) + " 处不一致（见下）。" : "未发现不一致。"));
  return view;
}

}  // namespace

View ChartView(const Chart& chart) {
  View item;
  item.Set("id", chart.id);
  item.Set("title", chart.title);
  item.Set("text", chart.text);
  item.Set("svg", chart.svg);  // made and escaped by charts_svg: placed with {{{svg}}}
  return item;
}

View BudgetSectionView(const DepartmentYear& department, const std::string& page_path) {
  View view;
  View tables = View::List();
  for (const BudgetTable& table : department.tables) {
    const std::string csv_url = RelativeUrl(page_path, TableCsvPath(department, table));
    // 机构设置 is the page's units section already; its download is made
    // from the units the page lists (export/), so the two agree.
    if (table.kind == BudgetTableKind::kOrganization) continue;
    View view = BudgetTableView(table, csv_url);
    View terms = TermLinks(table, RelativeUrl(page_path, GlossaryPath()));
    view.Set("has_terms", !terms.empty());
    view.Set("terms", terms);
    tables.Push(view);
  }
  view.Set("has_tables", !tables.empty());
  view.Set("tables", tables);
  view.Set("organization_csv_url", RelativeUrl(page_path, DepartmentCsvPath(department, "organization")));
  view.Set("has_organization_csv", !department.units.empty());
  view.Set("has_projects", !department.projects.empty());
  view.Set("projects_csv_url", RelativeUrl(page_path, DepartmentCsvPath(department, "projects")));
  view.Set("indicators_csv_url", RelativeUrl(page_path, DepartmentCsvPath(department, "indicators")));
  // The workbook holds every table above; a department with none has none.
  view.Set("has_xlsx", !tables.empty() || !department.units.empty() || !department.projects.empty());
  view.Set("xlsx_url", RelativeUrl(page_path, DepartmentXlsxPath(department)));
  view.Set("downloads_url", RelativeUrl(page_path, DownloadsPath()));
  View charts = ChartsView(department);
  view.Set("has_charts", !charts.empty());
  view.Set("charts", charts);
  view.Set("json_url", RelativeUrl(page_path, DepartmentJsonPath(department)));
  view.Set("consistency", ConsistencyView(department));
  return view;
}

}  // namespace gongkai
