// LoadSite: the only reader of content/ (docs/format.md).
//
// Reads site.json, then every <year>/<jurisdiction>-<department>/ folder:
// department.json and sections/*.md. Problems become Diagnostics with file
// and place; loading goes on past a bad file so one run reports them all.
// Checks that need the whole model (duplicate codes, unknown units) are
// validate/'s job, not this file's.
//
// The department-year folders are read on `jobs` cores (0: all;
// base/parallel.h); the model and the order of the diagnostics are those of
// a walk of the folders in name order, whatever `jobs`.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

Site LoadSite(const std::string& content_dir, Diagnostics& diagnostics, unsigned jobs = 0);

}  // namespace gongkai
