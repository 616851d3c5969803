// Regressions found by fuzzing (.ci/fuzz), each named after what broke.
#include <catch2/catch.hpp>

#include "numbers/pipeline.hpp"

using namespace solieu;

// fuzz_numbers, 2026-11-23: rounding an interval's bounds to the decimals the figure was written
// with ("311.986," followed by junk) could put the bound past the value itself.
TEST_CASE("regression: interval rounding never leaves the value outside", "[numbers][regression]") {
  std::ifstream in(std::string(SOLIEU_SOURCE_DIR) + "/tests/fuzz/corpus/numbers/regression-interval-rounding",
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  test::Read r = test::read_phrase(bytes.str());
  REQUIRE_FALSE(r.quantities.empty());
  for (const auto& q : r.quantities) {
    CHECK(q.low <= q.value);
    CHECK(q.value <= q.high);
  }
  for (const char* phrase : {"75,6%", "311.986,8 tỷ đồng", "khoảng 0,333 ha", "hơn 1,48 tỷ USD", "gần 9,59 tỷ USD"}) {
    for (const auto& q : test::read_phrase(phrase).quantities) {
      CHECK(q.low <= q.value);
      CHECK(q.value <= q.high);
    }
  }
}
