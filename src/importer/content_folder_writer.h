// Puts imported departments into a content folder (docs/format.md):
//
//   <out>/<year>/<jurisdiction>-<department>/department.json
//   <out>/<year>/<jurisdiction>-<department>/sections/NN-<id>.md
//   <out>/<year>/<jurisdiction>-<department>/tables.json  (when it publishes budget tables)
//
// All or nothing: every file is first written into a temporary folder
// inside <out>; only when all of them are written are the department
// folders moved into place, each replacing the folder of an earlier import
// of the same department and year. Other files in <out> (site.json, other
// departments) are never touched.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"
#include "model/site.h"

namespace gongkai {

// The files of one department's folder, paths relative to <out>. Pure.
OutputFiles ContentFolderFiles(const DepartmentYear& department);

// REQUIRES: each department's folder is set and distinct. Returns false,
// with an error naming the path, when the disk refuses; <out> is then left
// as it was: department folders already swapped in are swapped back.
bool WriteContentFolders(const std::string& out_dir, const std::vector<DepartmentYear>& departments,
                         Diagnostics& diagnostics);

}  // namespace gongkai
