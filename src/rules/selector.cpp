// selector: which facts a rule looks at. An empty list matches anything; place names compare
// by canonical key so that "Hòa Bình" in a rule meets "Hoà Bình" in an article.
// Tested by tests/rules/test_load.cpp.
#include <algorithm>

#include "solieu/rule.hpp"
#include "solieu/text.hpp"

namespace solieu {

namespace {

bool listed(const std::vector<std::string>& allowed, const std::string& value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace

bool Selector::matches(const Fact& fact) const {
  if (!listed(subject, fact.subject) || !listed(metric, fact.metric) || !listed(status, fact.status) ||
      !listed(unit, fact.unit))
    return false;
  if (place.empty()) return true;
  const std::string key = canonical_key(fact.place);
  return std::any_of(place.begin(), place.end(), [&](const std::string& p) { return canonical_key(p) == key; });
}

}  // namespace solieu
