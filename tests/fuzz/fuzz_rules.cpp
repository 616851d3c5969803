// fuzz_rules: any bytes as a rule file either load or throw DataError, never crash; a rule
// that loads runs over a few facts without crashing. Seeds: rules/*.json.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "rules/load.hpp"
#include "solieu/error.hpp"
#include "solieu/rule.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    solieu::Rule rule = solieu::load_rule_text(text, "rules/fuzz.json");
    std::vector<solieu::Fact> facts(3);
    const char* statuses[] = {"established", "planned_target", "new_planned"};
    for (size_t i = 0; i < facts.size(); ++i) {
      facts[i].id = "a#" + std::to_string(i + 1);
      facts[i].article = i == 2 ? "b" : "a";
      facts[i].place = "Bắc Giang";
      facts[i].subject = "KCN";
      facts[i].metric = "count";
      facts[i].status = statuses[i];
      facts[i].unit = "zone";
      facts[i].value = static_cast<double>(size % 50) + i;
      facts[i].low = facts[i].value - 0.5;
      facts[i].high = facts[i].value + 0.5;
      facts[i].as_of = i == 0 ? "2022" : "2030";
    }
    facts[2].part_of = "a#1";
    solieu::RuleSet set;
    set.add(rule);
    solieu::Messages messages;  // no templates: keys are returned as they are
    (void)set.run(facts, messages);
  } catch (const solieu::DataError&) {
  }
  return 0;
}
