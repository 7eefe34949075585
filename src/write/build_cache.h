// The build cache: what the inputs of the site in an output folder were, so
// that `gongkai build --incremental` can tell, from the file system alone,
// whether anything changed (docs/incremental.md).
//
// It lives beside the manifest, at <out>/.gongkai-cache, and records:
//   - the config: site.json, the flags that change the output (--base-url)
//     and the gongkai binary (its version, size and mtime: a new gongkai may
//     render the same input differently);
//   - the theme: every file under the theme folder;
//   - each department-year (content/<year>/<jurisdiction>-<department>/, all
//     its files) and the rest of content/ (departments.tsv, sources/, …);
//   - each input file's size, mtime and SHA-256, so the next build hashes
//     again only the files whose size or mtime moved;
//   - the SHA-256 of the manifest written with it: a site changed by hand
//     since is not trusted.
// A cache that is missing, of another version or damaged in any way reads
// as no cache: the build renders everything.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {

extern const char kBuildCacheName[];  // ".gongkai-cache", at the top of the output folder

struct InputFileStamp {
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string sha256;
};

struct BuildFingerprint {
  std::string config;  // SHA-256 over site.json, the output flags and the binary
  std::string theme;   // SHA-256 over the theme's files (path and content)
  // "2021/130322-203" (a department-year folder) or "" (the rest of
  // content/) → SHA-256 over its files.
  std::map<std::string, std::string> inputs;
  // "content/2021/130322-203/department.json", "theme/layouts/home.html" → stamp.
  std::map<std::string, InputFileStamp> files;
  std::string manifest_sha256;  // of the manifest the build wrote (empty before it is written)
};

// What the output flags are: everything given on the command line that
// changes a byte of the site. Two builds with equal keys and equal inputs
// write the same site.
struct OutputFlags {
  std::string base_url;  // --base-url; "" = site.json's
};

// The fingerprint of the inputs as they are now. Files whose size and mtime
// match `previous` keep its hash (not read); the others are read and hashed.
BuildFingerprint FingerprintInputs(const std::string& content_dir, const std::string& theme_dir,
                                   const OutputFlags& flags, const std::optional<BuildFingerprint>& previous);

// The cache in `out_dir`, or nothing when it is missing or not one this
// gongkai wrote whole.
std::optional<BuildFingerprint> ReadBuildCache(const std::string& out_dir);

// Written beside itself and renamed in place; false when it cannot be
// (the next build then renders everything). RemoveBuildCache is called
// before a site is changed, so a half-done update is never trusted.
bool WriteBuildCache(const std::string& out_dir, const BuildFingerprint& fingerprint);
void RemoveBuildCache(const std::string& out_dir);

// The SHA-256 of the manifest in `out_dir` ("" when there is none).
std::string ManifestSha256(const std::string& out_dir);

// How the inputs changed since `previous`.
struct InputChanges {
  bool everything = false;        // no cache, or the config or theme changed: render all
  std::string why;                // for --verbose: "no cache", "the theme changed", …
  std::vector<std::string> department_years;  // changed, added or removed ("" = the rest of content/)
  bool None() const { return !everything && department_years.empty(); }
};
InputChanges CompareFingerprints(const std::optional<BuildFingerprint>& previous, const BuildFingerprint& current);

}  // namespace gongkai
