#pragma once
// baseline: findings a person reviewed and accepted, each with a reason. A baselined finding is
// still reported but fails nothing, so CI fails only on new or changed contradictions; ids are
// fingerprints of facts' keys and values, so an edit elsewhere in an article keeps them.
// File format (JSON): {"schema": "solieu/baseline-1", "findings": [{"id", "rule", "reason"}]}.
#include <string>
#include <vector>

#include "solieu/finding.hpp"

namespace solieu::cli {

// Marks the findings whose id the baseline lists; throws DataError on a malformed file.
void apply_baseline(const std::string& path, std::vector<Finding>& findings);

// The baseline of the current findings (warnings and errors), reason to be filled in by a person.
std::string baseline_json(const std::vector<Finding>& findings);

}  // namespace solieu::cli
