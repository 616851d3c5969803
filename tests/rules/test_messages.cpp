// Messages: data/messages.json in English and Vietnamese, and the rule templates in both.
#include <catch2/catch.hpp>

#include "rules/fact_builder.hpp"
#include "rules/wording.hpp"
#include "solieu/error.hpp"
#include "solieu/rule.hpp"

using namespace solieu;

TEST_CASE("messages load in English and Vietnamese", "[rules][messages]") {
  const Messages en = Messages::load(SOLIEU_DATA_DIR, "en");
  const Messages vi = Messages::load(SOLIEU_DATA_DIR, "vi");
  CHECK(en.lang() == "en");
  CHECK(vi.lang() == "vi");
  CHECK(en.format("status.established", {}) == "established");
  CHECK(vi.format("status.established", {}) == "đã thành lập");
  CHECK(en.format("time.on", {{"time", "2023-08-22"}}) == "on 2023-08-22");
  CHECK(vi.format("time.on", {{"time", "2023-08-22"}}) == "ngày 2023-08-22");
  // A key only English has falls back to it.
  CHECK(vi.format("unit.ha", {{"n", "1967"}}) == "1967 ha");
  CHECK(en.format("no.such.key", {}) == "no.such.key");
  CHECK_THROWS_AS(Messages::load(SOLIEU_DATA_DIR, "fr"), DataError);
  CHECK_THROWS_AS(Messages::load("/nonexistent", "en"), DataError);
}

TEST_CASE("findings read in the report language", "[rules][messages]") {
  const RuleSet all = RuleSet::load(SOLIEU_RULES_DIR);
  RuleSet rules;
  rules.add(*all.find("target-agrees"));
  std::vector<Fact> facts = {
      test::make_fact("003#1", "Bắc Giang", "CCN", "count", "planned_target", 63, "zone", "2030"),
      test::make_fact("002#1", "Bắc Giang", "CCN", "count", "planned_target", 66, "zone", "2030")};
  auto en = rules.run(facts, Messages::load(SOLIEU_DATA_DIR, "en"));
  auto vi = rules.run(facts, Messages::load(SOLIEU_DATA_DIR, "vi"));
  REQUIRE(en.size() == 1);
  REQUIRE(vi.size() == 1);
  // Two facts, one each: neither is the odd one out, so canonical order (article 002 first) decides.
  CHECK(en[0].message == "planned number of industrial clusters (CCN) in Bắc Giang by 2030 disagrees: 66 vs 63");
  CHECK(vi[0].message ==
        "số lượng cụm công nghiệp (CCN) của Bắc Giang theo quy hoạch đến 2030 không thống nhất: 66 vs 63");
  CHECK(en[0].explanation.find("Bắc Giang · CCN · count · planned_target · 2030") != std::string::npos);
  CHECK(en[0].explanation.find("[62.5, 63.5]") != std::string::npos);
  CHECK(vi[0].explanation.find("cùng địa phương") != std::string::npos);
  CHECK(en[0].id == vi[0].id);  // the language changes the words, not the finding
}

TEST_CASE("format_number writes whole numbers as fmt's fixed notation did, into a reused buffer", "[rules][messages]") {
  CHECK(format_number(0) == "0");
  CHECK(format_number(-0.0) == "-0");
  CHECK(format_number(-42) == "-42");
  CHECK(format_number(999999999999999) == "999999999999999");
  CHECK(format_number(1e15) == "1000000000000000");  // past the integer path: fixed notation
  CHECK(format_number(15.1e15) == "15100000000000000");
  CHECK(format_number(0.125) == "0.125");
  CHECK(format_number(2.0000001) == "2");
  CHECK(format_number(1.0 / 0.0) == "∞");
  CHECK(format_number(-1.0 / 0.0) == "-∞");
  std::string buffer = "a longer text that was there before";
  format_number_into(buffer, 63);
  CHECK(buffer == "63");
  format_number_into(buffer, 75.6);
  CHECK(buffer == "75.6");
}

TEST_CASE("templates and numbers", "[rules][messages]") {
  CHECK(fill_template("{a} and {b} {c}", {{"a", "1"}, {"b", "2"}}) == "1 and 2 {c}");
  CHECK(template_placeholders("{a} {b} {a}") == std::vector<std::string>{"a", "b"});
  CHECK(format_number(1967) == "1967");
  CHECK(format_number(75.6) == "75.6");
  CHECK(format_number(1480000000) == "1480000000");
  CHECK(to_string(Severity::info) == std::string("info"));
  CHECK(to_string(Severity::warning) == std::string("warning"));
  CHECK(to_string(Severity::error) == std::string("error"));
}
