// JSON Lines (src/report/jsonl.cpp): one record per line, "type" first, in type order.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/sheet_fixture.hpp"
#include "solieu/report.hpp"

using namespace solieu;
using nlohmann::ordered_json;

namespace {

std::vector<ordered_json> lines_of(const FactSheet& sheet) {
  std::ostringstream out;
  write_report(out, sheet, Format::jsonl, ReportOptions{});
  std::string text = out.str();
  REQUIRE(!text.empty());
  REQUIRE(text.back() == '\n');
  std::vector<ordered_json> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(ordered_json::parse(line));
  return lines;
}

}  // namespace

TEST_CASE("jsonl: a line per record, type first, in type order", "[report][jsonl]") {
  FactSheet sheet = test::sample_sheet(true);
  auto lines = lines_of(sheet);
  REQUIRE(lines.size() == 2 + 7 + 5 + 2 + 1);
  std::vector<std::string> types;
  for (const auto& line : lines) {
    CHECK(line.begin().key() == "type");
    types.push_back(line["type"]);
  }
  std::vector<std::string> expected;
  for (auto [type, n] : std::vector<std::pair<std::string, int>>{
           {"article", 2}, {"quantity", 7}, {"fact", 5}, {"finding", 2}, {"error", 1}})
    for (int i = 0; i < n; ++i) expected.push_back(type);
  CHECK(types == expected);
  // The same fields as the JSON document's records.
  CHECK(lines[9]["id"] == "002_bac_giang#1");
  CHECK(lines[9]["value"] == 9);
  CHECK(lines[5]["value"] == 1480000000);
  CHECK(lines[14]["rule"] == "status-agrees");
}

TEST_CASE("jsonl: no finding lines before check", "[report][jsonl]") {
  auto lines = lines_of(test::sample_sheet(false));
  CHECK(lines.size() == 2 + 7 + 5 + 1);
  for (const auto& line : lines) CHECK(line["type"] != "finding");
}
