// Rule files: the default set loads, and every kind of mistake in a rule file is refused with
// file:line:col, the rule id and the field, so a user goes straight to it.
#include <catch2/catch.hpp>

#include "rules/load.hpp"
#include "solieu/error.hpp"
#include "solieu/rule.hpp"

using namespace solieu;

namespace {

const char* kGood = R"({
  // a comment is fine
  "id": "x",
  "description": "d",
  "kind": "agree",
  "severity": "error",
  "message": "{place} {values}",
  "example": "e",
  "select": {"status": ["planned_target"]}
})";

std::string error_of(const std::string& text, const std::string& path = "rules/x.json") {
  try {
    load_rule_text(text, path);
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the default rules load, each with a description and an example", "[rules][load]") {
  const RuleSet rules = RuleSet::load(SOLIEU_RULES_DIR);
  REQUIRE(rules.rules().size() == 11);
  for (const char* id :
       {"target-agrees", "status-agrees", "values-explained", "established-timeline", "part-within-whole", "parts-sum",
        "plan-adds-up", "percent-range", "count-range", "list-matches-count", "magnitude-readable"}) {
    const Rule* r = rules.find(id);
    INFO(id);
    REQUIRE(r);
    CHECK(r->spec.description.size() > 40);
    CHECK(r->spec.example.size() > 40);
    CHECK(!r->spec.message_vi.empty());
    CHECK(r->spec.file.find(std::string(id) + ".json") != std::string::npos);
  }
  CHECK(rules.find("no-such-rule") == nullptr);
  CHECK(rules.find("target-agrees")->spec.severity == Severity::error);
  CHECK(rules.find("values-explained")->spec.severity == Severity::info);
}

TEST_CASE("a well-formed rule loads", "[rules][load]") {
  Rule r = load_rule_text(kGood, "rules/x.json");
  CHECK(r.spec.id == "x");
  CHECK(r.spec.kind == "agree");
  CHECK(r.spec.select.status == std::vector<std::string>{"planned_target"});
  CHECK(r.check != nullptr);
}

TEST_CASE("malformed rules are refused with file:line:col", "[rules][load]") {
  SECTION("bad JSON") {
    std::string e = error_of(replace(kGood, "\"d\",", "\"d\""));
    CHECK_THAT(e, Catch::StartsWith("rules/x.json:5:"));
  }
  SECTION("unknown kind") {
    std::string e = error_of(replace(kGood, "\"agree\"", "\"agreee\""));
    CHECK(e.rfind("rules/x.json:5:3: rule x: field \"kind\": unknown kind \"agreee\"", 0) == 0);
  }
  SECTION("missing field") {
    std::string e = error_of(replace(kGood, "\"example\": \"e\",", ""));
    CHECK(e.rfind("rules/x.json:1:1: rule x: field \"example\": missing", 0) == 0);
  }
  SECTION("wrong type") {
    std::string e = error_of(replace(kGood, "\"description\": \"d\"", "\"description\": 3"));
    CHECK(e == "rules/x.json:4:3: rule x: field \"description\": expected a string, got a number");
  }
  SECTION("unknown field") {
    std::string e = error_of(replace(kGood, "\"example\": \"e\",", "\"example\": \"e\", \"kindd\": 1,"));
    CHECK(e == "rules/x.json:8:19: rule x: field \"kindd\": unknown field");
  }
  SECTION("unknown placeholder") {
    std::string e = error_of(replace(kGood, "{values}", "{valeus}"));
    CHECK(e.rfind("rules/x.json:7:3: rule x: field \"message\": unknown placeholder {valeus}", 0) == 0);
  }
  SECTION("a placeholder of another kind") {
    std::string e = error_of(replace(kGood, "{values}", "{earlier}"));
    CHECK(e.find("unknown placeholder {earlier}") != std::string::npos);
  }
  SECTION("bad severity") {
    std::string e = error_of(replace(kGood, "\"error\"", "\"fatal\""));
    CHECK(e.rfind("rules/x.json:6:3: rule x: field \"severity\": expected one of \"error\", \"warning\", \"info\"",
                  0) == 0);
  }
  SECTION("id differs from the file name") {
    std::string e = error_of(kGood, "rules/y.json");
    CHECK(e.find("field \"id\": expected \"y\"") != std::string::npos);
  }
  SECTION("unknown selector field") {
    std::string e = error_of(replace(kGood, "\"status\": [", "\"statuss\": ["));
    CHECK(e.rfind("rules/x.json:9:14: rule x: field \"select.statuss\": unknown field", 0) == 0);
  }
  SECTION("a kind's own parameter of the wrong type") {
    std::string e = error_of(replace(kGood, "\"example\": \"e\",", "\"example\": \"e\",\n  \"tolerance\": \"5%\","));
    CHECK(e == "rules/x.json:9:3: rule x: field \"tolerance\": expected a number, got a string");
  }
  SECTION("a kind's own required parameter") {
    std::string e = error_of(replace(replace(kGood, "\"agree\"", "\"timeline\""), "{values}", "{later}"));
    CHECK(e.find("field \"statuses\": missing") != std::string::npos);
  }
  SECTION("a range without bounds") {
    std::string e = error_of(replace(replace(kGood, "\"agree\"", "\"range\""), "{values}", "{min}"));
    CHECK(e.find("field \"bounds\": missing") != std::string::npos);
  }
  SECTION("not an object") { CHECK(error_of("[1, 2]").rfind("rules/x.json:1:1:", 0) == 0); }
}

TEST_CASE("RuleSet::load names the file of a broken rule", "[rules][load]") {
  CHECK_THROWS_AS(RuleSet::load("/nonexistent/rules"), DataError);
}

TEST_CASE("selectors match on every field, and places by canonical key", "[rules][load]") {
  Selector s;
  Fact f;
  f.place = "Hoà Bình";
  f.subject = "KCN";
  f.metric = "count";
  f.status = "established";
  f.unit = "zone";
  CHECK(s.matches(f));
  s.place = {"Hòa Bình"};
  CHECK(s.matches(f));
  s.subject = {"CCN"};
  CHECK_FALSE(s.matches(f));
  s.subject = {"KCN", "CCN"};
  s.status = {"planned_target"};
  CHECK_FALSE(s.matches(f));
}
