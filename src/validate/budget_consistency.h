// Consistency checks on a department-year's published figures: do the
// budget tables add up, agree with each other and with the projects?
//
// Read-only, and never a reason to stop a build: the portal publishes what
// the department published. Every finding is a warning with the file and
// JSON pointer (or source line) of the row it is about, and the same
// findings are shown to citizens in a short panel on the department page,
// so a finance bureau learns about an inconsistent table before a citizen
// does. Messages are in Chinese because that panel shows them as they are.
//
// The checks (issue 4):
//   类 = Σ款 = Σ项 in every classified table; stated totals = sums of rows;
//   合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费 (and every
//   other column a table declares as a sum);
//   income and spending balance once carry-over is counted;
//   a figure printed in two tables agrees;
//   "三公" 小计 = its parts; 增减 = this year − last year;
//   each project's 预算数 = 财政资金 + 其他资金; Σ projects against 项目支出;
//   spending plans never go down and end at 100%;
//   no placeholders (XX, ××, 某某) left in published text;
//   amounts that are numbers; empty mandated tables with their note; no
//   mandated table missing.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

enum class CheckId {
  kClassTotals,
  kStatedTotals,
  kColumnSums,
  kBalance,
  kCrossTable,
  kThreePublic,
  kYearChange,
  kProjectFunds,
  kProjectTotal,
  kSpendingPlan,
  kPlaceholders,
  kUnreadableAmount,
  kEmptyTableNote,
  kMissingTable,
};

struct ConsistencyFinding {
  CheckId check = CheckId::kStatedTotals;
  SourceLocation where;  // the row, table or project it is about
  std::string message;   // 部门预算支出总表 201 一般公共服务支出：合计 1038.38 万元，…
};

// How one check went: how many comparisons it made (0: nothing to check)
// and how many of them failed.
struct CheckOutcome {
  CheckId check = CheckId::kStatedTotals;
  int comparisons = 0;
  int findings = 0;
};

struct ConsistencyReport {
  std::vector<CheckOutcome> checks;  // every check, in CheckId order
  std::vector<ConsistencyFinding> findings;
};

// Pure: the same department gives the same report.
ConsistencyReport CheckDepartmentConsistency(const DepartmentYear& department);

// Every department's findings as warnings.
void CheckBudgetConsistency(const Site& site, Diagnostics& diagnostics);

// What a check verifies, for the panel: "类 = Σ款 = Σ项".
const char* CheckTitle(CheckId check);

}  // namespace gongkai
