// timeline over large groups whose counts fall by exactly one: "10" then "9" touch at 9.5, the
// tie the half-open reading settles. The sweep must name, for every later figure, the earlier
// figure the pairwise definition (written out here) names, with ranges, points and repeated
// values; and a group of tens of thousands of such ties must not take quadratic time.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <map>
#include <random>
#include <set>
#include <string>

#include "rules/fact_builder.hpp"
#include "rules/fact_math.hpp"
#include "solieu/rule.hpp"

using namespace solieu;

namespace {

// Distinct, increasing dates, one per k.
std::string date_of(int k) { return fmt::format("{}-{:02d}-{:02d}", 1900 + k / 336, (k / 28) % 12 + 1, k % 28 + 1); }

std::vector<Finding> run_timeline(const std::vector<Fact>& facts) {
  const RuleSet all = RuleSet::load(SOLIEU_RULES_DIR);
  RuleSet rules;
  rules.add(*all.find("established-timeline"));
  return rules.run(facts, Messages::load(SOLIEU_DATA_DIR, "en"));
}

}  // namespace

TEST_CASE("timeline ties: the sweep names the earlier figure the definition names", "[rules][timeline]") {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    std::mt19937 rng(seed);
    std::vector<Fact> facts;
    for (int k = 0; k < 600; ++k) {
      // Articles are numbered in canonical order; some share a date, some give only the year.
      const int day = static_cast<int>(rng() % 200);
      const std::string as_of = rng() % 8 == 0 ? std::to_string(1900 + day / 336) : date_of(day);
      const double value = 8 + static_cast<double>(rng() % 4);
      Fact f = test::make_fact(fmt::format("a{:05d}#1", k), "Bắc Giang", "KCN", "count", "established", value, "zone",
                               as_of);
      if (rng() % 6 == 0) f.low = f.high = value + 0.5;  // a point on a shared end
      facts.push_back(f);
    }
    std::map<std::string, std::string> found;  // later -> earlier
    std::set<std::string> earlier_ones;
    std::map<std::string, double> low_of;
    for (const Fact& fact : facts) low_of[fact.id] = interval_of(fact).low;
    for (const Finding& f : run_timeline(facts)) {
      for (size_t k = 2; k < f.facts.size(); ++k) CHECK(low_of[f.facts[0]] <= low_of[f.facts[k]]);
      // The lowest later figure, the earlier one, then the other later ones below it.
      REQUIRE(f.facts.size() >= 2);
      CHECK(earlier_ones.insert(f.facts[1]).second);  // one finding per earlier figure
      for (size_t k = 0; k < f.facts.size(); ++k)
        if (k != 1) CHECK(found.emplace(f.facts[k], f.facts[1]).second);
    }
    // The definition: every earlier figure, in group (canonical) order; the highest low end wins.
    std::map<std::string, std::string> expected;
    for (const Fact& later : facts) {
      const Fact* worst = nullptr;
      for (const Fact& before : facts) {
        if (compare_times(before.as_of, later.as_of) != TimeOrder::before) continue;
        if (above(interval_of(before), interval_of(later), 0) &&
            (!worst || interval_of(before).low > interval_of(*worst).low))
          worst = &before;
      }
      if (worst) expected.emplace(later.id, worst->id);
    }
    INFO("seed " << seed);
    CHECK(found.size() == expected.size());
    CHECK(found == expected);
  }
}

TEST_CASE("timeline ties: tens of thousands of falls by one in one group", "[rules][timeline]") {
  // 10, 9, 10, 9, ... day after day: every 9 touches every earlier 10 at 9.5; the first 10 is
  // the one each 9 is reported against. Pair by pair this group is 10^9 comparisons.
  const int n = 60000;
  std::vector<Fact> facts;
  facts.reserve(n);
  for (int k = 0; k < n; ++k)
    facts.push_back(test::make_fact(fmt::format("a{:06d}#1", k), "Bắc Giang", "KCN", "count", "established",
                                    k % 2 == 0 ? 10 : 9, "zone", date_of(k)));
  const std::vector<Finding> found = run_timeline(facts);
  // Every 9 falls below the first 10: one finding names them all, the first 9 speaking for them.
  REQUIRE(found.size() == 1);
  const Finding& f = found.front();
  REQUIRE(f.facts.size() == static_cast<size_t>(n / 2 + 1));
  CHECK(f.facts[0] == "a000001#1");
  CHECK(f.facts[1] == "a000000#1");
  CHECK(f.facts.back() == fmt::format("a{:06d}#1", n - 1));
  CHECK(f.notes.size() == f.facts.size() - 1);
  CHECK(f.message ==
        "number of industrial zones (KCN) established in Bắc Giang falls from 10 on 1900-01-01 to 9 on 1900-01-02");
  CHECK(f.explanation.ends_with(fmt::format("; {} other later figures are below it too", n / 2 - 1)));
}
