// The downloads of the whole site (render/downloads.h says where each one
// lives): per department-year a CSV of every table it publishes, the same
// as one .xlsx and its JSON document; per budget year the site-wide CSVs
// of projects, indicator rows and budget-table amounts, and their .xlsx;
// and the whole portal as one SQLite database. Pure apart from the scratch
// files libxlsxwriter and the database are built in; deterministic.
//
// The database, each of a year's four files and each department-year's
// files are independent jobs, run on `jobs` cores (0: all;
// base/parallel.h) a window at a time: at least one job per core, and more while the window holds
// under 32,768 rows (about 1 KB of files a row). The sink is given the
// files in batches of a few MB, runs of whole jobs, the same batches in the
// same order whatever `jobs`; the database, built on disk in the first
// window, last and alone, once nothing else is held. A year's tables and
// the database are made a department-year at a time (table_pieces.h), so
// no job holds the site's rows.
#pragma once

#include "base/diagnostic.h"
#include "base/output_file.h"
#include "base/output_sink.h"
#include "model/site.h"
#include "render/downloads.h"

namespace gongkai {

// A format that cannot be written (no temporary folder) is an error.
// Returns every file's entry, in the order the 数据下载 page lists them
// (the database, the years newest first, the department-years in the
// site's order), not the order the sink was given them in. Stops early
// when the sink fails.
DownloadListing ExportSiteDownloads(const Site& site, OutputSink& sink, Diagnostics& diagnostics, unsigned jobs = 0);

struct SiteDownloads {
  OutputFiles files;
  DownloadListing listing;  // every file above, in the order the 数据下载 page lists them
};

// All of it in memory: for tests and callers that want the files whole.
SiteDownloads ExportSiteDownloads(const Site& site, Diagnostics& diagnostics);

}  // namespace gongkai
