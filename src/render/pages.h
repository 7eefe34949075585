// The views of the site's pages, one builder per page kind. Each is a pure
// function of the model: the same Site gives the same View.
#pragma once

#include <string>

#include "model/site.h"
#include "render/view.h"

namespace gongkai {

View HomePageView(const Site& site);
View YearPageView(const Site& site, int year);
View DepartmentPageView(const Site& site, const DepartmentYear& department);
View ProjectPageView(const Site& site, const DepartmentYear& department, const Project& project);
View NotFoundPageView(const Site& site);
// The search page: the form and an empty result list that search.js fills
// from the index under search/data/ (search/shard_writer.h).
View SearchPageView(const Site& site);
// 名词解释: the terms of a budget disclosure in plain words (the text is the theme's).
View GlossaryPageView(const Site& site);

}  // namespace gongkai
