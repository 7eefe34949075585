// 数据下载: every download of the site (export/site_downloads.h made them),
// grouped as listed — the database, each year's site-wide files, each
// department-year's files — with each file's format, rows and size; how to
// cite a figure, and what the data may be used for.
#pragma once

#include <string>

#include "model/site.h"
#include "render/downloads.h"
#include "render/view.h"

namespace gongkai {

View DownloadsPageView(const Site& site, const DownloadListing& downloads);

// 815 → "815 字节", 12 800 → "12.5 KB", 3 460 000 → "3.3 MB": one decimal,
// rounded half up, in integers.
std::string FileSizeText(size_t bytes);

}  // namespace gongkai
