// A department folder must agree with the file inside it: the folder
// 2021/130322-203/ holds year 2021, jurisdiction 130322, department 203.
// The folder is the URL (routes.h), so a disagreement would publish a
// disclosure under the wrong year or department.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

// `json_file`/`json_text` locate the values in messages.
void CheckFolderAgreesWithFile(const DepartmentYear& department, const std::string& json_file,
                               const std::string& json_text, Diagnostics& diagnostics);

}  // namespace gongkai
