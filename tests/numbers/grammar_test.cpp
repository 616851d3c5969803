// grammar_test: behaviours the corpus rows do not show on their own: several quantities in one
// sentence, spans, ranges, intervals, and a bad data folder.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "numbers/figure.hpp"
#include "numbers/pipeline.hpp"
#include "solieu/error.hpp"

using namespace solieu;
using namespace solieu::test;

TEST_CASE("figure: separators and identifiers", "[figure]") {
  using numbers::parse_figure;
  CHECK(parse_figure("1.460")->value == 1460);
  CHECK(parse_figure("311.986,8")->decimals == 1);
  CHECK(parse_figure("1,10")->decimals == 2);
  CHECK(parse_figure("1,234.5")->value == 1234.5);
  CHECK_FALSE(parse_figure("0204"));
  CHECK_FALSE(parse_figure("0204.3854"));
  CHECK_FALSE(parse_figure("1.2.3"));
  CHECK_FALSE(parse_figure("1460.000"));
  CHECK(parse_figure("0,5")->value == 0.5);
}

TEST_CASE("several quantities in one sentence keep their order and spans", "[grammar]") {
  Read r = read_phrase("Hiện tỉnh có 9 KCN được thành lập với tổng diện tích 1.967 ha, tỷ lệ lấp đầy đạt 75,6%.");
  REQUIRE(r.quantities.size() == 3);
  CHECK(r.span_text(r.quantities[0]) == "9 KCN");
  CHECK(r.span_text(r.quantities[1]) == "1.967 ha");
  CHECK(r.span_text(r.quantities[2]) == "75,6%");
  CHECK(r.quantities[1].low == 1966.5);
  CHECK(r.quantities[1].high == 1967.5);
  const Quantity& q = r.quantities[1];
  CHECK(r.text.text.substr(q.number_span.start, q.number_span.end - q.number_span.start) == "1.967");
}

TEST_CASE("the qualifier is part of the span, and the figure span is not", "[grammar]") {
  Read r = read_phrase("thu hút hơn 1,48 tỷ USD");
  REQUIRE(r.quantities.size() == 1);
  const Quantity& q = r.quantities[0];
  CHECK(r.span_text(q) == "hơn 1,48 tỷ USD");
  CHECK(r.text.text.substr(q.number_span.start, q.number_span.end - q.number_span.start) == "1,48 tỷ");
  CHECK(q.approx == solieu::Approx::over);
  CHECK(q.scale == 1e9);
  CHECK(q.decimals == 2);
}

TEST_CASE("a range is one quantity: its midpoint, about, end to end", "[grammar]") {
  Read r = read_phrase("diện tích từ 5 đến 7 ha");
  REQUIRE(r.quantities.size() == 1);
  CHECK(r.quantities[0].value == 6);
  CHECK(r.quantities[0].unit == "ha");
  CHECK(r.quantities[0].approx == solieu::Approx::about);
  CHECK(r.quantities[0].low == 4.5);
  CHECK(r.quantities[0].high == 7.5);
  Read money = read_phrase("từ 5 đến 7 tỷ đồng");
  REQUIRE(money.quantities.size() == 1);
  CHECK(money.quantities[0].value == 6e9);
  CHECK(money.quantities[0].unit == "VND");
  // "hoặc" and "và" share the unit but keep two figures.
  Read either = read_phrase("3 hoặc 4 khu công nghiệp");
  REQUIRE(either.quantities.size() == 2);
  CHECK(either.quantities[0].unit == "zone");
}

TEST_CASE("counts are exact, measures are rounded, qualifiers widen", "[interval]") {
  Quantity q;
  q.value = 1460;
  set_interval(q);
  CHECK(q.low == 1459.5);
  CHECK(q.high == 1460.5);
  q.value = 1.48e9;
  q.decimals = 2;
  q.scale = 1e9;
  set_interval(q);
  CHECK(q.low == Catch::Detail::Approx(1.475e9));
  CHECK(q.high == Catch::Detail::Approx(1.485e9));
  Quantity zones;
  zones.value = 9;
  zones.exact = true;
  set_interval(zones);
  CHECK(zones.low == 9);
  CHECK(zones.high == 9);
  Quantity about;
  about.value = 1000;
  about.approx = solieu::Approx::about;
  set_interval(about, {0.9, 1.1});
  CHECK(about.low == 900);
  CHECK(about.high == Catch::Detail::Approx(1100));
  CHECK(std::string(to_string(solieu::Approx::estimate)) == "estimate");
  CHECK(std::string(to_string(solieu::Approx::none)).empty());
}

TEST_CASE("a malformed stack says why", "[grammar]") {
  Read r = read_phrase("ước đạt 15,1 tỷ triệu USD");
  REQUIRE(r.quantities.size() == 1);
  CHECK(r.quantities[0].malformed);
  CHECK(r.quantities[0].problem.find("tỷ triệu") != std::string::npos);
}

TEST_CASE("a bad data file names itself", "[data]") {
  auto dir = std::filesystem::temp_directory_path() / "solieu_numbers_bad_data";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(std::string(SOLIEU_DATA_DIR) + "/units.json", dir / "units.json",
                             std::filesystem::copy_options::overwrite_existing);
  { std::ofstream(dir / "numbers.json") << "{\n  \"digits\": {\"một\": 1,}\n}\n"; }
  CHECK_THROWS_WITH(NumberGrammar::load(dir.string()), Catch::Contains("numbers.json:2"));
  { std::ofstream(dir / "numbers.json") << "{\"digits\": {}}\n"; }
  CHECK_THROWS_AS(NumberGrammar::load(dir.string()), DataError);
  std::filesystem::remove_all(dir);
}
