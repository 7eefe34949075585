// All text the CLI prints about diagnostics: the one place that decides
// how problems look and how many are shown.
#pragma once

#include <ostream>

#include "base/diagnostic.h"

namespace gongkai {

// Hugo's rule: a wall of 1,000 errors helps nobody; show the first ones
// and count the rest.
constexpr int kMaxShownDiagnostics = 50;

// Prints errors and warnings (at most kMaxShownDiagnostics, then a count of
// the rest), then a one-line summary when there was anything to report.
void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err);

}  // namespace gongkai
