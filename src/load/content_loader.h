// LoadSite: the only reader of content/ (docs/format.md).
//
// Reads site.json, then every <year>/<jurisdiction>-<department>/ folder:
// department.json and sections/*.md. Problems become Diagnostics with file
// and place; loading goes on past a bad file so one run reports them all.
// Checks that need the whole model (duplicate codes, unknown units) are
// validate/'s job, not this file's.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

Site LoadSite(const std::string& content_dir, Diagnostics& diagnostics);

}  // namespace gongkai
