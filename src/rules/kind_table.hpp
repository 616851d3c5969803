#pragma once
// kind_table: the one place that maps a rule's `kind` to its class. A new kind is a factory
// here, a file in kinds/, and a tests/rules/<kind>/cases.json. Each entry also names the
// placeholders its message template may use beyond the shared ones, so a typo in a template is
// caught at load rather than printed to a reader.
// Tested by tests/rules/test_load.cpp.
#include <memory>
#include <string>
#include <vector>

#include "rules/rule_json.hpp"
#include "solieu/rule.hpp"

namespace solieu {

// Builds the kind's check from its own fields of the rule file, rejecting bad values.
using KindFactory = std::shared_ptr<const RuleCheck> (*)(RuleJson& json);

struct KindEntry {
  const char* name;
  KindFactory make;
  std::vector<std::string> placeholders;  // besides the shared ones
};

const std::vector<KindEntry>& kind_table();
const KindEntry* find_kind(const std::string& name);
// Placeholders every template may use (fact_args plus rule and verdict).
const std::vector<std::string>& shared_placeholders();

std::shared_ptr<const RuleCheck> make_agree(RuleJson& json);
std::shared_ptr<const RuleCheck> make_differences(RuleJson& json);
std::shared_ptr<const RuleCheck> make_timeline(RuleJson& json);
std::shared_ptr<const RuleCheck> make_part_whole(RuleJson& json);
std::shared_ptr<const RuleCheck> make_sum(RuleJson& json);
std::shared_ptr<const RuleCheck> make_plan(RuleJson& json);
std::shared_ptr<const RuleCheck> make_range(RuleJson& json);
std::shared_ptr<const RuleCheck> make_list_count(RuleJson& json);
std::shared_ptr<const RuleCheck> make_magnitude(RuleJson& json);

// Severity from its name; nullopt-like: returns false when unknown.
bool parse_severity(const std::string& name, Severity& out);

}  // namespace solieu
