// The downloads of the whole site (render/downloads.h says where each one
// lives): per department-year a CSV of every table it publishes, the same
// as one .xlsx and its JSON document; per budget year the site-wide CSVs
// of projects, indicator rows and budget-table amounts, and their .xlsx;
// and the whole portal as one SQLite database. Pure apart from the scratch
// file libxlsxwriter needs; deterministic.
#pragma once

#include "base/diagnostic.h"
#include "base/output_file.h"
#include "model/site.h"
#include "render/downloads.h"

namespace gongkai {

struct SiteDownloads {
  OutputFiles files;
  DownloadListing listing;  // every file above, in the order the 数据下载 page lists them
};

// A format that cannot be written (no temporary folder) is an error.
SiteDownloads ExportSiteDownloads(const Site& site, Diagnostics& diagnostics);

}  // namespace gongkai
