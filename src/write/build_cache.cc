#include "write/build_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "write/output_folder.h"

namespace gongkai {

namespace fs = std::filesystem;

const char kBuildCacheName[] = ".gongkai-cache";

namespace {

// The first line; a cache of another version is no cache.
const char kCacheHeader[] = "# gongkai build cache 1: the inputs of the site here (docs/incremental.md)";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool IsHex64(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// A name the one-path-a-line cache can hold.
bool IsPlainName(const std::string& path) {
  return std::none_of(path.begin(), path.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// Every file under `root`, as "<label>/<relative>", sorted: the order of a
// directory listing is the file system's, the fingerprint must not be.
std::vector<std::pair<std::string, fs::path>> ListFiles(const std::string& root, const std::string& label) {
  std::vector<std::pair<std::string, fs::path>> listed;
  std::error_code code;
  for (fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, code), end;
       !code && it != end; it.increment(code)) {
    std::error_code type_code;
    if (!it->is_regular_file(type_code)) continue;
    listed.emplace_back(label + "/" + it->path().lexically_relative(root).generic_string(), it->path());
  }
  std::sort(listed.begin(), listed.end());
  return listed;
}

// "content/2021/130322-203/sections/x.md" → "2021/130322-203"; every other
// content file → "".
std::string InputGroupOf(const std::string& labelled) {
  const std::string path = labelled.substr(std::string("content/").size());
  const size_t first = path.find('/');
  if (first != 4 || !std::all_of(path.begin(), path.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) return "";
  const size_t second = path.find('/', first + 1);
  return second == std::string::npos ? "" : path.substr(0, second);
}

// What this binary is: a rebuilt gongkai may render the same input
// differently, and its version alone does not change with every commit.
std::string BinaryIdentity() {
  std::string identity = "gongkai " GONGKAI_VERSION;
  struct stat info;
  if (::stat("/proc/self/exe", &info) == 0) {
    identity += " " + std::to_string(info.st_size) + " " + std::to_string(info.st_mtim.tv_sec) + "." +
                std::to_string(info.st_mtim.tv_nsec);
  }
  return identity;
}

}  // namespace

BuildFingerprint FingerprintInputs(const std::string& content_dir, const std::string& theme_dir,
                                   const OutputFlags& flags, const std::optional<BuildFingerprint>& previous) {
  BuildFingerprint fingerprint;
  std::map<std::string, std::string> group_text;  // group → "path hash\n" lines, hashed at the end
  std::string theme_text, site_json;
  auto lists = ListFiles(content_dir, "content");
  auto theme = ListFiles(theme_dir, "theme");
  lists.insert(lists.end(), theme.begin(), theme.end());
  for (const auto& [name, path] : lists) {
    struct stat info;
    if (::stat(path.c_str(), &info) != 0) continue;
    InputFileStamp stamp{info.st_size, static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec, ""};
    if (previous) {
      const auto before = previous->files.find(name);
      if (before != previous->files.end() && before->second.size == stamp.size && before->second.mtime_ns == stamp.mtime_ns) {
        stamp.sha256 = before->second.sha256;
      }
    }
    if (stamp.sha256.empty()) stamp.sha256 = Sha256Hex(ReadAll(path));
    const std::string line = name + " " + stamp.sha256 + "\n";
    if (name.rfind("theme/", 0) == 0) {
      theme_text += line;
    } else if (name == "content/site.json") {
      site_json = line;
    } else {
      group_text[InputGroupOf(name)] += line;
    }
    // A name the cache cannot hold on one line is hashed each time.
    if (IsPlainName(name)) fingerprint.files[name] = stamp;
  }
  fingerprint.config = Sha256Hex(BinaryIdentity() + "\n--base-url " + flags.base_url + "\n" + site_json);
  fingerprint.theme = Sha256Hex(theme_text);
  for (const auto& [group, text] : group_text) fingerprint.inputs[group] = Sha256Hex(text);
  return fingerprint;
}

std::optional<BuildFingerprint> ReadBuildCache(const std::string& out_dir) {
  std::istringstream in(ReadAll(fs::path(out_dir) / kBuildCacheName));
  std::string line;
  if (!std::getline(in, line) || line != kCacheHeader) return std::nullopt;
  BuildFingerprint cache;
  bool ended = false;
  while (std::getline(in, line)) {
    if (ended) return std::nullopt;  // nothing after the end line
    std::istringstream fields(line);
    std::string kind;
    fields >> kind;
    if (kind == "end") {
      ended = true;
    } else if (kind == "config" || kind == "theme" || kind == "manifest") {
      std::string hash, rest;
      if (!(fields >> hash) || !IsHex64(hash) || (fields >> rest)) return std::nullopt;
      (kind == "config" ? cache.config : kind == "theme" ? cache.theme : cache.manifest_sha256) = hash;
    } else if (kind == "input") {
      std::string hash;
      if (!(fields >> hash) || !IsHex64(hash) || fields.get() != ' ') return std::nullopt;
      std::string group;
      std::getline(fields, group);
      cache.inputs[group] = hash;
    } else if (kind == "file") {
      InputFileStamp stamp;
      if (!(fields >> stamp.size >> stamp.mtime_ns >> stamp.sha256) || !IsHex64(stamp.sha256) || fields.get() != ' ') {
        return std::nullopt;
      }
      std::string name;
      std::getline(fields, name);
      if (name.empty()) return std::nullopt;
      cache.files[name] = stamp;
    } else {
      return std::nullopt;
    }
  }
  // A cache cut short (a full disk, a kill) lacks its end line.
  if (!ended || cache.config.empty() || cache.theme.empty() || cache.manifest_sha256.empty()) return std::nullopt;
  return cache;
}

bool WriteBuildCache(const std::string& out_dir, const BuildFingerprint& fingerprint) {
  std::string text = std::string(kCacheHeader) + "\n";
  text += "config " + fingerprint.config + "\ntheme " + fingerprint.theme + "\nmanifest " + fingerprint.manifest_sha256 + "\n";
  for (const auto& [group, hash] : fingerprint.inputs) text += "input " + hash + " " + group + "\n";
  for (const auto& [name, stamp] : fingerprint.files) {
    text += "file " + std::to_string(stamp.size) + " " + std::to_string(stamp.mtime_ns) + " " + stamp.sha256 + " " + name + "\n";
  }
  text += "end\n";
  const fs::path target = fs::path(out_dir) / kBuildCacheName;
  const fs::path temporary = fs::path(out_dir) / (std::string(kBuildCacheName) + ".new." + std::to_string(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::error_code code;
      fs::remove(temporary, code);
      return false;
    }
  }
  ::chmod(temporary.c_str(), 0644);
  return ::rename(temporary.c_str(), target.c_str()) == 0;
}

void RemoveBuildCache(const std::string& out_dir) { ::unlink((fs::path(out_dir) / kBuildCacheName).c_str()); }

std::string ManifestSha256(const std::string& out_dir) {
  const fs::path manifest = fs::path(out_dir) / kManifestName;
  std::error_code code;
  if (!fs::is_regular_file(fs::symlink_status(manifest, code))) return "";
  return Sha256Hex(ReadAll(manifest));
}

InputChanges CompareFingerprints(const std::optional<BuildFingerprint>& previous, const BuildFingerprint& current) {
  InputChanges changes;
  const auto everything = [&](const std::string& why) {
    changes.everything = true;
    changes.why = why;
    return changes;
  };
  if (!previous) return everything("no build cache in the output folder");
  if (previous->config != current.config) return everything("site.json, --base-url or gongkai itself changed");
  if (previous->theme != current.theme) return everything("the theme changed");
  if (current.manifest_sha256.empty() || previous->manifest_sha256 != current.manifest_sha256) {
    return everything("the output folder's manifest is not the one the cache was written with");
  }
  for (const auto& [group, hash] : current.inputs) {
    const auto before = previous->inputs.find(group);
    if (before == previous->inputs.end() || before->second != hash) changes.department_years.push_back(group);
  }
  for (const auto& [group, hash] : previous->inputs) {
    if (!current.inputs.count(group)) changes.department_years.push_back(group);
  }
  std::sort(changes.department_years.begin(), changes.department_years.end());
  return changes;
}

}  // namespace gongkai
