// Reads a published 指标值 into a TargetValue (see model/target_value.h).
//
// Pure and total: every text gets a reading, and the text is kept unchanged
// in TargetValue::text. Forms it knows (domain.md and the seeds):
//   comparison   ≥85%, ≥1次, >2次, <0.2万元, ≤20.32万元, 100百分比 (= 100 %),
//                ≥95维修情况, ≥10个（乡镇数目）, 1 次/月/村, ≤6 月, 24 个月, 1 年,
//                不少于5次, 10个以上, $\geq 90\%$ (OCR LaTeX), ≥９０％ (full width).
//                A bare number is "="; the unit is "%" for % ％ 百分比, else the
//                rest as written. The whole text must be [operator] number unit
//                with a short unit, so prose holding a number is qualitative.
//   deadline     12 月底, 6月底前, 12月31日前, 2021年12月31日, 2021年12月,
//                2021年底 (month 12, day 0), 2021年6月30日前全部换届完成. An
//                impossible date (13月底) is qualitative.
//   placeholder  "", 无, 0, /, -, —, ——
//   withheld     涉密
//   qualitative  everything else (提升党员素质, 长期, 有效, 90%-100%).
#pragma once

#include <string>

#include "model/target_value.h"

namespace gongkai {

TargetValue ReadTargetValueText(const std::string& text);

}  // namespace gongkai
