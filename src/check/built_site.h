// ReadBuiltSite: a site folder already on disk (what `gongkai build` wrote),
// as the OutputFiles CheckSite reads. Read-only.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "base/output_file.h"

namespace gongkai {

// Every file under `site_dir`, with paths relative to it, sorted. Problems
// (an unreadable file) become diagnostics; false when the folder cannot be
// listed at all.
bool ReadBuiltSite(const std::string& site_dir, OutputFiles& files, Diagnostics& diagnostics);

// The base URL the site was built for, read back from its sitemap.xml (whose
// first <loc> is the home page, exactly the base URL; see write/sitemap.h).
// "/" when the site has no readable sitemap.
std::string BaseUrlOfBuiltSite(const OutputFiles& files);

}  // namespace gongkai
