#pragma once
// finding: what a rule says about a group of facts. A finding is data (rule, severity, verdict,
// facts, words); the report stage renders it and never recomputes it.
#include <string>
#include <vector>

namespace solieu {

enum class Severity : uint8_t { info, warning, error };
const char* to_string(Severity severity);  // "info", "warning", "error"

struct Finding {
  std::string id;    // stable fingerprint of rule + facts' keys and values (not positions)
  std::string rule;  // rule id
  Severity severity = Severity::error;
  std::string verdict;             // "contradiction", "explained", "malformed", "out_of_range", "mismatch", "ok"
  std::vector<std::string> facts;  // fact ids, the odd one out first
  std::string message;             // one line, the rule's template filled in
  std::string explanation;         // why: the reasoning a journalist would accept
  std::vector<std::string> notes;  // one per other fact, in facts order after the first
  std::string baseline_reason;     // set when a --baseline file accepted this finding (then it fails nothing)
};

}  // namespace solieu
