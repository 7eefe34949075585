#include "pipeline.h"

#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "load/theme_loader.h"
#include "render/site_renderer.h"
#include "render/template_engine.h"
#include "validate/site_validator.h"
#include "write/site_writer.h"

namespace gongkai {

BuildSummary BuildSite(const BuildOptions& options, Diagnostics& diagnostics) {
  BuildSummary summary;

  // load
  Site site = LoadSite(options.content_dir, diagnostics);
  if (!options.base_url.empty()) site.config.base_url = options.base_url;
  AssignProjectSlugs(site);
  const Theme theme = LoadTheme(options.theme_dir, RequiredLayouts(), diagnostics);

  // validate
  ValidateSite(site, diagnostics);
  if (diagnostics.HasErrors()) return summary;

  // render
  const auto engine = TemplateEngine::Compile(theme, diagnostics);
  if (!engine) return summary;
  OutputFiles files = RenderSite(site, *engine, diagnostics);
  summary.page_count = files.size();
  files.insert(files.end(), theme.assets.begin(), theme.assets.end());
  if (diagnostics.HasErrors()) return summary;

  // write
  for (const DepartmentYear& department : site.departments) summary.project_count += department.projects.size();
  summary.department_count = site.departments.size();
  summary.file_count = files.size();
  for (const OutputFile& file : files) summary.byte_count += file.bytes.size();
  summary.written = WriteSiteAtomically(options.out_dir, files, diagnostics);
  return summary;
}

}  // namespace gongkai
