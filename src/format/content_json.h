// The content format's JSON files (docs/format.md): department.json and
// site.json, read into the model and written back.
//
// Reading reports every problem as a located Diagnostic (file:line:col and
// JSON pointer) and keeps going, so one run shows all mistakes in a file.
// Writing is deterministic: fixed key order, two-space indent, UTF-8, final
// newline. Reading what was written gives the same model.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

constexpr int kFormatVersion = 1;

// `file` is the path shown in messages; `text` the file's bytes.
DepartmentYear ParseDepartmentJson(const std::string& file, const std::string& text,
                                   Diagnostics& diagnostics);
SiteConfig ParseSiteJson(const std::string& file, const std::string& text,
                         Diagnostics& diagnostics);

// A base_url (site.json, --base-url): "/" or a path from the server's root,
// or an http(s) URL, always ending in '/'; URL-safe ASCII only, without
// query or fragment ("/yusuan/", "https://czj.example.gov.cn/yusuan/").
bool IsValidBaseUrl(const std::string& url);

std::string DepartmentToJson(const DepartmentYear& department);
std::string SiteConfigToJson(const SiteConfig& config);

}  // namespace gongkai
