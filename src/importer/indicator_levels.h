// The fixed first two levels of every 绩效目标表 (domain.md):
//
//   产出指标    数量指标, 质量指标, 时效指标, 成本指标
//   效益指标    经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标
//   满意度指标  服务对象满意度指标
//
// Because each 二级指标 belongs to exactly one 一级指标, a reader that lost
// the 一级指标 of a row (OCR prints a merged cell in the middle of its rows,
// or misreads it) can tell it from the 二级指标.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

bool IsKnownLevel1(const std::string& level1);

// The 二级指标 of `level1` (empty for an unknown one).
const std::vector<std::string>& Level2Of(const std::string& level1);

// The 一级指标 a known 二级指标 belongs to; "" for an unknown one.
std::string Level1Of(const std::string& level2);

}  // namespace gongkai
