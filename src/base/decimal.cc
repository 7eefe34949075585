#include "base/decimal.h"

#include <algorithm>
#include <cstdlib>

namespace gongkai {
namespace {

int64_t PowerOfTen(int exponent) {
  int64_t result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

// Twelve integer digits plus kMaxScale decimals still fit in int64_t.
constexpr int kMaxIntegerDigits = 12;

}  // namespace

Decimal Decimal::FromUnits(int64_t units, int scale) { return Decimal(units, scale); }

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  bool negative = false;
  size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  int64_t units = 0;
  int integer_digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    // Counted before multiplying: more digits would overflow int64_t.
    if (++integer_digits > kMaxIntegerDigits) return std::nullopt;
    units = units * 10 + (text[i] - '0');
    ++i;
  }
  if (integer_digits == 0 || integer_digits > kMaxIntegerDigits) return std::nullopt;
  int scale = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (++scale > kMaxScale) return std::nullopt;
      units = units * 10 + (text[i] - '0');
      ++i;
    }
    if (scale == 0 || scale > kMaxScale) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  return Decimal(negative ? -units : units, scale);
}

std::string Decimal::ToString() const {
  const int64_t magnitude = units_ < 0 ? -units_ : units_;
  std::string digits = std::to_string(magnitude);
  if (scale_ > 0) {
    if (static_cast<int>(digits.size()) <= scale_) {
      digits.insert(0, static_cast<size_t>(scale_ + 1 - static_cast<int>(digits.size())), '0');
    }
    digits.insert(digits.size() - static_cast<size_t>(scale_), ".");
  }
  if (units_ < 0) digits.insert(0, "-");
  return digits;
}

Decimal Decimal::WithScale(int scale) const {
  if (scale <= scale_) return *this;
  return Decimal(units_ * PowerOfTen(scale - scale_), scale);
}

// In unsigned arithmetic: a site whose sums would overflow is refused by
// validate/amount_range.h, but stages that run beside that error (the
// consistency warnings) must not meet undefined behaviour meanwhile.
Decimal Decimal::operator+(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  return Decimal(static_cast<int64_t>(static_cast<uint64_t>(WithScale(scale).units_) +
                                      static_cast<uint64_t>(other.WithScale(scale).units_)),
                 scale);
}

Decimal Decimal::operator-(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  return Decimal(static_cast<int64_t>(static_cast<uint64_t>(WithScale(scale).units_) -
                                      static_cast<uint64_t>(other.WithScale(scale).units_)),
                 scale);
}

int Decimal::Compare(const Decimal& other) const {
  const int scale = std::max(scale_, other.scale_);
  const int64_t a = WithScale(scale).units_;
  const int64_t b = other.WithScale(scale).units_;
  return a < b ? -1 : (a > b ? 1 : 0);
}

}  // namespace gongkai
