#include "importer/source_patches.h"

#include <nlohmann/json.hpp>
#include <cstdint>
#include <limits>
#include <set>

#include "format/json_document.h"
#include "format/json_locator.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;

std::string FileNameOf(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

SourceLocation At(const std::string& path, const std::string& text, const std::string& pointer) {
  SourceLocation where = LocateOffset(path, text, LocateJsonPointer(text, pointer));
  where.pointer = pointer.empty() ? "/" : pointer;
  return where;
}

// The string member `key` of `object`; an error (and "") when it is missing
// or not a string, or empty while `required`.
std::string StringMember(const Json& object, const char* key, bool required, const std::string& path,
                         const std::string& text, const std::string& pointer, Diagnostics& diagnostics) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string()) {
    diagnostics.Error(At(path, text, pointer), ImportMessage(ImportMessageId::kPatchExpectedString, {key}));
    return "";
  }
  std::string value = found->get<std::string>();
  if (required && value.empty()) {
    diagnostics.Error(At(path, text, pointer + "/" + key), ImportMessage(ImportMessageId::kPatchEmptyField, {key}));
  }
  return value;
}

void RejectUnknownMembers(const Json& object, const std::set<std::string>& known, const std::string& path,
                          const std::string& text, const std::string& pointer, Diagnostics& diagnostics) {
  for (const auto& member : object.items()) {
    if (!known.count(member.key())) {
      diagnostics.Error(At(path, text, pointer + "/" + member.key()), ImportMessage(ImportMessageId::kPatchUnknownField, {member.key()}));
    }
  }
}

std::optional<SourcePatch> ReadPatch(const Json& item, const std::string& path, const std::string& text,
                                     const std::string& pointer, Diagnostics& diagnostics) {
  const int errors = diagnostics.error_count();
  if (!item.is_object()) {
    diagnostics.Error(At(path, text, pointer), ImportMessage(ImportMessageId::kPatchExpectedObject));
    return std::nullopt;
  }
  SourcePatch patch;
  patch.origin = At(path, text, pointer);
  const auto line = item.find("line");
  // Read wide: 4294967297 read as an int is 1, a line the patch never named.
  if (line == item.end() || !line->is_number_integer() || line->get<int64_t>() < 1 ||
      line->get<int64_t>() > std::numeric_limits<int>::max()) {
    diagnostics.Error(At(path, text, pointer), ImportMessage(ImportMessageId::kPatchExpectedLine));
  } else {
    patch.line = static_cast<int>(line->get<int64_t>());
  }
  patch.published = StringMember(item, "published", true, path, text, pointer, diagnostics);
  patch.corrected = StringMember(item, "corrected", false, path, text, pointer, diagnostics);
  patch.why = StringMember(item, "why", true, path, text, pointer, diagnostics);
  RejectUnknownMembers(item, {"line", "published", "corrected", "why"}, path, text, pointer, diagnostics);
  if (diagnostics.error_count() != errors) return std::nullopt;
  return patch;
}

// Tabs separate table cells; in a one-line report they must stay visible.
std::string ShowTabs(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\t' ? std::string("\\t") : std::string(1, c);
  return out;
}

}  // namespace

std::string PatchFilePath(const std::string& folder, const std::string& document_path) {
  return folder + "/" + FileNameOf(document_path) + ".patch.json";
}

std::optional<PatchFile> ParsePatchFile(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
  Json root;
  // The content files' reader: depth limit, UTF-8, and "1e999" (which
  // aborted `gongkai import`) an error, not an uncaught exception.
  if (!ParseJsonDocument(path, text, root, diagnostics)) return std::nullopt;
  const int errors = diagnostics.error_count();
  if (!root.is_object()) {
    diagnostics.Error(At(path, text, ""), ImportMessage(ImportMessageId::kPatchExpectedFile));
    return std::nullopt;
  }
  PatchFile file;
  file.path = path;
  const auto format = root.find("format");
  if (format == root.end() || !format->is_number_integer() || format->get<int>() != 1) {
    diagnostics.Error(At(path, text, "/format"), ImportMessage(ImportMessageId::kPatchExpectedFormat));
  }
  file.document = StringMember(root, "document", true, path, text, "", diagnostics);
  RejectUnknownMembers(root, {"format", "document", "patches"}, path, text, "", diagnostics);
  const auto patches = root.find("patches");
  if (patches == root.end() || !patches->is_array()) {
    diagnostics.Error(At(path, text, ""), ImportMessage(ImportMessageId::kPatchExpectedArray));
  } else {
    for (size_t i = 0; i < patches->size(); ++i) {
      const auto patch = ReadPatch((*patches)[i], path, text, "/patches/" + std::to_string(i), diagnostics);
      if (patch) file.patches.push_back(*patch);
    }
  }
  if (diagnostics.error_count() != errors) return std::nullopt;
  return file;
}

void ApplyPatches(const PatchFile& patches, SourceDocument& document, ImportReport& report,
                  Diagnostics& diagnostics) {
  const int errors = diagnostics.error_count();
  if (patches.document != FileNameOf(document.path)) {
    diagnostics.Error(FileLocation(patches.path), ImportMessage(ImportMessageId::kPatchOtherDocument, {patches.document, FileNameOf(document.path)}));
    return;
  }
  SourceDocument patched = document;
  for (const SourcePatch& patch : patches.patches) {
    if (patch.line > static_cast<int>(patched.lines.size())) {
      diagnostics.Error(patch.origin, ImportMessage(ImportMessageId::kPatchLinePastEnd, {std::to_string(patch.line), document.path, std::to_string(patched.lines.size())}));
      continue;
    }
    std::string& text = patched.lines[patch.line - 1].text;
    const size_t found = text.find(patch.published);
    if (found == std::string::npos || text.find(patch.published, found + 1) != std::string::npos) {
      diagnostics.Error(patch.origin, ImportMessage(found == std::string::npos ? ImportMessageId::kPatchTextNotFound : ImportMessageId::kPatchTextFoundTwice,
                                        {std::to_string(patch.line), document.path, patch.published}));
      continue;
    }
    text.replace(found, patch.published.size(), patch.corrected);
    report.Patch(patch.line, patch.why, "\"" + ShowTabs(patch.published) + "\" → \"" + ShowTabs(patch.corrected) + "\"");
  }
  if (diagnostics.error_count() == errors) {
    document = std::move(patched);
    report.patch_file = patches.path;
  }
}

}  // namespace gongkai
