#include "pipeline.h"

#include <optional>

#include "check/site_checker.h"
#include "export/site_downloads.h"
#include "format/content_json.h"
#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "load/theme_loader.h"
#include "render/asset_names.h"
#include "render/originals.h"
#include "render/site_renderer.h"
#include "render/template_engine.h"
#include "search/search_index.h"
#include "validate/budget_consistency.h"
#include "validate/site_validator.h"
#include "write/build_cache.h"
#include "write/in_place_update.h"
#include "write/output_folder.h"
#include "write/site_writer.h"
#include "write/sitemap.h"

namespace gongkai {
namespace {

// The output folder is replaced whole, so it must be one gongkai may
// replace, and must not hold the input (`--out .`, `--out content/..`) nor
// sit inside it. Asked before rendering so that a refusal is quick; the
// writer asks again, the same way, under its lock.
void CheckOutputFolder(const BuildOptions& options, Diagnostics& diagnostics) {
  InspectOutputFolder(options.out_dir, {options.content_dir, options.theme_dir}, diagnostics);
}

// Tells the observer, if there is one, where the build is: a stage from
// its construction to the end of its scope.
class StageScope {
 public:
  StageScope(BuildObserver* observer, BuildStage stage) : observer_(observer), stage_(stage) {
    if (observer_) observer_->StageStarted(stage_);
  }
  ~StageScope() {
    if (observer_) observer_->StageFinished(stage_);
  }
  StageScope(const StageScope&) = delete;
  StageScope& operator=(const StageScope&) = delete;

 private:
  BuildObserver* observer_;
  BuildStage stage_;
};

// "2021/130322-203 changed" for --verbose; "" is the rest of content/.
std::string DescribeChanges(const InputChanges& changes) {
  std::string text;
  for (const std::string& folder : changes.department_years) {
    text += (text.empty() ? "" : ", ") + (folder.empty() ? std::string("content/ (outside the year folders)") : folder);
  }
  return text + " changed";
}

}  // namespace

BuildSummary BuildSite(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildSummary summary;
  BuildObserver* observer = options.observer;

  // --incremental: when no input changed since the last build, nothing to do.
  std::optional<BuildFingerprint> inputs;
  if (options.incremental && options.write) {
    const std::optional<BuildFingerprint> cached = ReadBuildCache(options.out_dir);
    inputs = FingerprintInputs(options.content_dir, options.theme_dir, OutputFlags{options.base_url}, cached);
    inputs->manifest_sha256 = ManifestSha256(options.out_dir);
    const InputChanges changes = CompareFingerprints(cached, *inputs);
    summary.up_to_date = summary.complete = changes.None();
    if (summary.up_to_date) return summary;
    summary.why_rendered = changes.everything ? changes.why : DescribeChanges(changes);
  }

  // load
  Site site;
  std::optional<Theme> theme;
  {
    StageScope stage(observer, BuildStage::kLoad);
    site = LoadSite(options.content_dir, diagnostics);
    if (!options.base_url.empty()) site.config.base_url = options.base_url;
    summary.base_url = site.config.base_url;
    if (!options.base_url.empty() && !IsValidBaseUrl(options.base_url)) {
      diagnostics.Error(SourceLocation{"--base-url"}, "expected a base URL such as /, /yusuan/ or https://host/yusuan/, found \"" +
                                                          options.base_url + "\"");
    }
    CheckOutputFolder(options, diagnostics);
    AssignProjectSlugs(site);
    theme = LoadTheme(options.theme_dir, RequiredLayouts(), diagnostics);
  }

  // validate
  {
    StageScope stage(observer, BuildStage::kValidate);
    ValidateSite(site, diagnostics);
    CheckBudgetConsistency(site, diagnostics);  // warnings only: the site publishes what was published
  }
  if (diagnostics.HasErrors()) return summary;

  // The downloads first: the 数据下载 page lists each file's size and rows.
  SiteDownloads downloads;
  {
    StageScope stage(observer, BuildStage::kDownloads);
    downloads = ExportSiteDownloads(site, diagnostics);
  }

  // render
  OutputFiles files;
  {
    StageScope stage(observer, BuildStage::kRender);
    const auto engine = TemplateEngine::Compile(*theme, diagnostics);
    if (!engine) return summary;
    OutputFiles assets = theme->assets;
    const AssetNames asset_names = AssetNames::Fingerprint(assets);
    const auto on_pages = [observer](size_t done, size_t total) {
      if (observer) observer->PagesRendered(done, total);
    };
    files = RenderSite(site, *engine, diagnostics, asset_names, downloads.listing, on_pages, options.jobs);
    summary.page_count = files.size();
    files.insert(files.end(), assets.begin(), assets.end());
    files.insert(files.end(), std::make_move_iterator(downloads.files.begin()),
                 std::make_move_iterator(downloads.files.end()));
    OutputFiles originals = RenderOriginals(site);  // 原文下载: the documents as published
    files.insert(files.end(), std::make_move_iterator(originals.begin()), std::make_move_iterator(originals.end()));
  }
  if (diagnostics.HasErrors()) return summary;

  // index
  {
    StageScope stage(observer, BuildStage::kIndex);
    OutputFiles index = BuildSearchIndex(site);
    files.insert(files.end(), std::make_move_iterator(index.begin()), std::make_move_iterator(index.end()));
  }

  // sitemap
  {
    StageScope stage(observer, BuildStage::kSitemap);
    OutputFiles sitemap = RenderSitemapFiles(site.config.base_url, files);
    files.insert(files.end(), std::make_move_iterator(sitemap.begin()), std::make_move_iterator(sitemap.end()));
  }

  // check: the new site must pass `gongkai check` before it replaces the old
  if (options.check) {
    StageScope stage(observer, BuildStage::kCheck);
    CheckOptions check;
    check.base_url = site.config.base_url;
    check.display_root = options.out_dir + "/";
    check.jobs = options.jobs;
    CheckSite(files, check, diagnostics);
  }
  if (diagnostics.HasErrors()) return summary;

  // write
  for (const DepartmentYear& department : site.departments) summary.project_count += department.projects.size();
  summary.department_count = site.departments.size();
  summary.file_count = files.size();
  for (const OutputFile& file : files) summary.byte_count += file.bytes.size();
  if (!options.write) {
    summary.complete = true;
    return summary;
  }
  StageScope stage(observer, BuildStage::kWrite);
  if (inputs) {
    InPlaceUpdateReport update;
    summary.written = UpdateSiteInPlace(options.out_dir, files, diagnostics, {options.content_dir, options.theme_dir}, update);
    summary.files_changed = update.files_written;
    summary.files_removed = update.files_removed;
    inputs->manifest_sha256 = ManifestSha256(options.out_dir);
    if (summary.written) WriteBuildCache(options.out_dir, *inputs);  // if it cannot be, the next build renders all
  } else {
    summary.written =
        WriteSiteAtomically(options.out_dir, files, diagnostics, {options.content_dir, options.theme_dir}, options.jobs);
  }
  summary.complete = summary.written;
  return summary;
}

}  // namespace gongkai
