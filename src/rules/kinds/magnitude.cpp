// magnitude: a figure whose amount cannot be read as written ("15,1 tỷ triệu USD": billion
// million) is an error, whatever a reader might guess it meant; the extractor keeps its best
// reading in value, the rule refuses to let it pass silently.
// Tested by tests/rules/magnitude/cases.json.
#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

class Magnitude : public RuleCheck {
 public:
  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    for (const Fact* f : select_facts(spec.select, c.facts)) {
      if (!f->malformed) continue;
      Args args = fact_args(c.messages, *f);
      args["problem"] = f->problem;
      std::string why = say(c.messages, "magnitude.why", {{"text", f->text}, {"problem", f->problem}});
      out.push_back(make_finding(spec, c, "malformed", spec.severity, {f}, std::move(args), std::move(why)));
    }
    return out;
  }
};

}  // namespace

std::shared_ptr<const RuleCheck> make_magnitude(RuleJson&) { return std::make_shared<Magnitude>(); }

}  // namespace solieu
