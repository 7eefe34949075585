#include "search/department_names.h"

#include <algorithm>
#include <set>

namespace gongkai {
namespace {

// One rewriting of a name: every occurrence of `full` becomes `short_form`.
// The forms of a name are what any sequence of these rewritings gives.
struct NameRule {
  const char* full;
  const char* short_form;
};

// Why each row: the forms in which these names are written and typed.
constexpr NameRule kDepartmentNameRules[] = {
    {"中国共产党", "中共"},        // 中国共产党昌黎县委员会组织部 → 中共昌黎县委员会组织部
    {"中共", ""},                  // 中共巨鹿县委组织部 → 巨鹿县委组织部
    {"工作委员会", "工委"},        // 中共承德高新技术产业开发区工作委员会 → …工委
    {"县委员会", "县委"},          // 昌黎县委员会组织部 → 昌黎县委组织部
    {"市委员会", "市委"},
    {"区委员会", "区委"},
    {"县委", "县委员会"},          // and back: 中共巨鹿县委组织部 is 中国共产党巨鹿县委员会组织部
    {"市委", "市委员会"},
    {"区委", "区委员会"},
    {"中共", "中国共产党"},
    {"委办公室", "委办"},          // 县委办公室 → 县委办, as 阜平's own text calls it
    {"人民政府", ""},              // 上海市普陀区人民政府万里街道办事处 → 上海市普陀区万里街道办事处
    {"街道办事处", "街道"},        // → 万里街道
    {"高级人民法院", "高院"},      // 江苏省高级人民法院 → 江苏省高院
    {"省高院", "高院"},            // → 江苏高院
    {"中级人民法院", "中院"},
    {"人民检察院", "检察院"},
};

constexpr size_t kMaxForms = 64;

std::string ReplaceAll(const std::string& text, const std::string& from, const std::string& to) {
  std::string out;
  size_t start = 0;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, start)) {
    // 县委 → 县委员会 leaves a 县委员会 already in full as it is.
    const bool already = to.size() > from.size() && text.compare(at, to.size(), to) == 0;
    out.append(text, start, at - start);
    out += to;
    start = at + (already ? to.size() : from.size());
  }
  out.append(text, start, std::string::npos);
  return out;
}

}  // namespace

std::vector<std::string> DepartmentNameForms(const std::string& name) {
  std::set<std::string> forms{name};
  std::vector<std::string> pending{name};
  while (!pending.empty() && forms.size() < kMaxForms) {
    const std::string form = pending.back();
    pending.pop_back();
    for (const NameRule& rule : kDepartmentNameRules) {
      if (form.find(rule.full) == std::string::npos) continue;
      std::string rewritten = ReplaceAll(form, rule.full, rule.short_form);
      if (rewritten.empty() || forms.size() >= kMaxForms) continue;
      if (forms.insert(rewritten).second) pending.push_back(std::move(rewritten));
    }
  }
  std::vector<std::string> out;
  for (const std::string& form : forms) {
    if (form == name) continue;
    const bool inside_another = std::any_of(forms.begin(), forms.end(), [&](const std::string& other) {
      return other != form && other.size() > form.size() && other.find(form) != std::string::npos;
    });
    if (!inside_another) out.push_back(form);
  }
  return out;
}

}  // namespace gongkai
