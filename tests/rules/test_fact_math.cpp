// fact_math: intervals and the order of as_of labels.
#include <catch2/catch.hpp>

#include <cmath>

#include "rules/fact_math.hpp"

using namespace solieu;

TEST_CASE("intervals overlap by the written precision", "[rules][math]") {
  CHECK(overlaps({2999.5, 3000.5}, {2999.5, 3000.5}, 0));
  CHECK_FALSE(overlaps({8.5, 9.5}, {9.5, 10.5}, 0));  // 9 and 10 are different figures
  CHECK(overlaps({3000, INFINITY}, {3208.5, 3209.5}, 0));
  CHECK_FALSE(overlaps({6650, 7350}, {7839.5, 7840.5}, 0));
  CHECK(overlaps({6650, 7350}, {7839.5, 7840.5}, 0.1));
  CHECK(overlaps({5, 5}, {5, 5}, 0));
  CHECK(above({9.5, 10.5}, {8.5, 9.5}, 0));
  CHECK_FALSE(above({8.5, 9.5}, {9.5, 10.5}, 0));
}

TEST_CASE("times order when they can", "[rules][math]") {
  CHECK(compare_times("2022", "2023-08-22") == TimeOrder::before);
  CHECK(compare_times("2023-08-22", "2022") == TimeOrder::after);
  CHECK(compare_times("2023", "2023-08-22") == TimeOrder::overlapping);
  CHECK(compare_times("2023-08", "2023-08-22") == TimeOrder::overlapping);
  CHECK(compare_times("2023-H1", "2023-Q4") == TimeOrder::before);
  CHECK(compare_times("2021-Q2", "2021-H1") == TimeOrder::overlapping);
  CHECK(compare_times("2030", "2030") == TimeOrder::same);
  CHECK(compare_times("", "2030") == TimeOrder::unknown);
  CHECK(compare_times("", "") == TimeOrder::unknown);
  CHECK(compare_times("2023-02-30", "2024") == TimeOrder::unknown);
  CHECK(time_year("2030") == 2030);
  CHECK(time_year("2023-08-22") == 2023);
  CHECK(time_year("") == 0);
  CHECK(is_whole_number({8.5, 9.5}));
  CHECK_FALSE(is_whole_number({9.45, 9.55}));
}

TEST_CASE("time_days reads every label shape and rejects the rest", "[rules][fact_math]") {
  using Days = std::optional<std::pair<long, long>>;
  CHECK(time_days("2023") == Days({20230101, 20231231}));
  CHECK(time_days("2024-02") == Days({20240201, 20240229}));
  CHECK(time_days("2023-02") == Days({20230201, 20230228}));
  CHECK(time_days("2023-08-22") == Days({20230822, 20230822}));
  CHECK(time_days("2023-Q3") == Days({20230701, 20230930}));
  CHECK(time_days("2023-H2") == Days({20230701, 20231231}));
  for (const char* bad : {"", "203", "2o23", "2023-", "2023-H3", "2023-Q5", "2023-13", "2023-00", "2023-1", "2023-08-2",
                          "2023-08-32", "2023-02-29", "2023/08/22", "2023-08-22x", "2023-8-22"})
    CHECK_FALSE(time_days(bad));
  CHECK(time_year("2030") == 2030);
  CHECK(time_year("n/a") == 0);
}
