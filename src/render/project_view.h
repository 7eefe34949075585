// One project's 绩效目标表 as a view: header block (code, unit, money,
// purpose, spending plan, goals) and its indicator table. Used on the
// department page (table folded) and on the project's own page (open).
#pragma once

#include <optional>
#include <string>

#include "model/site.h"
#include "render/view.h"

namespace gongkai {

// `page_path` is the page the view will appear on (for relative links).
View ProjectView(const DepartmentYear& department, const Project& project, const std::string& page_path);

// "16.80" or "—" when the document left the cell blank.
std::string AmountText(const std::optional<Decimal>& amount);

}  // namespace gongkai
