#include "export/export_tables.h"

#include <utility>

#include "format/budget_tables_csv.h"
#include "render/budget_table_view.h"
#include "render/routes.h"

namespace gongkai {
namespace {

// The columns that say whose a row is, first in every site-wide table.
const std::vector<ExportColumn> kDepartmentColumns = {
    {"year", "年度", FieldType::kInteger},
    {"jurisdiction_code", "行政区划代码", FieldType::kCode},
    {"jurisdiction_name", "行政区划", FieldType::kText},
    {"department_code", "部门编码", FieldType::kCode},
    {"department_name", "部门名称", FieldType::kText},
};

const ExportColumn kLinkColumn = {"link", "链接", FieldType::kText};

std::vector<std::string> DepartmentCells(const DepartmentYear& department) {
  return {std::to_string(department.year), department.jurisdiction.code, department.jurisdiction.name,
          department.department.code, department.department.name};
}

std::vector<ExportColumn> WithDepartmentColumns(const std::vector<ExportColumn>& own) {
  std::vector<ExportColumn> columns = kDepartmentColumns;
  columns.insert(columns.end(), own.begin(), own.end());
  columns.push_back(kLinkColumn);
  return columns;
}

// The address a reader cites: the base URL, the page, the row's anchor.
std::string Link(const std::string& base_url, const std::string& page, const std::string& anchor) {
  std::string base = base_url.empty() ? "/" : base_url;
  if (base.back() != '/') base += '/';
  return base + page + (anchor.empty() ? "" : "#" + anchor);
}

std::string AmountCell(const std::optional<Decimal>& amount) { return amount ? amount->ToString() : ""; }

std::string Count(int number) { return number ? std::to_string(number) : ""; }

// How a 指标值 was read (model/target_value.h), in the words the tables use.
const std::vector<std::pair<TargetKind, const char*>> kTargetKindWords = {
    {TargetKind::kComparison, "数值"},   {TargetKind::kDeadline, "时限"},  {TargetKind::kQualitative, "定性"},
    {TargetKind::kPlaceholder, "未填"}, {TargetKind::kWithheld, "涉密"},
};

std::string TargetKindWord(TargetKind kind) {
  for (const auto& [known, word] : kTargetKindWords) {
    if (known == kind) return word;
  }
  return "";
}

FieldType ExportType(ColumnType type) {
  switch (type) {
    case ColumnType::kCode: return FieldType::kCode;
    case ColumnType::kAmount: return FieldType::kAmount;
    case ColumnType::kNumber: return FieldType::kNumber;
    case ColumnType::kText: break;
  }
  return FieldType::kText;
}

}  // namespace

ExportTable PublishedBudgetTable(const BudgetTable& table) {
  ExportTable out;
  out.name = BudgetTableKindId(table.kind);
  out.title = BudgetTableKindTitle(table.kind);
  for (const BudgetColumn& column : table.columns) {
    out.columns.push_back({column.key, CsvHeaderLabel(table, column), ExportType(column.type)});
  }
  for (const BudgetRow& row : table.rows) {
    std::vector<std::string>& cells = out.rows.emplace_back();
    for (size_t c = 0; c < table.columns.size(); ++c) cells.push_back(row.Cell(c).text);
  }
  return out;
}

ExportTable UnitsTable(const DepartmentYears& departments, const std::string& base_url) {
  ExportTable out{"units", "机构设置",
                  WithDepartmentColumns({{"unit_code", "单位编码", FieldType::kCode},
                                         {"unit_name", "单位名称", FieldType::kText},
                                         {"nature", "单位性质", FieldType::kText},
                                         {"rank", "单位规格", FieldType::kText},
                                         {"funding", "经费保障形式", FieldType::kText}}),
                  {}};
  for (const DepartmentYear* department : departments) {
    for (const Unit& unit : department->units) {
      std::vector<std::string> cells = DepartmentCells(*department);
      cells.insert(cells.end(), {unit.code, unit.name, unit.nature, unit.rank, unit.funding,
                                 Link(base_url, DepartmentPath(*department), UnitAnchor(unit))});
      out.rows.push_back(std::move(cells));
    }
  }
  return out;
}

ExportTable ProjectsTable(const DepartmentYears& departments, const std::string& base_url) {
  std::vector<ExportColumn> own = {
      {"unit_code", "单位编码", FieldType::kCode},
      {"unit_name", "单位名称", FieldType::kText},
      {"number", "序号", FieldType::kInteger},
      {"project_code", "项目编码", FieldType::kCode},
      {"project_name", "项目名称", FieldType::kText},
      {"budget", "预算数", FieldType::kAmount},
      {"fiscal_funds", "财政资金", FieldType::kAmount},
      {"other_funds", "其他资金", FieldType::kAmount},
      {"money_unit", "金额单位", FieldType::kText},
  };
  // The spending plan: cumulative share spent by each milestone, as printed.
  const std::vector<std::string> plan_names = {"plan_march", "plan_june", "plan_october", "plan_december"};
  for (size_t i = 0; i < SpendingPlan::kMilestones.size(); ++i) {
    own.push_back({plan_names[i], std::string("支出计划（") + SpendingPlan::kMilestones[i] + "）", FieldType::kText});
  }
  own.push_back({"purpose", "资金用途", FieldType::kText});
  own.push_back({"withheld", "涉密", FieldType::kText});
  own.push_back({"indicator_count", "指标数", FieldType::kInteger});
  ExportTable out{"projects", "项目", WithDepartmentColumns(own), {}};
  for (const DepartmentYear* department : departments) {
    for (const Project& project : department->projects) {
      const Unit* unit = department->FindUnit(project.unit_code);
      std::vector<std::string> cells = DepartmentCells(*department);
      cells.insert(cells.end(), {project.unit_code, unit ? unit->name : "", Count(project.number), project.code,
                                 project.name, AmountCell(project.budget), AmountCell(project.fiscal_funds),
                                 AmountCell(project.other_funds), project.money_unit});
      cells.insert(cells.end(), project.plan.cumulative.begin(), project.plan.cumulative.end());
      cells.insert(cells.end(), {project.purpose, project.withheld ? "是" : "",
                                 std::to_string(project.indicators.size()),
                                 Link(base_url, ProjectPath(*department, project), "")});
      out.rows.push_back(std::move(cells));
    }
  }
  return out;
}

ExportTable IndicatorsTable(const DepartmentYears& departments, const std::string& base_url) {
  ExportTable out{"indicators", "绩效指标",
                  WithDepartmentColumns({
                      {"project_code", "项目编码", FieldType::kCode},
                      {"project_name", "项目名称", FieldType::kText},
                      {"row", "行号", FieldType::kInteger},
                      {"level1", "一级指标", FieldType::kText},
                      {"level2", "二级指标", FieldType::kText},
                      {"name", "三级指标", FieldType::kText},
                      {"description", "绩效指标描述", FieldType::kText},
                      {"value", "指标值", FieldType::kText},
                      {"value_kind", "指标值类型", FieldType::kText},
                      {"comparison", "比较", FieldType::kText},
                      {"value_number", "数值", FieldType::kNumber},
                      {"value_unit", "计量单位", FieldType::kText},
                      {"deadline_year", "时限年", FieldType::kInteger},
                      {"deadline_month", "时限月", FieldType::kInteger},
                      {"deadline_day", "时限日", FieldType::kInteger},
                      {"basis", "指标值确定依据", FieldType::kText},
                  }),
                  {}};
  for (const DepartmentYear* department : departments) {
    for (const Project& project : department->projects) {
      for (size_t i = 0; i < project.indicators.size(); ++i) {
        const Indicator& indicator = project.indicators[i];
        const TargetValue& value = indicator.value;
        const bool comparison = value.kind == TargetKind::kComparison;
        const bool deadline = value.kind == TargetKind::kDeadline;
        std::vector<std::string> cells = DepartmentCells(*department);
        cells.insert(cells.end(),
                     {project.code, project.name, std::to_string(i + 1), indicator.level1, indicator.level2,
                      indicator.name, indicator.description, value.text, TargetKindWord(value.kind),
                      comparison ? ComparisonSymbol(value.comparison) : "",
                      comparison && value.number ? value.number->ToString() : "", comparison ? value.unit : "",
                      deadline ? Count(value.deadline.year) : "", deadline ? Count(value.deadline.month) : "",
                      deadline ? Count(value.deadline.day) : "", indicator.basis,
                      Link(base_url, ProjectPath(*department, project), IndicatorAnchor(project, i))});
        out.rows.push_back(std::move(cells));
      }
    }
  }
  return out;
}

ExportTable BudgetRowsTable(const DepartmentYears& departments, const std::string& base_url) {
  ExportTable out{"budget_rows", "预算表（长表）",
                  WithDepartmentColumns({
                      {"table_kind", "表类别", FieldType::kText},
                      {"table_title", "表名", FieldType::kText},
                      {"row", "行号", FieldType::kInteger},
                      {"code", "科目编码", FieldType::kCode},
                      {"name", "名称", FieldType::kText},
                      {"column_key", "栏目类别", FieldType::kText},
                      {"column", "栏目", FieldType::kText},
                      {"amount", "金额", FieldType::kAmount},
                      {"unit", "金额单位", FieldType::kText},
                  }),
                  {}};
  for (const DepartmentYear* department : departments) {
    for (const BudgetTable& table : department->tables) {
      for (size_t r = 0; r < table.rows.size(); ++r) {
        const BudgetRow& row = table.rows[r];
        for (size_t c = 0; c < table.columns.size(); ++c) {
          const BudgetCell& cell = row.Cell(c);
          if (table.columns[c].type != ColumnType::kAmount || !cell.amount) continue;
          std::vector<std::string> cells = DepartmentCells(*department);
          cells.insert(cells.end(), {BudgetTableKindId(table.kind), table.title, std::to_string(r + 1),
                                     table.RowCode(row), table.RowName(row), table.columns[c].key,
                                     table.columns[c].label, cell.text, table.unit,
                                     Link(base_url, DepartmentPath(*department), BudgetRowAnchor(table, r))});
          out.rows.push_back(std::move(cells));
        }
      }
    }
  }
  return out;
}

ExportTable DepartmentsTable(const DepartmentYears& departments, const std::string& base_url) {
  ExportTable out{"departments", "部门",
                  WithDepartmentColumns({
                      {"title", "公开文本", FieldType::kText},
                      {"source", "来源", FieldType::kText},
                      {"unit_count", "单位数", FieldType::kInteger},
                      {"project_count", "项目数", FieldType::kInteger},
                      {"table_count", "预算表数", FieldType::kInteger},
                  }),
                  {}};
  for (const DepartmentYear* department : departments) {
    std::vector<std::string> cells = DepartmentCells(*department);
    cells.insert(cells.end(), {department->title, department->source, std::to_string(department->units.size()),
                               std::to_string(department->projects.size()), std::to_string(department->tables.size()),
                               Link(base_url, DepartmentPath(*department), "")});
    out.rows.push_back(std::move(cells));
  }
  return out;
}

ExportTable BudgetTablesTable(const DepartmentYears& departments) {
  ExportTable out{"budget_tables", "预算表",
                  {kDepartmentColumns.begin(), kDepartmentColumns.end()},
                  {}};
  out.columns.insert(out.columns.end(), {{"table_kind", "表类别", FieldType::kText},
                                         {"table_title", "表名", FieldType::kText},
                                         {"standard_title", "标准表名", FieldType::kText},
                                         {"unit", "金额单位", FieldType::kText},
                                         {"row_count", "行数", FieldType::kInteger},
                                         {"notes", "注", FieldType::kText}});
  for (const DepartmentYear* department : departments) {
    for (const BudgetTable& table : department->tables) {
      std::string notes;
      for (const std::string& note : table.notes) notes += (notes.empty() ? "" : "\n") + note;
      std::vector<std::string> cells = DepartmentCells(*department);
      cells.insert(cells.end(), {BudgetTableKindId(table.kind), table.title, BudgetTableKindTitle(table.kind),
                                 table.unit, std::to_string(table.rows.size()), notes});
      out.rows.push_back(std::move(cells));
    }
  }
  return out;
}

}  // namespace gongkai
