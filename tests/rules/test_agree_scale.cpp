// agree over a large group: above 64 facts the kind counts conflicts from sorted interval ends
// instead of every pair; the odd one out and the order of the finding's facts must be what the
// pairwise definition (written out here) gives, with ranges, points, touching ends and several
// facts per article.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "rules/fact_builder.hpp"
#include "rules/fact_math.hpp"
#include "solieu/rule.hpp"

using namespace solieu;

TEST_CASE("agree over hundreds of facts picks the odd one out as pair by pair would", "[rules][agree]") {
  const RuleSet all = RuleSet::load(SOLIEU_RULES_DIR);
  const Messages messages = Messages::load(SOLIEU_DATA_DIR, "en");
  RuleSet rules;
  rules.add(*all.find("status-agrees"));
  for (unsigned seed = 1; seed <= 5; ++seed) {
    std::mt19937 rng(seed);
    std::vector<Fact> facts;
    for (int k = 0; k < 300; ++k) {
      const int article = static_cast<int>(rng() % 120);
      const std::string id = "a" + std::to_string(1000 + article) + "#" + std::to_string(k + 1);
      const double value = 9 + static_cast<double>(rng() % 3);
      Fact f = test::make_fact(id, "Bắc Giang", "KCN", "count", "established", value, "zone", "2023-08-22");
      if (rng() % 5 == 0) f.low = f.high = value + 0.5;  // a point on a shared end
      facts.push_back(f);
    }
    const std::vector<Finding> found = rules.run(facts, messages);
    REQUIRE(found.size() == 1);

    // The definition: canonical order, then conflicts and agreements pair by pair.
    std::vector<const Fact*> group;
    for (const Fact& f : facts) group.push_back(&f);
    std::sort(group.begin(), group.end(), [](const Fact* a, const Fact* b) {
      return std::tie(a->article, a->at.start, a->at.end, a->id) < std::tie(b->article, b->at.start, b->at.end, b->id);
    });
    const size_t n = group.size();
    std::vector<int> conflicts(n), agreements(n);
    for (size_t i = 0; i < n; ++i)
      for (size_t j = 0; j < n; ++j) {
        if (i == j || group[i]->article == group[j]->article) continue;
        if (overlaps(interval_of(*group[i]), interval_of(*group[j]), 0))
          ++agreements[i];
        else
          ++conflicts[i];
      }
    size_t odd = 0;
    for (size_t i = 1; i < n; ++i)
      if (conflicts[i] > conflicts[odd] || (conflicts[i] == conflicts[odd] && agreements[i] < agreements[odd])) odd = i;
    INFO("seed " << seed);
    CHECK(found.front().facts.front() == group[odd]->id);
    CHECK(found.front().facts.size() == n);
  }
}
