// The per-run fact table: partitions and selections read from it are exactly those the string
// keys give (parts in key order, facts in canonical order), including the cases that push the
// packed keys to their edges (period starts, targets keyed by year alone, prefixes of statuses,
// a control character that forces the string path), and a finding made during a run carries
// the fingerprint the engine would compute from its fact ids.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include "rules/fact_builder.hpp"
#include "rules/fact_math.hpp"
#include "rules/fact_view.hpp"
#include "rules/fingerprint.hpp"
#include "solieu/rule.hpp"

using namespace solieu;
using test::make_fact;

namespace {

std::vector<Fact> mixed_facts(uint64_t seed, size_t n) {
  std::mt19937_64 rng(seed);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  const std::vector<std::string> places = {"Bắc Giang", "Bắc Ninh", "", "Hải Dương"};
  const std::vector<std::string> subjects = {"KCN", "CCN"};
  const std::vector<std::string> metrics = {"count", "area_ha"};
  const std::vector<std::string> statuses = {"established", "planned", "planned_target", "", "operational"};
  const std::vector<std::string> times = {"2022", "2023-08-22", "2025-H1", "2025-H2", "", "2030", "2023-Q1"};
  const std::vector<std::string> froms = {"", "2025", "2024"};
  std::vector<Fact> facts;
  for (size_t i = 0; i < n; ++i) {
    const std::string id = std::to_string(1000 + rng() % 40) + "#" + std::to_string(i);
    Fact f = make_fact(id, pick(places), pick(subjects), pick(metrics), pick(statuses), static_cast<double>(rng() % 20),
                       "zone", pick(times));
    if (!f.as_of.empty()) f.period_from = pick(froms);
    f.at.start = static_cast<uint32_t>(rng() % 500);
    facts.push_back(f);
  }
  return facts;
}

std::vector<std::vector<std::string>> ids_of(const std::vector<std::vector<const Fact*>>& parts) {
  std::vector<std::vector<std::string>> out;
  for (const auto& part : parts) {
    out.emplace_back();
    for (const Fact* f : part) out.back().push_back(f->id);
  }
  return out;
}

// A view over facts in canonical order, as RuleSet::run registers it.
struct TestView {
  FactView view;
  explicit TestView(const std::vector<Fact>& facts) {
    view.source = &facts;
    for (const Fact& f : facts) view.ordered.push_back(&f);
    std::stable_sort(view.ordered.begin(), view.ordered.end(), [](const Fact* a, const Fact* b) {
      return std::tie(a->article, a->at.start, a->at.end, a->id) < std::tie(b->article, b->at.start, b->at.end, b->id);
    });
    view.table.build(facts, view.ordered);
  }
};

}  // namespace

TEST_CASE("fact table partitions as the string keys do") {
  for (uint64_t seed : {1u, 2u, 3u}) {
    const std::vector<Fact> facts = mixed_facts(seed, 600);
    TestView tv(facts);
    const ScopedFactView scope(tv.view);
    const std::vector<const Fact*> all = select_facts(Selector{}, facts);
    REQUIRE(all == tv.view.ordered);
    std::vector<const Fact*> some;
    for (size_t i = 0; i < all.size(); i += 3) some.push_back(all[i]);
    for (const std::vector<const Fact*>* subset : {&all, static_cast<const std::vector<const Fact*>*>(&some)}) {
      CHECK(ids_of(partition(*subset, PartBy::group)) == ids_of(partition(*subset, group_key)));
      CHECK(ids_of(partition(*subset, PartBy::status)) == ids_of(partition(*subset, status_key)));
      CHECK(ids_of(partition(*subset, PartBy::status_time)) == ids_of(partition(*subset, status_time_key)));
    }
  }
}

TEST_CASE("fact table selections match Selector::matches") {
  const std::vector<Fact> facts = mixed_facts(7, 300);
  TestView tv(facts);
  const ScopedFactView scope(tv.view);
  Selector s;
  s.status = {"established", "planned_target"};
  s.metric = {"count"};
  s.place = {"Bac Giang", "Hải Dương"};
  std::vector<const Fact*> expected;
  for (const Fact* f : tv.view.ordered)
    if (s.matches(*f)) expected.push_back(f);
  CHECK(select_facts(s, facts) == expected);
}

TEST_CASE("a control character in a status takes the string path") {
  std::vector<Fact> facts = mixed_facts(11, 200);
  facts[5].status = "established\x01";
  facts[9].status = "established";
  TestView tv(facts);
  CHECK_FALSE(tv.view.table.ranks_exact);
  const ScopedFactView scope(tv.view);
  const std::vector<const Fact*> all = select_facts(Selector{}, facts);
  CHECK(ids_of(partition(all, PartBy::status_time)) == ids_of(partition(all, status_time_key)));
}

TEST_CASE("facts out of canonical order take the string path") {
  const std::vector<Fact> facts = mixed_facts(5, 200);
  TestView tv(facts);
  const ScopedFactView scope(tv.view);
  std::vector<const Fact*> reversed = select_facts(Selector{}, facts);
  std::reverse(reversed.begin(), reversed.end());
  CHECK(ids_of(partition(reversed, PartBy::status)) == ids_of(partition(reversed, status_key)));
}

TEST_CASE("findings keep their ids when facts share an id or come shuffled") {
  std::vector<Fact> facts = mixed_facts(3, 400);
  facts[10].id = facts[20].id;  // a shared id: the first in canonical order is the one it names
  const RuleSet rules = RuleSet::load(SOLIEU_RULES_DIR);
  const Messages messages = Messages::load(SOLIEU_DATA_DIR, "en");
  const std::vector<Finding> base = rules.run(facts, messages);
  std::vector<Fact> shuffled = facts;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(9));
  const std::vector<Finding> again = rules.run(shuffled, messages);
  // Each id is what the engine's lookup by fact id gives: the first fact in canonical order.
  TestView tv(facts);
  std::map<std::string, const Fact*> first;
  for (const Fact* f : tv.view.ordered) first.emplace(f->id, f);
  for (const Finding& f : base) {
    std::vector<const Fact*> named;
    for (const std::string& id : f.facts) named.push_back(first.count(id) ? first.at(id) : nullptr);
    CHECK(f.id.substr(0, 16) == fingerprint(f.rule, f.verdict, named, f.facts));
  }
  REQUIRE(base.size() == again.size());
  for (size_t i = 0; i < base.size(); ++i) {
    CHECK(base[i].id == again[i].id);
    CHECK(base[i].message == again[i].message);
  }
}
