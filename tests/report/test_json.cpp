// The JSON fact sheet (src/report/json.cpp, record_json.cpp): key order, nulls, optional keys,
// findings only after check, determinism.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/sheet_fixture.hpp"
#include "solieu/report.hpp"

using namespace solieu;
using nlohmann::ordered_json;

namespace {

std::string render(const FactSheet& sheet, Format format = Format::json) {
  std::ostringstream out;
  write_report(out, sheet, format, ReportOptions{});
  return out.str();
}

std::vector<std::string> keys(const ordered_json& object) {
  std::vector<std::string> out;
  for (const auto& [key, value] : object.items()) out.push_back(key);
  return out;
}

}  // namespace

TEST_CASE("json: top-level keys in order, findings present after check", "[report][json]") {
  std::string text = render(test::sample_sheet(true));
  REQUIRE(text.back() == '\n');
  auto doc = ordered_json::parse(text);
  CHECK(keys(doc) ==
        std::vector<std::string>{"schema", "tool", "articles", "quantities", "facts", "findings", "errors"});
  CHECK(doc["schema"] == "solieu/factsheet-1");
  CHECK(doc["tool"]["name"] == "solieu");
  CHECK(doc["tool"]["version"] == "0.1.0");
  CHECK(doc["findings"].size() == 2);

  auto unchecked = ordered_json::parse(render(test::sample_sheet(false)));
  CHECK_FALSE(unchecked.contains("findings"));
  FactSheet empty;
  empty.checked = true;
  auto nothing_found = ordered_json::parse(render(empty));
  CHECK(nothing_found["findings"] == ordered_json::array());  // checked and clean: written, empty
}

TEST_CASE("json: numbers expanded and written without .0 or exponent", "[report][json]") {
  std::string text = render(test::sample_sheet());
  CHECK(text.find("\"value\": 1967,") != std::string::npos);
  CHECK(text.find("\"value\": 75.6,") != std::string::npos);
  CHECK(text.find("\"value\": 1480000000,") != std::string::npos);
  CHECK(text.find("\"value\": 31100000000000,") != std::string::npos);
  CHECK(text.find("\"interval\": [1966.5, 1967.5]") != std::string::npos);
  CHECK(text.find("\"interval\": [75.55, 75.65]") != std::string::npos);
  CHECK(text.find("\"interval\": [6000, null]") != std::string::npos);  // "hơn 6.000 ha": open above
  CHECK(text.find(".0,") == std::string::npos);
  CHECK(text.find("e+") == std::string::npos);
}

TEST_CASE("json: articles and facts carry the documented keys, nulls and optional keys", "[report][json]") {
  auto doc = ordered_json::parse(render(test::sample_sheet()));
  const auto& a = doc["articles"][0];
  CHECK(keys(a) == std::vector<std::string>{"id", "path", "date", "date_source", "bytes", "encoding", "title", "meta"});
  CHECK(a["date_source"] == "front_matter");
  CHECK(a["title"] == "Bắc Giang thu hút \"đầu tư\" \\ FDI");
  CHECK(a["meta"]["author"] == "Minh\tChâu");
  CHECK(doc["articles"][1]["date_source"] == "text");
  CHECK_FALSE(doc["articles"][1].contains("title"));

  const auto& f = doc["facts"][0];
  CHECK(keys(f) == std::vector<std::string>{"id", "article", "place", "subject", "zone", "metric", "status", "value",
                                            "unit", "approx", "interval", "as_of", "time_source", "text", "sentence",
                                            "line", "column", "start", "end"});
  CHECK(f["id"] == "002_bac_giang#1");
  CHECK(f["zone"].is_null());
  CHECK(f["approx"].is_null());
  CHECK(f["as_of"] == "2023-08-22");
  CHECK(f["time_source"] == "article_date");
  CHECK(f["line"] == 5);
  CHECK(f["column"] == 14);  // "Hiện tỉnh có " is 13 code points (17 bytes)
  std::string source = test::kArticleA;
  CHECK(source.substr(f["start"].get<size_t>(), f["end"].get<size_t>() - f["start"].get<size_t>()) == "9 KCN");

  const auto& pct = doc["facts"][2];
  CHECK(pct["status"].is_null());
  CHECK(pct["as_of"].is_null());
  CHECK(pct["time_source"] == "none");
  const auto& target = doc["facts"][3];
  CHECK(target["listed"] == ordered_json::array({"KCN Quang Châu", "KCN Vân Trung"}));
  CHECK(doc["facts"][4]["approx"] == "over");
  CHECK(doc["quantities"][6]["approx"] == "over");
  CHECK_FALSE(doc["quantities"][0].contains("kind"));
  CHECK_FALSE(doc["quantities"][0].contains("malformed"));

  const auto& finding = doc["findings"][0];
  CHECK(keys(finding) ==
        std::vector<std::string>{"id", "rule", "severity", "verdict", "facts", "message", "explanation", "notes"});
  CHECK(finding["severity"] == "error");
  CHECK(doc["findings"][1]["severity"] == "info");
  CHECK(doc["errors"][0]["path"] == "data/articles/bad\x01\".txt");
}

TEST_CASE("json: ratios, malformed figures, periods and parts keep their optional keys", "[report][json]") {
  FactSheet sheet = test::sample_sheet(false);
  QuantityRecord& q = sheet.quantities[0];
  q.quantity.kind = QuantityKind::ratio;
  q.quantity.whole = 55;
  q.quantity.malformed = true;
  q.quantity.problem = "stacked magnitude words";
  Fact& f = sheet.facts[1];
  f.whole = 55;
  f.qualifier = "FDI";
  f.period_from = "2023-01";
  f.part_of = "002_bac_giang#1";
  f.malformed = true;
  f.problem = "stacked magnitude words";
  auto doc = ordered_json::parse(render(sheet));
  const auto& jq = doc["quantities"][0];
  CHECK(jq["kind"] == "ratio");
  CHECK(jq["whole"] == 55);
  CHECK(jq["malformed"] == true);
  CHECK(jq["problem"] == "stacked magnitude words");
  const auto& jf = doc["facts"][1];
  CHECK(keys(jf) == std::vector<std::string>{"id",     "article",     "place",       "subject",   "zone",
                                             "metric", "status",      "qualifier",   "value",     "unit",
                                             "approx", "interval",    "whole",       "malformed", "problem",
                                             "as_of",  "period_from", "time_source", "text",      "sentence",
                                             "line",   "column",      "start",       "end",       "part_of"});
}

TEST_CASE("json: control characters, quotes and backslashes in article text are escaped", "[report][json]") {
  FactSheet sheet = test::sample_sheet(false);
  sheet.facts[0].sentence = "Tab\there, \"quoted\", back\\slash, bell\x07, Việt";
  std::string text = render(sheet);
  CHECK(text.find(R"("sentence": "Tab\there, \"quoted\", back\\slash, bell\u0007, Việt")") != std::string::npos);
  CHECK(text.find(R"("path": "data/articles/bad\u0001\".txt")") != std::string::npos);
  CHECK(ordered_json::parse(text)["facts"][0]["sentence"] == sheet.facts[0].sentence);
}

TEST_CASE("json: the same sheet gives the same bytes", "[report][json][determinism]") {
  for (Format format : {Format::json, Format::jsonl, Format::text, Format::sarif}) {
    std::string first = render(test::sample_sheet(), format);
    std::string second = render(test::sample_sheet(), format);
    CHECK(first == second);
    CHECK_FALSE(first.empty());
  }
}
