// agree: facts that say the same thing must give the same figure. "The same thing" is the
// same place, subject, metric, zone, qualifier, unit, status and time (a known time: two
// undated figures are not known to be simultaneous, nor is a date the extractor inferred). "The same figure" means intervals that
// overlap, within the rule's relative tolerance: "hơn 3.000 ha" agrees with "3.209 ha",
// "khoảng 7.000 ha" may not agree with "7.840 ha". One finding per disagreeing group, the odd
// one out first.
// Tested by tests/rules/agree/cases.json.
#include <algorithm>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

std::string agree_key(const Fact& f) {
  return group_key(f) + '\x1e' + f.status + '\x1e' + time_key(f);
}

class Agree : public RuleCheck {
 public:
  Agree(double tolerance, bool same_article) : tolerance_(tolerance), same_article_(same_article) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& context) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> dated;
    for (const Fact* f : select_facts(spec.select, context.facts))
      if (!f->as_of.empty() && f->time_source != TimeSource::inferred && !f->malformed) dated.push_back(f);
    for (const auto& group : partition(dated, agree_key))
      if (auto finding = check_group(spec, context, group)) out.push_back(std::move(*finding));
    return out;
  }

 private:
  bool comparable(const Fact& a, const Fact& b) const { return same_article_ || a.article != b.article; }
  bool conflict(const Fact& a, const Fact& b) const {
    return comparable(a, b) && !overlaps(interval_of(a), interval_of(b), tolerance_);
  }

  std::optional<Finding> check_group(const RuleSpec& spec, const CheckContext& context,
                                     const std::vector<const Fact*>& group) const {
    const size_t n = group.size();
    std::vector<int> conflicts(n, 0), agreements(n, 0);
    bool any = false;
    for (size_t i = 0; i < n; ++i)
      for (size_t j = 0; j < n; ++j) {
        if (i == j || !comparable(*group[i], *group[j])) continue;
        if (conflict(*group[i], *group[j])) ++conflicts[i], any = true;
        else ++agreements[i];
      }
    if (!any) return std::nullopt;
    // The odd one out disagrees with the most and agrees with the fewest; on a tie, the first
    // in canonical order, so the choice does not depend on input order.
    size_t odd = 0;
    for (size_t i = 1; i < n; ++i)
      if (conflicts[i] > conflicts[odd] || (conflicts[i] == conflicts[odd] && agreements[i] < agreements[odd])) odd = i;
    const Fact& first = *group[odd];
    std::vector<const Fact*> facts{&first};
    const Fact* other = nullptr;
    std::vector<std::string> other_values;
    for (size_t i = 0; i < n; ++i) {
      if (i == odd) continue;
      facts.push_back(group[i]);
      if (conflict(first, *group[i])) {
        if (!other) other = group[i];
        std::string v = value_text(context.messages, *group[i]);
        if (std::find(other_values.begin(), other_values.end(), v) == other_values.end()) other_values.push_back(v);
      }
    }
    Args args = fact_args(context.messages, first);
    args["other"] = join(other_values, ", ");
    args["values"] = value_text(context.messages, first) + " vs " + args["other"];
    const Interval iv = widen(interval_of(*other), tolerance_);
    args["interval"] = "[" + format_number(iv.low) + ", " + format_number(iv.high) + "]";
    std::string why = context.messages.format(
        "agree.why", {{"key", shared_key(first, true, true)},
                      {"value", value_text(context.messages, first)},
                      {"other", value_text(context.messages, *other)},
                      {"interval", args["interval"]}});
    return make_finding(spec, context, "contradiction", spec.severity, facts, args, why);
  }

  double tolerance_;
  bool same_article_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_agree(RuleJson& json) {
  double tolerance = json.number("tolerance", 0, 0);
  bool same_article = json.boolean("same_article", false);
  return std::make_shared<Agree>(tolerance, same_article);
}

}  // namespace solieu
