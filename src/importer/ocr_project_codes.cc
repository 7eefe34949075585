#include "importer/ocr_project_codes.h"

#include <map>

#include "importer/cell_repair.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

template <typename T>
T MostCommon(const std::vector<T>& values) {
  std::map<T, int> counts;
  T best{};
  int best_count = 0;
  for (const T& value : values) {
    if (++counts[value] > best_count) {
      best = value;
      best_count = counts[value];
    }
  }
  return best;
}

std::string Printed(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "\"" : "\" / \"") + part;
  return out.empty() ? "(blank)" : out + "\"";
}

}  // namespace

void ResolveOcrProjectCodes(const std::vector<std::vector<std::string>>& code_parts, const SourceDocument& document,
                            DepartmentYear& department, ImportReport& report) {
  (void)document;
  // Codes read from a single cell set the standard.
  std::vector<size_t> lengths;
  std::vector<std::string> prefixes;
  for (size_t i = 0; i < department.projects.size(); ++i) {
    const std::string& code = department.projects[i].code;
    if (code_parts[i].size() == 1 && LooksLikeProjectCode(code)) {
      lengths.push_back(code.size());
      prefixes.push_back(code.substr(0, 8));
    }
  }
  if (lengths.empty()) return;
  const size_t length = MostCommon(lengths);
  const std::string prefix = MostCommon(prefixes);
  for (size_t i = 0; i < department.projects.size(); ++i) {
    Project& project = department.projects[i];
    const std::vector<std::string>& parts = code_parts[i];
    const int line = project.origin.line;
    if (project.code.size() == length && StartsWith(project.code, prefix) && LooksLikeProjectCode(project.code)) continue;
    const std::string head = parts.empty() ? "" : TrimAscii(parts[0]).substr(0, TrimAscii(parts[0]).find(' '));
    const std::string& code = project.code;
    if (parts.size() >= 2 && code.size() == length + 1 && head.size() < code.size() && !head.empty() &&
        code[head.size() - 1] == code[head.size()] && StartsWith(code, prefix)) {
      const std::string repaired = code.substr(0, head.size()) + code.substr(head.size() + 1);
      if (LooksLikeProjectCode(repaired)) {
        report.Guess(line, ImportWord(ImportWordId::kNoteCodeWrapRead, {repaired}),
                     Printed(parts) + " → " + code + " → " + repaired);
        project.code = repaired;
        continue;
      }
    }
    if (!parts.empty()) {
      report.Skip(line, 0, ImportWord(ImportWordId::kNoteCodeUnreadable, {std::to_string(length), prefix}),
                  Printed(parts));
    }
    project.code.clear();
  }
}

}  // namespace gongkai
