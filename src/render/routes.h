// Routes: where every page of the site lives. The one place URLs are made.
//
// URLs carry the year, so archives of previous years sit beside the current
// one and never move: /2021/130322/203/index.html is 昌黎县 department 203's
// 2021 disclosure, /2021/130322/203/projects/<slug>.html one of its projects.
// Links between pages are always relative (RelativeUrl), so site/ works
// under any base path, on any static host and from file://.
#pragma once

#include <string>

#include "model/site.h"

namespace gongkai {

std::string HomePath();                                       // index.html
std::string YearPath(int year);                               // 2021/index.html
std::string DepartmentPath(const DepartmentYear& department); // 2021/130322/203/index.html
std::string ProjectPath(const DepartmentYear& department, const Project& project);
// A department across its years, at a URL without a year: its codes are
// stable (content/departments.tsv), so adding a year never moves it.
std::string DepartmentYearsPath(const Jurisdiction& jurisdiction, const Department& department);  // 320000/r01/index.html
// Its tables of one kind compared year by year: 320000/r01/compare/general_basic.html
std::string YearComparisonPath(const Jurisdiction& jurisdiction, const Department& department, BudgetTableKind kind);
// The original document beside its page (原文下载): 2019/320000/r01/original/<file>.
std::string OriginalPath(const DepartmentYear& department);
std::string SearchPath();                                     // search/index.html
std::string NotFoundPath();                                   // 404.html
std::string GlossaryPath();                                   // glossary/index.html (名词解释)
std::string DownloadsPath();                                  // data/index.html (数据下载)
std::string AssetPath(const std::string& name);               // assets/<name>

// The link from the page at `from` to the file at `to` (both site-relative
// paths such as above): "../../../index.html".
std::string RelativeUrl(const std::string& from, const std::string& to);

// The anchor id of a project on its department page: "project-<slug>".
std::string ProjectAnchor(const Project& project);

// Anchors a figure can be cited by (the downloads' 链接 column uses them):
// a unit's row in 机构设置, "unit-203001"; a project's indicator row
// (0-based `index` in published order), "project-<slug>-i1" on its
// department page and its project page alike.
std::string UnitAnchor(const Unit& unit);
std::string IndicatorAnchor(const Project& project, size_t index);

}  // namespace gongkai
