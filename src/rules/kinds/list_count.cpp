// list_count: a count followed by its list ("6 KCN ... bao gồm: A, B, C, D, E, F") names as
// many as it counts. Names are compared by canonical key, so "KCN Hòa Phú" and "KCN Hoà Phú"
// are one. Only exact counts are checked: "hơn 5 KCN, gồm ..." may list a few of them.
// Tested by tests/rules/list_count/cases.json.
#include <cmath>
#include <set>
#include <unordered_map>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"
#include "solieu/text.hpp"

namespace solieu {

namespace {

std::string trimmed(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\n\r.,;:");
  size_t b = s.find_last_not_of(" \t\n\r.,;:");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

class ListCount : public RuleCheck {
 public:
  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    // The same zone names come back in article after article; each is keyed once.
    std::unordered_map<std::string, std::string> keyed;
    for (const Fact* f : select_facts(spec.select, c.facts)) {
      if (f->listed.empty() || f->approx != Approx::none || f->malformed || f->value != std::floor(f->value)) continue;
      std::set<std::string> keys;
      std::vector<std::string> names;
      for (const auto& name : f->listed) {
        std::string t = trimmed(name);
        if (t.empty()) continue;
        auto it = keyed.find(t);
        if (it == keyed.end()) it = keyed.emplace(t, canonical_key(t)).first;
        if (keys.insert(it->second).second) names.push_back(t);
      }
      if (static_cast<double>(names.size()) == f->value) continue;
      Args args = fact_args(c.messages, *f);
      args["count"] = std::to_string(names.size());
      args["names"] = join(names, ", ");
      std::string why = say(c.messages, "list_count.why", {{"value", args["value"]}, {"count", args["count"]},
                                                             {"names", args["names"]}});
      out.push_back(make_finding(spec, c, "mismatch", spec.severity, {f}, std::move(args), std::move(why)));
    }
    return out;
  }
};

}  // namespace

std::shared_ptr<const RuleCheck> make_list_count(RuleJson&) { return std::make_shared<ListCount>(); }

}  // namespace solieu
