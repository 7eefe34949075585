// RenderSite: every HTML page of the site, plus the theme's assets.
//
// Pages are planned first (path, layout, view), then rendered on `jobs`
// threads (0: all cores; base/parallel.h), each with its own parsed
// templates (TemplateEngine::Worker):
// each page is a pure function of the model and the theme, so the order of
// rendering cannot change the bytes. A layout's body is rendered first,
// then wrapped by layouts/base.mustache as {{{body}}}.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/output_file.h"
#include "base/output_sink.h"
#include "model/site.h"
#include "render/asset_names.h"
#include "render/downloads.h"
#include "render/site_plan.h"
#include "render/template_engine.h"

namespace gongkai {

// The layouts RenderSite uses; LoadTheme checks they exist.
const std::vector<std::string>& RequiredLayouts();

// Names a template uses that a view lacks become errors naming the layout.
// Pages link the theme's assets by the names in `assets` (fingerprinted);
// the 数据下载 page lists `downloads` (export/site_downloads.h).
// `pages_rendered`, when given, hears (pages done, pages in all) after each
// page, from the render threads: it must be safe to call concurrently.
using PagesRendered = std::function<void(size_t done, size_t total)>;
// Renders the planned pages (those `wanted` accepts, when given) in
// batches, handing each batch to `sink` in plan order; false when the sink
// refused one (it has said why).
using PageFilter = std::function<bool(const PlannedPage& page)>;
bool RenderPlannedPages(const Site& site, const SitePlan& plan, const TemplateEngine& engine, OutputSink& sink,
                        Diagnostics& diagnostics, const AssetNames& assets = AssetNames(),
                        const PagesRendered& pages_rendered = nullptr, unsigned jobs = 0,
                        const PageFilter& wanted = nullptr);

// All of it in memory: PlanSite, then RenderPlannedPages into a CollectingSink.
OutputFiles RenderSite(const Site& site, const TemplateEngine& engine, Diagnostics& diagnostics,
                       const AssetNames& assets = AssetNames(), const DownloadListing& downloads = {},
                       const PagesRendered& pages_rendered = nullptr, unsigned jobs = 0);

}  // namespace gongkai
