#include "importer/indicator_levels.h"

#include <algorithm>
#include <map>

namespace gongkai {
namespace {

const std::map<std::string, std::vector<std::string>>& Vocabulary() {
  static const std::map<std::string, std::vector<std::string>> vocabulary = {
      {"产出指标", {"数量指标", "质量指标", "时效指标", "成本指标"}},
      {"效益指标", {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}},
      {"满意度指标", {"服务对象满意度指标"}},
  };
  return vocabulary;
}

}  // namespace

bool IsKnownLevel1(const std::string& level1) { return Vocabulary().count(level1) > 0; }

const std::vector<std::string>& Level2Of(const std::string& level1) {
  static const std::vector<std::string> kNone;
  const auto found = Vocabulary().find(level1);
  return found == Vocabulary().end() ? kNone : found->second;
}

std::string Level1Of(const std::string& level2) {
  for (const auto& [level1, level2s] : Vocabulary()) {
    if (std::find(level2s.begin(), level2s.end(), level2) != level2s.end()) return level1;
  }
  return "";
}

}  // namespace gongkai
