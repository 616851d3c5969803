// calendar: ISO spellings of partial dates, validity, and the data file's errors.
#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "dates/calendar.hpp"
#include "dates/date_data.hpp"
#include "solieu/error.hpp"

using namespace solieu;
using namespace solieu::dates;

TEST_CASE("partial dates spell as ISO or year-less ISO", "[dates][calendar]") {
  CHECK(CalDate{2023, 8, 20}.iso() == "2023-08-20");
  CHECK(CalDate{2023, 8}.iso() == "2023-08");
  CHECK(CalDate{2023}.iso() == "2023");
  CHECK(CalDate{2021, 0, 0, 2}.iso() == "2021-Q2");
  CHECK(CalDate{2024, 0, 0, 0, 1}.iso() == "2024-H1");
  CHECK(CalDate{0, 8, 22}.iso() == "--08-22");
  CHECK(CalDate{0, 8}.iso() == "--08");
  CHECK(CalDate{0, 0, 0, 4}.iso() == "--Q4");
  CHECK(CalDate{}.iso().empty());
}

TEST_CASE("calendar validity", "[dates][calendar]") {
  CHECK(valid_day(2024, 2, 29));
  CHECK_FALSE(valid_day(2023, 2, 29));
  CHECK(valid_day(0, 2, 29));  // year unknown: it may be a leap year
  CHECK_FALSE(valid_day(2100, 2, 29));
  CHECK(valid_day(2000, 2, 29));
  CHECK_FALSE(valid_day(2023, 4, 31));
  CHECK_FALSE(valid_day(2023, 13, 1));
  CHECK(CalDate{2023, 0, 0, 3}.last_day() == std::make_tuple(2023, 9, 30));
  CHECK(CalDate{2024, 0, 0, 0, 1}.first_day() == std::make_tuple(2024, 1, 1));
  CHECK(parse_iso("2023-08-22")->day == 22);
  CHECK(parse_iso("2023")->month == 0);
  CHECK_FALSE(parse_iso("2023-02-30"));
  CHECK_FALSE(parse_iso("22/08/2023"));
  CHECK_FALSE(parse_iso(""));
}

TEST_CASE("a bad dates.json names its file", "[dates][data]") {
  auto dir = std::filesystem::temp_directory_path() / "solieu_dates_bad_data";
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "dates.json");
    out << "{\n  \"roman\": {\"i\": 1},\n  \"count_words\": [1, 2]\n}\n";
  }
  try {
    DateData::load(dir.string());
    FAIL("expected a DataError");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()).find("dates.json") != std::string::npos);
    CHECK(std::string(e.what()).find("count_words") != std::string::npos);
  }
  {
    std::ofstream out(dir / "dates.json");
    out << "{\n  \"roman\": {\"i\": 1,}\n";
  }
  CHECK_THROWS_AS(DateData::load(dir.string()), DataError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("ISO spellings match fmt's zero-padded formatting for any value", "[dates][calendar]") {
  // iso() pads by hand; fmt's "{:04d}"/"{:02d}" is the reference, odd values included.
  for (int y : {0, 1, 7, 99, 999, 1900, 2023, 2100, 12345, -5, -2023}) {
    for (int m : {0, 1, 9, 12, 13, 100, -1}) {
      for (int d : {0, 1, 22, 31, 123}) {
        CalDate c{y, m, d};
        std::string year = y ? fmt::format("{:04d}", y) : std::string("-");
        std::string want = m && d ? fmt::format("{}-{:02d}-{:02d}", year, m, d)
                           : m    ? fmt::format("{}-{:02d}", year, m)
                           : y    ? year
                                  : std::string();
        CHECK(c.iso() == want);
      }
    }
    for (int q : {1, 4, 12, -3})
      CHECK(CalDate{y, 0, 0, q}.iso() == fmt::format("{}-Q{}", y ? fmt::format("{:04d}", y) : "-", q));
    for (int h : {1, 2, 10})
      CHECK(CalDate{y, 0, 0, 0, h}.iso() == fmt::format("{}-H{}", y ? fmt::format("{:04d}", y) : "-", h));
  }
}
