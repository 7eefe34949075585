#include "model/target_value.h"

namespace gongkai {

bool TargetValue::operator==(const TargetValue& o) const {
  return text == o.text && kind == o.kind && comparison == o.comparison && number == o.number &&
         unit == o.unit && deadline == o.deadline;
}

namespace {
struct KindName {
  TargetKind kind;
  const char* name;
};
constexpr KindName kKindNames[] = {
    {TargetKind::kComparison, "comparison"}, {TargetKind::kDeadline, "deadline"},
    {TargetKind::kQualitative, "qualitative"}, {TargetKind::kPlaceholder, "placeholder"},
    {TargetKind::kWithheld, "withheld"},
};
struct ComparisonName {
  Comparison comparison;
  const char* symbol;
};
constexpr ComparisonName kComparisonSymbols[] = {
    {Comparison::kEqual, "="},   {Comparison::kAtLeast, "≥"}, {Comparison::kAtMost, "≤"},
    {Comparison::kGreater, ">"}, {Comparison::kLess, "<"},
};
}  // namespace

const char* TargetKindName(TargetKind kind) {
  for (const auto& k : kKindNames) {
    if (k.kind == kind) return k.name;
  }
  return "placeholder";
}

std::optional<TargetKind> TargetKindFromName(const std::string& name) {
  for (const auto& k : kKindNames) {
    if (name == k.name) return k.kind;
  }
  return std::nullopt;
}

const char* ComparisonSymbol(Comparison comparison) {
  for (const auto& c : kComparisonSymbols) {
    if (c.comparison == comparison) return c.symbol;
  }
  return "=";
}

std::optional<Comparison> ComparisonFromSymbol(const std::string& symbol) {
  for (const auto& c : kComparisonSymbols) {
    if (symbol == c.symbol) return c.comparison;
  }
  return std::nullopt;
}

}  // namespace gongkai
