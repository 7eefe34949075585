// ValidateSite: the checks that need more than one field or file.
//
// Read-only. Errors stop the build (a page would be wrong or unsafe to
// write: a duplicate code, a code that would form a path, a folder that
// disagrees with its file); warnings are published content that looks off
// but stays as the department wrote it (an unknown 二级指标).
// REQUIRES: project slugs assigned (load/project_slugs.h).
#pragma once

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

void ValidateSite(const Site& site, Diagnostics& diagnostics);

// True for names safe to use as one path segment on every file system:
// ASCII letters, digits, '-' and '_', not starting with '-', at most 64
// characters. Refuses "..", "/", "\", NUL, leading dots and device names.
bool IsSafePathSegment(const std::string& name);

}  // namespace gongkai
