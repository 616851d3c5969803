// timeline: a stock that only grows (zones established, operational, with infrastructure done)
// must not shrink between two dates. Only times that can be ordered are compared: "2022"
// before "2023-08-22" yes, "2023" against "2023-08-22" no (either could be first). A drop is
// reported once per later figure, against the highest earlier figure it falls below.
// Tested by tests/rules/timeline/cases.json.
#include <algorithm>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

std::string status_group(const Fact& f) { return group_key(f) + '\x1e' + f.status; }

class Timeline : public RuleCheck {
 public:
  Timeline(std::vector<std::string> statuses, std::string verdict, double tolerance)
      : statuses_(std::move(statuses)), verdict_(std::move(verdict)), tolerance_(tolerance) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> usable;
    for (const Fact* f : select_facts(spec.select, c.facts))
      if (!f->malformed && !f->as_of.empty() && f->period_from.empty() &&
          std::find(statuses_.begin(), statuses_.end(), f->status) != statuses_.end())
        usable.push_back(f);
    for (const auto& group : partition(usable, status_group)) {
      for (const Fact* later : group) {
        const Fact* worst = nullptr;
        for (const Fact* before : group) {
          if (compare_times(before->as_of, later->as_of) != TimeOrder::before) continue;
          if (above(interval_of(*before), interval_of(*later), tolerance_) &&
              (!worst || interval_of(*before).low > interval_of(*worst).low))
            worst = before;
        }
        if (!worst) continue;
        Args args = fact_args(c.messages, *later);
        args["earlier"] = value_text(c.messages, *worst);
        args["later"] = value_text(c.messages, *later);
        args["earlier_time"] = time_text(c.messages, *worst);
        args["later_time"] = time_text(c.messages, *later);
        std::string why = c.messages.format("timeline.why", {{"key", shared_key(*later, true, false)},
                                                             {"earlier", args["earlier"] + " " + args["earlier_time"]},
                                                             {"later", args["later"] + " " + args["later_time"]},
                                                             {"status", args["status"]}});
        out.push_back(make_finding(spec, c, verdict_, spec.severity, {later, worst}, args, why));
      }
    }
    return out;
  }

 private:
  std::vector<std::string> statuses_;
  std::string verdict_;
  double tolerance_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_timeline(RuleJson& json) {
  std::vector<std::string> statuses = json.strings("statuses");
  if (statuses.empty()) json.fail("statuses", "missing; expected an array of the statuses that only grow");
  std::string verdict = json.choice("verdict", {"contradiction", "suspicious"}, "suspicious");
  double tolerance = json.number("tolerance", 0, 0);
  return std::make_shared<Timeline>(std::move(statuses), std::move(verdict), tolerance);
}

}  // namespace solieu
