// RenderSite: every HTML page of the site, plus the theme's assets.
//
// Pages are planned first (path, layout, view), then rendered on all cores:
// each page is a pure function of the model and the theme, so the order of
// rendering cannot change the bytes. A layout's body is rendered first,
// then wrapped by layouts/base.mustache as {{{body}}}.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"
#include "model/site.h"
#include "render/asset_names.h"
#include "render/downloads.h"
#include "render/template_engine.h"

namespace gongkai {

// The layouts RenderSite uses; LoadTheme checks they exist.
const std::vector<std::string>& RequiredLayouts();

// Names a template uses that a view lacks become errors naming the layout.
// Pages link the theme's assets by the names in `assets` (fingerprinted);
// the 数据下载 page lists `downloads` (export/site_downloads.h).
OutputFiles RenderSite(const Site& site, const TemplateEngine& engine, Diagnostics& diagnostics,
                       const AssetNames& assets = AssetNames(), const DownloadListing& downloads = {});

}  // namespace gongkai
