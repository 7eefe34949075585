#include "render/project_view.h"

#include "render/indicator_table_view.h"
#include "render/routes.h"

namespace gongkai {

std::string AmountText(const std::optional<Decimal>& amount) { return amount ? amount->ToString() : "—"; }

View ProjectView(const DepartmentYear& department, const Project& project, const std::string& page_path) {
  View view;
  view.Set("anchor", ProjectAnchor(project));
  view.Set("url", RelativeUrl(page_path, ProjectPath(department, project)));
  view.Set("number", project.number ? std::to_string(project.number) : "");
  view.Set("has_number", project.number != 0);
  view.Set("name", project.name);
  view.Set("code", project.code);
  view.Set("has_code", !project.code.empty());
  const Unit* unit = department.FindUnit(project.unit_code);
  view.Set("unit", project.unit_code.empty() ? "" : project.unit_code + " " + (unit ? unit->name : ""));
  view.Set("money_unit", project.money_unit);
  view.Set("budget", AmountText(project.budget));
  view.Set("fiscal_funds", AmountText(project.fiscal_funds));
  view.Set("other_funds", AmountText(project.other_funds));
  view.Set("has_budget", project.budget.has_value());
  view.Set("purpose", project.purpose);
  view.Set("has_purpose", !project.purpose.empty());
  View plan = View::List();
  bool has_plan = false;
  for (size_t i = 0; i < project.plan.cumulative.size(); ++i) {
    View milestone;
    milestone.Set("label", SpendingPlan::kMilestones[i]);
    milestone.Set("share", project.plan.cumulative[i]);
    milestone.Set("is_blank", project.plan.cumulative[i].empty());
    has_plan = has_plan || !project.plan.cumulative[i].empty();
    plan.Push(milestone);
  }
  view.Set("plan", plan);
  view.Set("has_plan", has_plan);
  View goals = View::List();
  for (const std::string& goal : project.goals) goals.Push(View(goal));
  view.Set("goals", goals);
  view.Set("has_goals", !project.goals.empty());
  view.Set("withheld", project.withheld);
  view.Set("indicator_table", IndicatorTableView(project));
  // Under the project's <h3> on a department page; its own page says h2.
  view.Set("goals_heading", "h4");
  return view;
}

}  // namespace gongkai
