// Decimal: an exact amount of money (or a percentage) as published.
//
// Budgets are published in 万元 with 2 or 4 decimals, and in 元 with 2, so
// every amount is an exact count of a small unit. A Decimal is an integer
// count of 10^-scale plus that scale: "16.80" is (1680, 2) and prints back as
// "16.80", never as "16.8". Arithmetic aligns scales and never rounds, so sums
// in consistency checks are exact. No floating point anywhere.
//
// REQUIRES: |value| < 10^12 and scale <= kMaxScale (Parse refuses more).
// Sums are not checked here: validate/amount_range.h refuses a site whose
// amounts could add up past int64_t, before any stage adds them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

class Decimal {
 public:
  static constexpr int kMaxScale = 6;  // 元 amounts with 分, converted to 万元

  Decimal() = default;
  static Decimal FromUnits(int64_t units, int scale);

  // Reads "-12.3400", "0", "20.32". No exponent, no thousands separators,
  // no spaces: the importer normalises those before it gets here.
  static std::optional<Decimal> Parse(std::string_view text);

  // The digits as published: the scale is kept ("16.80").
  std::string ToString() const;

  int scale() const { return scale_; }
  int64_t units() const { return units_; }
  bool IsZero() const { return units_ == 0; }
  bool IsNegative() const { return units_ < 0; }

  // Exact: the result has the larger of the two scales.
  Decimal operator+(const Decimal& other) const;
  Decimal operator-(const Decimal& other) const;
  Decimal& operator+=(const Decimal& other) { return *this = *this + other; }

  // Compares values, not spellings: "1.0" == "1.00".
  int Compare(const Decimal& other) const;
  bool operator==(const Decimal& o) const { return Compare(o) == 0; }
  bool operator!=(const Decimal& o) const { return Compare(o) != 0; }
  bool operator<(const Decimal& o) const { return Compare(o) < 0; }
  bool operator<=(const Decimal& o) const { return Compare(o) <= 0; }
  bool operator>(const Decimal& o) const { return Compare(o) > 0; }

  // The same value at a larger scale (REQUIRES: scale >= this->scale()).
  Decimal WithScale(int scale) const;

 private:
  Decimal(int64_t units, int scale) : units_(units), scale_(scale) {}
  int64_t units_ = 0;
  int scale_ = 0;
};

}  // namespace gongkai
