// Stable URL names for projects.
//
// A project with a 项目编码 is named by it. One without (seed 003 publishes
// none) gets "p-" and 10 hex digits of a hash of its unit code and name: it
// depends on nothing else, so adding, removing or reordering other projects
// never moves its page. A hand-chosen `slug` in department.json wins.
#pragma once

#include <string>

#include "model/site.h"

namespace gongkai {

std::string DerivedProjectSlug(const Project& project);

// Sets Project::slug on every project of every department-year.
void AssignProjectSlugs(Site& site);

}  // namespace gongkai
