// The engine: shuffled facts give the same findings with the same ids; ids survive edits that
// move a figure; findings come sorted; and the seed picture (6/9/29 KCN, 63 vs 66 CCN, the
// unreadable "15,1 tỷ triệu USD") comes out as the product contract says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "rules/fact_builder.hpp"
#include "solieu/rule.hpp"

using namespace solieu;
using test::make_fact;

namespace {

std::vector<Fact> seed_facts() {
  const std::string bg = "Bắc Giang";
  std::vector<Fact> f = {
      make_fact("000#1", bg, "KCN", "count", "established", 6, "zone", "2022"),
      make_fact("000#2", bg, "KCN", "area_ha", "established", 1460, "ha", "2022"),
      make_fact("000#3", bg, "KCN", "count", "new_planned", 23, "zone", "2030"),
      make_fact("000#4", bg, "CCN", "count", "established", 32, "zone", "2022"),
      make_fact("001#1", bg, "CCN", "count", "established", 55, "zone", ""),
      make_fact("002#1", bg, "KCN", "count", "planned_target", 29, "zone", "2030"),
      make_fact("002#2", bg, "KCN", "count", "established", 9, "zone", "2023-08-22"),
      make_fact("002#3", bg, "KCN", "area_ha", "established", 1967, "ha", "2023-08-22"),
      make_fact("002#4", bg, "KCN", "count", "infrastructure_done", 7, "zone", "2023-08-22"),
      make_fact("002#5", bg, "CCN", "count", "planned_target", 66, "zone", "2030"),
      make_fact("002#6", bg, "CCN", "count", "established", 54, "zone", "2023-08-22"),
      make_fact("002#7", "Bắc Kạn", "KCN", "count", "established", 1, "zone", "2023-08-22"),
      make_fact("003#1", bg, "KCN", "count", "planned_target", 29, "zone", "2030"),
      make_fact("003#2", bg, "CCN", "count", "planned_target", 63, "zone", "2030"),
      make_fact("003#3", bg, "KCN", "area_ha", "planned_target", 7000, "ha", "2030", solieu::Approx::about, 6650, 7350),
      make_fact("003#4", bg, "CCN", "count", "established", 45, "zone", "2022"),
      make_fact("004#1", bg, "KCN", "count", "planned_target", 29, "zone", "2030"),
      make_fact("004#2", bg, "KCN", "count", "new_planned", 23, "zone", "2030"),
      make_fact("004#3", bg, "CCN", "count", "planned_target", 66, "zone", "2030"),
      make_fact("004#4", bg, "KCN", "area_ha", "planned_target", 7840, "ha", "2030"),
      make_fact("004#5", bg, "province", "export_value", "", 15.1e15, "USD", "2023"),
  };
  f[6].line_text = "x";
  for (int i : {0, 1, 2, 3}) f[i].time_source = TimeSource::inferred;  // article 000's date is inferred
  f.back().malformed = true;
  f.back().problem = "stacked magnitude words";
  f.back().text = "15,1 tỷ triệu USD";
  f[8].part_of = "002#2";
  for (size_t i = 0; i < f.size(); ++i) f[i].at.start = static_cast<uint32_t>(100 * i);
  return f;
}

struct Seed {
  RuleSet rules = RuleSet::load(SOLIEU_RULES_DIR);
  Messages messages = Messages::load(SOLIEU_DATA_DIR, "en");
};

const Finding* find(const std::vector<Finding>& all, const std::string& rule, const std::string& first) {
  for (const auto& f : all)
    if (f.rule == rule && !f.facts.empty() && f.facts.front() == first) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("the seed articles: explained timeline and plan, two contradictions, one unreadable amount",
          "[rules][engine]") {
  Seed s;
  const auto findings = s.rules.run(seed_facts(), s.messages);
  size_t errors = 0;
  for (const auto& f : findings) errors += f.severity == Severity::error;
  CHECK(errors == 3);

  const Finding* ccn = find(findings, "target-agrees", "003#2");
  REQUIRE(ccn);
  CHECK(ccn->facts == std::vector<std::string>{"003#2", "002#5", "004#3"});
  CHECK(ccn->notes.size() == 2);
  CHECK(ccn->message == "planned number of industrial clusters (CCN) in Bắc Giang by 2030 disagrees: 63 vs 66");

  const Finding* area = find(findings, "target-agrees", "003#3");
  REQUIRE(area);
  CHECK(area->message.find("about 7000 ha vs 7840 ha") != std::string::npos);

  const Finding* magnitude = find(findings, "magnitude-readable", "004#5");
  REQUIRE(magnitude);
  CHECK(magnitude->message == "amount cannot be read: \"15,1 tỷ triệu USD\" (stacked magnitude words)");

  const Finding* plan = find(findings, "plan-adds-up", "002#1");
  REQUIRE(plan);
  CHECK(plan->verdict == "explained");
  CHECK(plan->severity == Severity::info);
  CHECK(plan->explanation.find("6 existing in 2022 (inferred) + 23 new = 29") != std::string::npos);

  // KCN count: 6 (2022), 9 (2023-08-22), 7 with infrastructure, 23 new, 29 target: explained, no error.
  const Finding* kcn = find(findings, "values-explained", "000#1");
  REQUIRE(kcn);
  CHECK(kcn->verdict == "explained");
  CHECK(kcn->explanation.find("a timeline of zones established: 6 in 2022 (inferred), 9 on 2023-08-22") !=
        std::string::npos);
  CHECK(kcn->explanation.find("29 is the 2030 target") != std::string::npos);

  // KCN area: 1.460 then 1.967 ha is a timeline; the 2030 targets are the contradiction above.
  const Finding* ha = find(findings, "values-explained", "003#3");
  REQUIRE(ha);
  CHECK(ha->verdict == "contradiction");
  CHECK(ha->severity == Severity::info);
  CHECK(ha->explanation.find("1460 ha in 2022 (inferred), 1967 ha on 2023-08-22") != std::string::npos);

  // CCN established 32, 45, 54 and an undated 55: a warning, not a blind error.
  const Finding* undated = find(findings, "values-explained", "001#1");
  REQUIRE(undated);
  CHECK(undated->verdict == "unverifiable");
  CHECK(undated->severity == Severity::warning);
  CHECK(undated->explanation.find("one article gives no date") != std::string::npos);

  for (const auto& f : findings) {
    INFO(f.rule << ": " << f.message);
    CHECK(f.rule != "established-timeline");
    CHECK(f.rule != "part-within-whole");
    CHECK(f.rule != "status-agrees");
  }
}

TEST_CASE("findings are sorted and their ids are stable", "[rules][engine]") {
  Seed s;
  const auto base = s.rules.run(seed_facts(), s.messages);
  REQUIRE(base.size() > 5);
  for (size_t i = 1; i < base.size(); ++i) {
    CHECK(static_cast<int>(base[i - 1].severity) >= static_cast<int>(base[i].severity));
    if (base[i - 1].severity == base[i].severity) CHECK(base[i - 1].rule <= base[i].rule);
  }
  std::set<std::string> ids;
  for (const auto& f : base) {
    CHECK(f.id.size() == 16);
    ids.insert(f.id);
  }
  CHECK(ids.size() == base.size());

  SECTION("shuffled input gives identical findings") {
    std::mt19937 rng(GENERATE(1u, 2u, 3u, 4u, 5u));
    auto facts = seed_facts();
    std::shuffle(facts.begin(), facts.end(), rng);
    const auto again = s.rules.run(facts, s.messages);
    REQUIRE(again.size() == base.size());
    for (size_t i = 0; i < base.size(); ++i) {
      CHECK(again[i].id == base[i].id);
      CHECK(again[i].facts == base[i].facts);
      CHECK(again[i].message == base[i].message);
      CHECK(again[i].explanation == base[i].explanation);
      CHECK(again[i].notes == base[i].notes);
    }
  }
  SECTION("moving a figure in its article keeps the id") {
    auto facts = seed_facts();
    for (auto& f : facts) f.at.line += 3, f.at.start += 40;
    const auto moved = s.rules.run(facts, s.messages);
    REQUIRE(moved.size() == base.size());
    for (size_t i = 0; i < base.size(); ++i) CHECK(moved[i].id == base[i].id);
  }
  SECTION("changing a value changes the id") {
    auto facts = seed_facts();
    facts[13].value = 62, facts[13].low = 61.5, facts[13].high = 62.5;  // 003#2: 63 -> 62
    const auto changed = s.rules.run(facts, s.messages);
    const Finding* before = find(base, "target-agrees", "003#2");
    const Finding* after = find(changed, "target-agrees", "003#2");
    REQUIRE(before);
    REQUIRE(after);
    CHECK(before->id != after->id);
  }
}

TEST_CASE("print seed findings", "[.print]") {
  Seed s;
  for (const auto& f : s.rules.run(seed_facts(), s.messages)) {
    std::printf("%s %s %s %s [", to_string(f.severity), f.rule.c_str(), f.verdict.c_str(), f.id.c_str());
    for (const auto& id : f.facts) std::printf("%s ", id.c_str());
    std::printf("]\n  %s\n  why: %s\n", f.message.c_str(), f.explanation.c_str());
    for (const auto& n : f.notes) std::printf("  note: %s\n", n.c_str());
  }
}
