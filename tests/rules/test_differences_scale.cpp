// differences at scale: a group of thousands of figures gives one finding whose lists are
// bounded (the first max_facts facts, the first max_items items of each list, then how many
// more), the same finding whatever order the facts come in. Speed is bench/gen_facts' business;
// this checks only what the output says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <regex>
#include <string>

#include "rules/fact_builder.hpp"
#include "solieu/rule.hpp"

using namespace solieu;

namespace {

// One province's established KCN counts from `articles` articles: a timeline over many dates,
// with figures that repeat, a few that differ, and some undated.
std::vector<Fact> big_group(int articles) {
  std::vector<Fact> facts;
  for (int a = 0; a < articles; ++a) {
    const std::string id = "a" + std::to_string(100000 + a) + "#1";
    const int year = 2015 + a % 10, month = 1 + a % 12, day = 1 + a % 28;
    std::string as_of = std::to_string(year);
    if (a % 3 == 1) as_of += "-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
    if (a % 3 == 2)
      as_of += "-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" + (day < 10 ? "0" : "") +
               std::to_string(day);
    if (a % 97 == 0) as_of.clear();
    facts.push_back(test::make_fact(id, "Bắc Giang", "KCN", "count", "established", 5 + (a * 7) % 40, "zone", as_of));
  }
  return facts;
}

std::string describe(const Finding& f) {
  std::string s = f.id + " " + f.rule + " " + f.verdict + "\n" + f.message + "\n" + f.explanation + "\n";
  for (const auto& id : f.facts) s += id + " ";
  for (const auto& n : f.notes) s += "\n" + n;
  return s;
}

}  // namespace

TEST_CASE("a huge group gives one bounded finding, the same in any input order", "[rules][differences]") {
  const RuleSet all = RuleSet::load(SOLIEU_RULES_DIR);
  const Messages messages = Messages::load(SOLIEU_DATA_DIR, "en");
  RuleSet rules;
  rules.add(*all.find("values-explained"));

  std::vector<Fact> facts = big_group(3000);
  const std::vector<Finding> found = rules.run(facts, messages);
  REQUIRE(found.size() == 1);
  const Finding& f = found.front();
  CHECK(f.verdict == "unverifiable");  // some figures have no date
  CHECK(f.facts.size() == 200);        // max_facts
  CHECK(f.notes.size() + 1 == f.facts.size());
  CHECK(f.explanation.find("more figures of the group are not listed") != std::string::npos);
  CHECK(std::regex_search(f.explanation, std::regex("and [0-9]+ more")));  // a status line of hundreds of dates
  CHECK(f.message.find("more") == std::string::npos);                      // its 40 values all fit
  // The odd one out is the first undated figure in canonical order.
  CHECK(f.facts.front() == "a100000#1");
  // Bounded text: nowhere near one item per figure.
  CHECK(f.explanation.size() < 20000);

  std::mt19937 rng(7);
  std::shuffle(facts.begin(), facts.end(), rng);
  const std::vector<Finding> again = rules.run(facts, messages);
  REQUIRE(again.size() == 1);
  CHECK(describe(again.front()) == describe(f));
}

TEST_CASE("a small group is not cut", "[rules][differences]") {
  const RuleSet all = RuleSet::load(SOLIEU_RULES_DIR);
  const Messages messages = Messages::load(SOLIEU_DATA_DIR, "en");
  RuleSet rules;
  rules.add(*all.find("values-explained"));
  const std::vector<Fact> facts = big_group(60);
  const std::vector<Finding> found = rules.run(facts, messages);
  REQUIRE(found.size() == 1);
  CHECK(found.front().facts.size() == 60);
  CHECK(found.front().explanation.find("not listed") == std::string::npos);
}
