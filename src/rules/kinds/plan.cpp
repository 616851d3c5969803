// plan: existing + new = target. A target T for year Y ("đến năm 2030 có 29 KCN") is read
// against a figure E that existed before Y and a number N of new zones planned (same year or
// none): when some E + N meets T within the intervals, the plan is explained ("6 existing +
// 23 new = 29 by 2030"), an info finding that tells a reader why 6, 23 and 29 all stand.
// It warns only when one article states all three and they do not add up, and nothing in that
// article (an expansion, a merger, a removal) could account for the gap: no cry-wolf.
// Tested by tests/rules/plan/cases.json.
#include <algorithm>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

bool among(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

class Plan : public RuleCheck {
 public:
  Plan(std::vector<std::string> existing, std::string new_status, std::string target_status,
       std::vector<std::string> blockers, double tolerance)
      : existing_(std::move(existing)), new_(std::move(new_status)), target_(std::move(target_status)),
        blockers_(std::move(blockers)), tolerance_(tolerance) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> usable;
    for (const Fact* f : select_facts(spec.select, c.facts))
      if (!f->malformed) usable.push_back(f);
    for (const auto& group : partition(usable, group_key)) {
      // Several articles citing the same target are one plan: report it once.
      std::vector<const Fact*> reported;
      for (const Fact* target : group) {
        if (target->status != target_) continue;
        const int year = time_year(target->as_of);
        if (year == 0) continue;
        if (std::any_of(reported.begin(), reported.end(), [&](const Fact* r) {
              return r->as_of == target->as_of && overlaps(interval_of(*r), interval_of(*target), tolerance_);
            }))
          continue;
        if (auto f = check_target(spec, c, group, *target, year)) {
          out.push_back(std::move(*f));
          reported.push_back(target);
        }
      }
    }
    return out;
  }

 private:
  std::optional<Finding> check_target(const RuleSpec& spec, const CheckContext& c, const std::vector<const Fact*>& group,
                                      const Fact& target, int year) const {
    std::vector<const Fact*> news, existing;
    for (const Fact* f : group) {
      if (f->status == new_ && (f->as_of.empty() || time_year(f->as_of) == year)) news.push_back(f);
      if (among(existing_, f->status) && f->period_from.empty() && time_year(f->as_of) != 0 && time_year(f->as_of) < year)
        existing.push_back(f);
    }
    // Same-article pairs first: a reader trusts the figures one article gives together. Rank 0
    // both in the target's article, 1 the existing only, 2 the new only, 3 neither.
    const Fact* best_e = nullptr;
    const Fact* best_n = nullptr;
    // Intervals and ranks worked out once, not once per pair; a same-article pair (rank 0)
    // cannot be bettered, so the search stops there.
    std::vector<Interval> e_iv;
    std::vector<int> e_rank;
    e_iv.reserve(existing.size());
    e_rank.reserve(existing.size());
    for (const Fact* e : existing) {
      e_iv.push_back(interval_of(*e));
      e_rank.push_back(e->article == target.article ? 0 : 2);
    }
    const Interval t_iv = interval_of(target);
    int best_rank = 4;
    for (const Fact* n : news) {
      const Interval n_iv = interval_of(*n);
      const int n_rank = n->article == target.article ? 0 : 1;
      for (size_t k = 0; k < existing.size(); ++k) {
        const int r = e_rank[k] + n_rank;
        if (r >= best_rank) continue;
        Interval sum{e_iv[k].low + n_iv.low, e_iv[k].high + n_iv.high};
        if (!overlaps(sum, t_iv, tolerance_)) continue;
        best_e = existing[k], best_n = n, best_rank = r;
      }
      if (best_rank == 0) break;
    }
    if (best_e) return report(spec, c, target, *best_e, *best_n, "explained", Severity::info);

    // Nothing adds up. Only one article stating all three, with nothing else to explain, is a warning.
    for (const Fact* f : group)
      if (f->article == target.article && among(blockers_, f->status)) return std::nullopt;
    for (const Fact* n : news)
      for (const Fact* e : existing)
        if (n->article == target.article && e->article == target.article)
          return report(spec, c, target, *e, *n, "mismatch", spec.severity);
    return std::nullopt;
  }

  Finding report(const RuleSpec& spec, const CheckContext& c, const Fact& target, const Fact& e, const Fact& n,
                 const std::string& verdict, Severity severity) const {
    Args args = fact_args(c.messages, target);
    args["existing"] = value_text(c.messages, e);
    args["new"] = value_text(c.messages, n);
    args["target"] = value_text(c.messages, target);
    args["year"] = target.as_of;
    args["sum"] = value_text(c.messages, e.value + n.value, target.unit);
    std::string why = c.messages.format("plan." + verdict, {{"existing", args["existing"]}, {"new", args["new"]},
                                                            {"target", args["target"]}, {"year", args["year"]},
                                                            {"sum", args["sum"]},
                                                            {"existing_time", time_text(c.messages, e)}});
    return make_finding(spec, c, verdict, severity, {&target, &e, &n}, args, why);
  }

  std::vector<std::string> existing_;
  std::string new_;
  std::string target_;
  std::vector<std::string> blockers_;
  double tolerance_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_plan(RuleJson& json) {
  std::vector<std::string> existing = json.strings("existing_statuses");
  if (existing.empty()) existing = {"established"};
  std::string new_status = json.optional_string("new_status", "new_planned");
  std::string target_status = json.optional_string("target_status", "planned_target");
  std::vector<std::string> blockers = json.strings("explained_by");
  if (!json.take("explained_by")) blockers = {"expanded", "merged", "removed"};
  double tolerance = json.number("tolerance", 0, 0);
  return std::make_shared<Plan>(std::move(existing), std::move(new_status), std::move(target_status),
                                std::move(blockers), tolerance);
}

}  // namespace solieu
