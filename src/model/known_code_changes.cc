#include "model/known_code_changes.h"

namespace gongkai {

const std::vector<KnownCodeChange>& KnownCodeChanges() {
  // 2018: the 部门预算支出经济分类 moved social insurance and housing
  // provident fund into 工资福利支出 (301). 2019: the 支出功能分类 renamed
  // 类 210 and 207 under the same codes after the 2018 reorganisation of
  // the State Council's ministries.
  static const std::vector<KnownCodeChange> changes = {
      {Classification::kEconomic, 2018, "30311", "住房公积金", "30113", "住房公积金",
       "财政部《2018年政府收支分类科目》：部门预算支出经济分类"},
      {Classification::kFunction, 2019, "210", "医疗卫生与计划生育支出", "210", "卫生健康支出",
       "财政部《2019年政府收支分类科目》：支出功能分类"},
      {Classification::kFunction, 2019, "207", "文化体育与传媒支出", "207", "文化旅游体育与传媒支出",
       "财政部《2019年政府收支分类科目》：支出功能分类"},
  };
  return changes;
}

const KnownCodeChange* CodeChangeFrom(Classification classification, const std::string& code) {
  for (const KnownCodeChange& change : KnownCodeChanges()) {
    if (change.classification == classification && change.old_code == code && change.new_code != code) return &change;
  }
  return nullptr;
}

const KnownCodeChange* CodeChangeTo(Classification classification, const std::string& code) {
  for (const KnownCodeChange& change : KnownCodeChanges()) {
    if (change.classification == classification && change.new_code == code && change.old_code != code) return &change;
  }
  return nullptr;
}

}  // namespace gongkai
