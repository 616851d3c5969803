#pragma once
// fingerprint: a finding's stable id, from its rule, verdict and its facts' keys and values (not
// their ids or lines), so a finding keeps its id, and a --baseline entry keeps matching, when
// an article is edited elsewhere. Computed where the facts are at hand (make_finding) rather
// than looked up again by id for each of a few hundred thousand findings.
// Tested by tests/rules/test_engine.cpp.
#include <string>
#include <vector>

#include "solieu/fact.hpp"

namespace solieu {

// 16 hex digits. `facts` are the finding's facts in order; a null stands for an id no fact has.
std::string fingerprint(const std::string& rule, const std::string& verdict, const std::vector<const Fact*>& facts,
                        const std::vector<std::string>& ids);

}  // namespace solieu
