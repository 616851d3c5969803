// extract --format text (src/report/text_table.cpp): per-article headers and aligned fact rows.
#include <catch2/catch.hpp>
#include <sstream>

#include "report/display.hpp"
#include "report/sheet_fixture.hpp"
#include "solieu/report.hpp"

using namespace solieu;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("text table: headers, rows and aligned columns", "[report][text]") {
  ReportOptions options;
  std::ostringstream out;
  write_report(out, test::sample_sheet(false), Format::text, options);
  auto lines = lines_of(out.str());
  INFO(out.str());
  REQUIRE(lines.size() > 10);
  CHECK(lines[0] == "data/articles/002_bac_giang.txt  ·  2023-08-22 (front_matter)");
  CHECK(lines[1] == "  Bắc Giang thu hút \"đầu tư\" \\ FDI");
  CHECK(lines[2].rfind("  line:col  place ", 0) == 0);
  CHECK(lines[3].rfind("  5:14      Bắc Giang  KCN      count", 0) == 0);
  // Every column starts at the same display column on every row of a table.
  size_t title_value = report::display_width(lines[2].substr(0, lines[2].find("value")));
  for (int row = 3; row <= 5; ++row) {
    INFO(lines[row]);
    std::string prefix = lines[row].substr(0, lines[row].find(row == 5 ? "75.6 %" : row == 4 ? "1,967 ha" : "9 zone"));
    CHECK(static_cast<size_t>(report::display_width(prefix)) == title_value);
  }
  CHECK(lines[4].find("\"… với tổng diện tích 1.967 ha, tỷ lệ lấp đầy đạt 75,6%.\"") != std::string::npos);
  std::string text = out.str();
  CHECK(text.find("data/articles/004_plan.txt  ·  2021-07-22 (text)") != std::string::npos);
  CHECK(text.find("over 6,000 ha") != std::string::npos);
  CHECK(text.find("data/articles/bad\x01\".txt: error: invalid UTF-8 at byte 1234") != std::string::npos);
  CHECK(lines.back() == "2 articles, 7 quantities, 5 facts, 1 unreadable inputs");
}

TEST_CASE("text table: Vietnamese number marks with --lang vi", "[report][text]") {
  ReportOptions options;
  options.lang = "vi";
  std::ostringstream out;
  write_report(out, test::sample_sheet(false), Format::text, options);
  CHECK(out.str().find("1.967 ha") != std::string::npos);
  CHECK(out.str().find("75,6 %") != std::string::npos);
  CHECK(out.str().find("over 6.000 ha") != std::string::npos);
}
