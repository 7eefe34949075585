// CheckAmountsCanBeAdded: every sum the build makes stays exact.
//
// A Decimal holds at most 12 integer digits, but sums of many of them
// overflow its int64_t count: ten projects of 999999999999.999999 published
// "-8446744073709.551626". Rather than check every addition in render and
// validate, this adds the magnitudes of all the site's amounts (projects'
// budgets and funds, budget table cells) once, in 128 bits: below
// INT64_MAX units at the finest scale, no sum or difference any later stage
// makes can overflow. Above it, an error names the file where the total
// crossed the line.
#pragma once

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

void CheckAmountsCanBeAdded(const Site& site, Diagnostics& diagnostics);

}  // namespace gongkai
