#include "base/decimal.h"

#include <catch2/catch.hpp>

using gongkai::Decimal;

TEST_CASE("Decimal keeps the published digits", "[decimal]") {
  CHECK(Decimal::Parse("16.80")->ToString() == "16.80");
  CHECK(Decimal::Parse("418.6860")->ToString() == "418.6860");
  CHECK(Decimal::Parse("0")->ToString() == "0");
  CHECK(Decimal::Parse("-0.05")->ToString() == "-0.05");
  CHECK(Decimal::Parse("0.0001")->ToString() == "0.0001");
  CHECK(Decimal::Parse("87267272.44")->ToString() == "87267272.44");
}

TEST_CASE("Decimal refuses what is not a plain decimal", "[decimal]") {
  for (const char* text : {"", "-", ".5", "5.", "1e3", "1,234.5", " 1", "1 ", "12.3456789", "１２", "0x10",
                           "1234567890123"}) {
    INFO(text);
    CHECK_FALSE(Decimal::Parse(text).has_value());
  }
}

TEST_CASE("Decimal arithmetic is exact where floating point is not", "[decimal]") {
  // 0.1 + 0.2 != 0.3 in binary floating point.
  CHECK(*Decimal::Parse("0.1") + *Decimal::Parse("0.2") == *Decimal::Parse("0.3"));
  // 003's 收支总表: 1240.26 + 0.88 = 1241.14
  CHECK((*Decimal::Parse("1240.26") + *Decimal::Parse("0.88")).ToString() == "1241.14");
  // Mixed precision keeps the finer scale.
  CHECK((*Decimal::Parse("20.32") + *Decimal::Parse("418.6860")).ToString() == "439.0060");
  CHECK((*Decimal::Parse("1.00") - *Decimal::Parse("1.5")).ToString() == "-0.50");
  // A million additions of 0.01 are exactly 10000.00.
  Decimal total = Decimal::FromUnits(0, 2);
  const Decimal cent = *Decimal::Parse("0.01");
  for (int i = 0; i < 1000000; ++i) total += cent;
  CHECK(total.ToString() == "10000.00");
}

TEST_CASE("Decimal compares values, not spellings", "[decimal]") {
  CHECK(*Decimal::Parse("1.0") == *Decimal::Parse("1.00"));
  CHECK(*Decimal::Parse("0.9") < *Decimal::Parse("1"));
  CHECK(*Decimal::Parse("-2") < *Decimal::Parse("-1.99"));
  CHECK(Decimal::Parse("100.00")->Compare(*Decimal::Parse("100")) == 0);
}
