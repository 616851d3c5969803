// sum: stated parts add up to their stated total. Parts are facts whose part_of names the same
// parent, with the parent's metric and unit and each its own non-empty qualifier (149 DDI +
// 99 FDI of 248 projects): only then are they known to split the whole rather than to be
// examples of it. The sum of the parts' intervals must overlap the total's.
// Tested by tests/rules/sum/cases.json.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "rules/fact_math.hpp"
#include "rules/fact_view.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

class Sum : public RuleCheck {
 public:
  explicit Sum(double tolerance) : tolerance_(tolerance) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    const FactLookup by_id(c.facts);
    // Keyed by views of the facts' own part_of: no id is copied (the facts outlive the check).
    std::map<std::string_view, std::vector<const Fact*>> children;
    for (const Fact* f : select_facts(spec.select, c.facts))
      if (!f->part_of.empty()) children[f->part_of].push_back(f);
    for (const auto& [parent_id, parts_all] : children) {
      const Fact* parent = by_id.find(parent_id);
      if (!parent || parent->malformed) continue;
      const Fact& total = *parent;
      std::vector<const Fact*> parts;
      std::set<std::string_view> qualifiers;
      bool partition = true;
      for (const Fact* p : parts_all) {
        if (p->metric != total.metric || p->unit != total.unit) continue;
        if (p->malformed || p->qualifier.empty() || p->qualifier == total.qualifier ||
            !qualifiers.insert(p->qualifier).second)
          partition = false;
        parts.push_back(p);
      }
      if (!partition || parts.size() < 2) continue;
      Interval sum{0, 0};
      for (const Fact* p : parts) {
        Interval i = interval_of(*p);
        sum.low += i.low;
        sum.high += i.high;
      }
      if (overlaps(sum, interval_of(total), tolerance_)) continue;
      // The parts' texts only for a finding: most parents add up.
      std::vector<std::string> names;
      for (const Fact* p : parts) names.push_back(value_text(c.messages, *p) + " " + p->qualifier);
      Args args = fact_args(c.messages, total);
      args["parts"] = join(names, " + ");
      args["sum"] = value_text(c.messages, (sum.low + sum.high) / 2, total.unit);
      args["total"] = value_text(c.messages, total);
      std::string why =
          say(c.messages, "sum.why", {{"parts", args["parts"]}, {"sum", args["sum"]}, {"total", args["total"]}});
      std::vector<const Fact*> facts{&total};
      facts.insert(facts.end(), parts.begin(), parts.end());
      out.push_back(make_finding(spec, c, "mismatch", spec.severity, facts, std::move(args), std::move(why)));
    }
    return out;
  }

 private:
  double tolerance_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_sum(RuleJson& json) {
  return std::make_shared<Sum>(json.number("tolerance", 0, 0));
}

}  // namespace solieu
