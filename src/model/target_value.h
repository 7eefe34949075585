// TargetValue: a 指标值 as published, and what it says.
//
// The text is kept exactly as the department wrote it (that is what the page
// shows). The reading lets the portal and the checks use the value: a
// comparison with a number and unit (≥85%), a deadline (12月底,
// 2021年12月31日), qualitative text (提升党员素质), a placeholder (无, 0, blank)
// or a withheld value (涉密).
#pragma once

#include <optional>
#include <string>

#include "base/decimal.h"

namespace gongkai {

enum class TargetKind { kComparison, kDeadline, kQualitative, kPlaceholder, kWithheld };

// Written the way the documents write them: ≥ ≤ > < =.
enum class Comparison { kEqual, kAtLeast, kAtMost, kGreater, kLess };

struct Deadline {
  int year = 0;   // 0 = not stated ("12月底")
  int month = 0;  // 1-12
  int day = 0;    // 0 = end of the month ("月底")
  bool operator==(const Deadline& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
};

struct TargetValue {
  std::string text;  // exactly as published
  TargetKind kind = TargetKind::kPlaceholder;
  // kComparison:
  Comparison comparison = Comparison::kEqual;
  std::optional<Decimal> number;
  std::string unit;  // "%" for 百分比 and %; "" when none; else as written
  // kDeadline:
  Deadline deadline;

  bool operator==(const TargetValue& o) const;
};

const char* TargetKindName(TargetKind kind);         // "comparison", "deadline", ...
std::optional<TargetKind> TargetKindFromName(const std::string& name);
const char* ComparisonSymbol(Comparison comparison);  // "≥", ...
std::optional<Comparison> ComparisonFromSymbol(const std::string& symbol);

}  // namespace gongkai
