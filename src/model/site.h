// The portal's model: plain data, filled by load/, read by every later stage.
//
// It models the domain, not the printed page (see docs/format.md and
// ../shared/design/domain.md). Text fields hold what the department
// published, unchanged; nothing here is HTML.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "base/diagnostic.h"
#include "model/budget_table.h"
#include "model/target_value.h"

namespace gongkai {

struct Jurisdiction {
  std::string code;  // 6-digit 行政区划代码, e.g. 130322
  std::string name;  // 昌黎县
};

struct Department {
  std::string code;  // e.g. 203; unique within its jurisdiction
  std::string name;
};

struct Unit {
  std::string code;     // 6 digits, e.g. 203001
  std::string name;
  std::string nature;   // 单位性质: 行政 / 事业 (may be empty)
  std::string rank;     // 单位规格 (may be empty)
  std::string funding;  // 经费保障形式 (may be empty)
};

// A narrative part (部门职责, 工作保障措施, 名词解释 …) as markdown.
struct Section {
  std::string id;     // anchor, from the file name: "measures"
  std::string title;  // 工作保障措施
  std::string markdown;
  SourceLocation origin;
};

// One 分项绩效目标 of the department-wide goals.
struct SubGoal {
  std::string title;       // 加强领导班子和干部队伍建设。
  std::string goal;        // 绩效目标：…
  std::string indicators;  // 绩效指标：…
};

struct DepartmentGoals {
  std::vector<std::string> overall;  // 总体绩效目标, one entry per paragraph
  std::vector<SubGoal> items;        // 分项绩效目标
};

struct Indicator {
  std::string level1;       // 一级指标: 产出指标 / 效益指标 / 满意度指标
  std::string level2;       // 二级指标: 数量指标 …
  std::string name;         // 三级指标
  std::string description;  // 绩效指标描述
  TargetValue value;        // 指标值
  std::string basis;        // 指标值确定依据
  // Where the row is. load/ fills only line, column and the line's text:
  // the file and the JSON pointer are the project's and the row's index, and
  // a copy of both in each of a million rows took more memory than the rows'
  // own text. Report with Project::RowLocation, which completes them.
  SourceLocation origin;
};

// Cumulative share of the budget spent by 3月底, 6月底, 10月底, 12月底, as
// published ("50.00%", "25%"); empty where the cell is blank.
struct SpendingPlan {
  static constexpr std::array<const char*, 4> kMilestones = {"3月底", "6月底", "10月底", "12月底"};
  std::array<std::string, 4> cumulative;
};

struct Project {
  int number = 0;          // 序号 in the document (1, 2 …; gaps allowed)
  std::string code;        // 项目编码; empty when not published
  std::string slug;        // URL name: the code, else a stable name (see load/)
  std::string name;
  std::string unit_code;   // the Unit it belongs to
  std::optional<Decimal> budget;        // 预算数, in money_unit
  std::optional<Decimal> fiscal_funds;  // 其中：财政资金
  std::optional<Decimal> other_funds;   // 其他资金
  // The unit the amounts are printed in: 万元 (Hebei's 绩效目标表) or 元
  // (Shanghai's 填报表); never converted.
  std::string money_unit = "万元";
  std::string purpose;     // 资金用途
  SpendingPlan plan;
  std::vector<std::string> goals;  // 绩效目标, numbered in the document
  bool withheld = false;           // 涉密: the table is not published
  std::vector<Indicator> indicators;
  SourceLocation origin;

  // The full location of indicators[row]: its origin, with the file and
  // JSON pointer (…/indicators/<row>) of this project where it has none.
  SourceLocation RowLocation(size_t row) const;
};

// One department's disclosure for one budget year: one folder of content/.
struct DepartmentYear {
  int year = 0;
  Jurisdiction jurisdiction;
  Department department;
  std::string title;         // 2024年部门预算绩效文本（草案）
  std::string source;        // where the published document came from
  // The original document as imported (docs/format.md): its SHA-256 (64 hex
  // digits, "" when not recorded) and the publication date it prints
  // ("2018-02-24", "" when it prints none). load/ reads the original's bytes
  // from content/sources/ when it is there, to publish it beside the page.
  std::string source_sha256;
  std::string source_published;
  std::shared_ptr<const std::string> original;  // null when content/ does not hold it
  std::vector<Unit> units;
  DepartmentGoals goals;
  std::vector<Section> sections;
  std::vector<Project> projects;
  std::vector<BudgetTable> tables;  // the published budget tables (tables.json), in printed order
  std::string folder;        // content folder, relative to content/: 2021/130322-203

  const Unit* FindUnit(const std::string& code) const;
  // Σ 预算数 over the projects that publish one; nullopt when none does
  // (seed 003 prints no 预算数: its total is unknown, not zero).
  // Never adds 元 to 万元: nullopt when the projects print different units.
  std::optional<Decimal> ProjectBudgetTotal() const;
  // The unit all projects' amounts are printed in; "" when they differ.
  std::string ProjectMoneyUnit() const;
};

struct SiteConfig {
  std::string title = "预算信息公开";
  std::string description;
  std::string base_url = "/";  // where site/ is served, for sitemap and canonical links
  std::string publisher;       // shown in the footer, e.g. 某某县财政局
  // The registration lines a government site's footer must carry, as issued
  // (empty: not shown): 网站标识码, ICP备案号, 公安机关备案号.
  std::string site_code;       // 1303220001
  std::string icp_record;      // 冀ICP备12345678号
  std::string police_record;   // 冀公网安备13032202000001号
};

struct Site {
  SiteConfig config;
  std::vector<DepartmentYear> departments;  // sorted: year desc, jurisdiction, department
};

}  // namespace gongkai
