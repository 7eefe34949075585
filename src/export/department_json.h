// A department-year as one downloadable JSON document: the content format
// (department.json's fields, the sections, and tables.json's tables), so
// the download reads like content/ (docs/format.md).
#pragma once

#include <string>

#include "model/site.h"

namespace gongkai {

std::string DepartmentDownloadJson(const DepartmentYear& department);

}  // namespace gongkai
