#include "pipeline.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "check/site_checker.h"
#include "export/site_downloads.h"
#include "format/content_json.h"
#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "load/theme_loader.h"
#include "render/asset_names.h"
#include "render/originals.h"
#include "render/site_plan.h"
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

// Where every file of the build goes as it is made: through the self-check
// (when asked for), then into the staging folder (a full build), into
// memory (--incremental: the in-place update compares it with the live
// site), or nowhere (--dry-run). Of each file only its path is kept here,
// for the sitemap; the time spent checking and writing is told to the
// observer stage by stage.
class BuildSink : public OutputSink {
 public:
  BuildSink(SiteCheck* check, SiteStaging* staging, OutputFiles* kept, BuildObserver* observer)
      : check_(check), staging_(staging), kept_(kept), observer_(observer) {}

  bool Put(OutputFiles files) override {
    using Clock = std::chrono::steady_clock;
    for (const OutputFile& file : files) {
      paths_.push_back(file.path);
      byte_count_ += file.bytes.size();
    }
    const Clock::time_point start = Clock::now();
    if (check_) check_->Add(files);
    const Clock::time_point checked = Clock::now();
    bool written = true;
    if (staging_) {
      written = staging_->Put(std::move(files));
    } else if (kept_) {
      kept_->insert(kept_->end(), std::make_move_iterator(files.begin()), std::make_move_iterator(files.end()));
    }
    check_seconds_ += std::chrono::duration<double>(checked - start).count();
    write_seconds_ += std::chrono::duration<double>(Clock::now() - checked).count();
    return written;
  }

  // A big file already on disk (the site-wide database): a link target for
  // the check, copied into the staging folder; read into memory only for
  // --incremental, which compares bytes.
  bool PutFile(const std::string& path, const std::string& source, std::string& error) override {
    if (!staging_) return OutputSink::PutFile(path, source, error);  // through Put: kept, or dropped
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    if (check_) check_->AddUnchecked({path});
    const size_t before = staging_->byte_count();
    const bool written = staging_->PutFile(path, source, error);
    paths_.push_back(path);
    byte_count_ += staging_->byte_count() - before;
    write_seconds_ += std::chrono::duration<double>(Clock::now() - start).count();
    return written;
  }

  // Tells the observer the check and write time since the last call; from
  // inside the stage that made the files.
  void ReportSpent() {
    if (observer_ && check_) observer_->StageSpent(BuildStage::kCheck, check_seconds_);
    if (observer_ && (staging_ || kept_)) observer_->StageSpent(BuildStage::kWrite, write_seconds_);
    check_seconds_ = write_seconds_ = 0;
  }

  const std::vector<std::string>& paths() const { return paths_; }
  size_t byte_count() const { return byte_count_; }

 private:
  SiteCheck* check_;
  SiteStaging* staging_;
  OutputFiles* kept_;
  BuildObserver* observer_;
  std::vector<std::string> paths_;
  size_t byte_count_ = 0;
  double check_seconds_ = 0;
  double write_seconds_ = 0;
};

}  // namespace

BuildSummary BuildSite(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildSummary summary;
  BuildObserver* observer = options.observer;

  // --incremental: when no input changed since the last build, nothing to do.
  std::optional<BuildFingerprint> inputs;
  InputChanges changes;
  if (options.incremental && options.write) {
    const std::optional<BuildFingerprint> cached = ReadBuildCache(options.out_dir);
    inputs = FingerprintInputs(options.content_dir, options.theme_dir, OutputFlags{options.base_url}, cached);
    inputs->manifest_sha256 = ManifestSha256(options.out_dir);
    changes = CompareFingerprints(cached, *inputs);
    summary.up_to_date = summary.complete = changes.None();
    if (summary.up_to_date) return summary;
    summary.why_rendered = changes.everything ? changes.why : DescribeChanges(changes);
  }

  // load
  Site site;
  std::optional<Theme> theme;
  {
    StageScope stage(observer, BuildStage::kLoad);
    site = LoadSite(options.content_dir, diagnostics, options.jobs);
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

  const auto engine = TemplateEngine::Compile(*theme, diagnostics);
  if (!engine) return summary;

  // The staging folder (a full build) is opened now, so that every file
  // goes there as soon as it is made; dropped unless the build succeeds.
  std::unique_ptr<SiteStaging> staging;
  OutputFiles kept;  // --incremental: the whole new site, for the in-place update
  std::vector<std::string> carried;  // --incremental: pages not rendered again, kept as they are live
  if (options.write && !inputs) {
    staging = SiteStaging::Open(options.out_dir, {options.content_dir, options.theme_dir}, diagnostics, options.jobs);
    if (!staging) return summary;
  }
  std::optional<SiteCheck> check;
  if (options.check) {
    CheckOptions check_options;
    check_options.base_url = site.config.base_url;
    check_options.display_root = options.out_dir + "/";
    check_options.jobs = options.jobs;
    check.emplace(check_options);
  }
  BuildSink sink(check ? &*check : nullptr, staging.get(), inputs ? &kept : nullptr, observer);

  // The theme's assets, and the downloads: the 数据下载 page lists each
  // file's size and rows, so they come before the pages.
  OutputFiles assets = theme->assets;
  const AssetNames asset_names = AssetNames::Fingerprint(assets);
  DownloadListing listing;
  {
    StageScope stage(observer, BuildStage::kDownloads);
    sink.Put(std::move(assets));
    listing = ExportSiteDownloads(site, sink, diagnostics, options.jobs);
    sink.Put(RenderOriginals(site));  // 原文下载: the documents as published
    sink.ReportSpent();
  }
  if (diagnostics.HasErrors()) return summary;

  // plan, then render: page by page in batches, each checked and written as it comes
  {
    StageScope stage(observer, BuildStage::kRender);
    const SitePlan plan = PlanSite(site, listing);
    if (check) check->Expect(plan.Paths());
    summary.page_count = plan.pages.size();
    const auto on_pages = [observer](size_t done, size_t total) {
      if (observer) observer->PagesRendered(done, total);
    };
    // --incremental, when only department-years changed: the pages of the
    // departments they belong to and the pages of the whole site are
    // rendered again; every other page is carried over as it is live.
    PageFilter wanted;
    std::set<const DepartmentHistory*> touched;
    if (inputs && !changes.everything && !changes.None() &&
        std::find(changes.department_years.begin(), changes.department_years.end(), "") == changes.department_years.end()) {
      touched = HistoriesTouchedBy(plan, changes.department_years);
      wanted = [&touched](const PlannedPage& page) { return !page.scope || touched.count(page.scope) > 0; };
      for (const PlannedPage& page : plan.pages) {
        if (!wanted(page)) carried.push_back(page.path);
      }
    }
    if (check) check->AddUnchecked(carried);
    RenderPlannedPages(site, plan, *engine, sink, diagnostics, asset_names, on_pages, options.jobs, wanted);
    sink.ReportSpent();
  }
  if (diagnostics.HasErrors()) return summary;

  // index
  {
    StageScope stage(observer, BuildStage::kIndex);
    BuildSearchIndex(site, sink, {}, options.jobs);
    sink.ReportSpent();
  }

  // sitemap
  {
    StageScope stage(observer, BuildStage::kSitemap);
    std::vector<std::string> paths = sink.paths();
    paths.insert(paths.end(), carried.begin(), carried.end());
    sink.Put(RenderSitemapForPaths(site.config.base_url, paths));
    sink.ReportSpent();
  }
  if (diagnostics.HasErrors()) return summary;

  // check: the links across pages, then every problem in page order; the
  // new site must pass `gongkai check` before it replaces the old
  if (check) {
    StageScope stage(observer, BuildStage::kCheck);
    std::unordered_map<std::string, const OutputFile*> kept_by_path;
    for (const OutputFile& file : kept) kept_by_path[file.path] = &file;
    check->Finish(diagnostics, [&](const std::string& path) {
      if (staging) return staging->ReadBack(path);
      const auto file = kept_by_path.find(path);
      return file == kept_by_path.end() ? std::string() : file->second->bytes;
    });
  }
  if (diagnostics.HasErrors()) return summary;

  // write: the staged site swapped in, or the changed files put in place
  for (const DepartmentYear& department : site.departments) summary.project_count += department.projects.size();
  summary.department_count = site.departments.size();
  summary.file_count = sink.paths().size() + carried.size();
  summary.pages_carried = carried.size();
  summary.byte_count = sink.byte_count();
  if (!options.write) {
    summary.complete = true;
    return summary;
  }
  StageScope stage(observer, BuildStage::kWrite);
  if (inputs) {
    InPlaceUpdateReport update;
    summary.written =
        UpdateSiteInPlace(options.out_dir, kept, diagnostics, {options.content_dir, options.theme_dir}, update, carried);
    summary.files_changed = update.files_written;
    summary.files_removed = update.files_removed;
    inputs->manifest_sha256 = ManifestSha256(options.out_dir);
    if (summary.written) WriteBuildCache(options.out_dir, *inputs);  // if it cannot be, the next build renders all
  } else {
    summary.written = staging->Commit();
  }
  summary.complete = summary.written;
  return summary;
}

}  // namespace gongkai
