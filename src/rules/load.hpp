#pragma once
// load: one rule file's text -> a Rule, every field checked. RuleSet::load calls it for each
// *.json of a folder; the fuzzer and the tests call it on text directly.
// Tested by tests/rules/test_load.cpp and tests/fuzz/fuzz_rules.cpp.
#include <string>
#include <string_view>

#include "solieu/rule.hpp"

namespace solieu {

// `path` names the file in messages; its stem must equal the rule's id.
// Throws DataError("path:line:col: rule id: field \"x\": expected ...").
Rule load_rule_text(std::string_view text, const std::string& path);

}  // namespace solieu
