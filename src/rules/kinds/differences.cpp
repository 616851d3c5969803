// differences: every group of facts (same place, subject, metric, zone, qualifier, unit) whose
// figures differ is reported once, saying why each difference is or is not explained:
//   different status   "9 approved vs 9 established are different stages"
//   different time     a timeline, "6 in 2022 (inferred), 9 on 2023-08-22"
//   plan vs actual     "29 is the 2030 target; 9 exist on 2023-08-22"
//   unknown time       "one figure has no date: cannot be ordered" -> verdict unverifiable
//   same time          left to the agree rules, named here so the picture is complete
// It is the answer to "why do these articles say 6, 9 and 29?" when nothing is wrong.
// Tested by tests/rules/differences/cases.json.
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

class Differences : public RuleCheck {
 public:
  Differences(double tolerance, Severity unverifiable, size_t min_articles, std::vector<std::string> plans)
      : tolerance_(tolerance), unverifiable_(unverifiable), min_articles_(min_articles), plans_(std::move(plans)) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& context) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> usable;
    for (const Fact* f : select_facts(spec.select, context.facts))
      if (!f->malformed) usable.push_back(f);
    for (const auto& group : partition(usable, group_key))
      if (auto finding = check_group(spec, context, group)) out.push_back(std::move(*finding));
    return out;
  }

 private:
  bool is_plan(const Fact& f) const { return std::find(plans_.begin(), plans_.end(), f.status) != plans_.end(); }
  bool differ(const Fact& a, const Fact& b) const { return !overlaps(interval_of(a), interval_of(b), tolerance_); }

  // Whether two figures of the group differ. Intervals that pairwise overlap share a point, so
  // comparing the highest low end with the lowest high end answers in one pass; only when the
  // two touch does the half-open reading need the pairs themselves.
  bool any_differ(const std::vector<const Fact*>& group) const {
    if (group.size() < 2) return false;
    double max_low = -std::numeric_limits<double>::infinity(), min_high = std::numeric_limits<double>::infinity();
    bool exact = true;
    for (const Fact* f : group) {
      const Interval w = widen(interval_of(*f), tolerance_);
      if (std::isnan(w.low) || std::isnan(w.high)) exact = false;
      max_low = std::max(max_low, w.low);
      min_high = std::min(min_high, w.high);
    }
    if (exact && max_low < min_high) return false;
    if (exact && max_low > min_high) return true;
    for (size_t i = 0; i < group.size(); ++i)
      for (size_t j = i + 1; j < group.size(); ++j)
        if (differ(*group[i], *group[j])) return true;
    return false;
  }

  // Time order for a status line: dated first by their first day, undated last.
  static bool earlier(const Fact* a, const Fact* b) {
    auto x = time_days(a->as_of), y = time_days(b->as_of);
    long ka = x ? x->first : 99999999, kb = y ? y->first : 99999999;
    if (ka != kb) return ka < kb;
    return a->value < b->value;
  }

  std::string item(const CheckContext& c, const Fact& f) const {
    return c.messages.format("item", {{"value", value_text(c.messages, f)}, {"time", time_text(c.messages, f)},
                                      {"status", label(c.messages, "status", f.status)}, {"article", f.article}});
  }

  // One fact per distinct (time, value), in time order.
  std::vector<const Fact*> distinct(std::vector<const Fact*> facts) const {
    std::stable_sort(facts.begin(), facts.end(), earlier);
    std::vector<const Fact*> out;
    for (const Fact* f : facts) {
      bool dup = std::any_of(out.begin(), out.end(), [&](const Fact* g) {
        return time_key(*g) == time_key(*f) && !differ(*f, *g);
      });
      if (!dup) out.push_back(f);
    }
    return out;
  }

  std::optional<Finding> check_group(const RuleSpec& spec, const CheckContext& c,
                                     const std::vector<const Fact*>& group) const {
    std::set<std::string> articles;
    for (const Fact* f : group) articles.insert(f->article);
    if (articles.size() < min_articles_) return std::nullopt;
    if (!any_differ(group)) return std::nullopt;

    std::vector<std::string> reasons;
    std::vector<const Fact*> order;  // the finding's facts: the odd one out first
    const Fact* odd = nullptr;
    std::string verdict = "explained";
    std::vector<const Fact*> actual_latest, plan_items;

    // Statuses in name order, plans after actuals: a plan is read against what exists.
    auto by_status = partition(group, [](const Fact& f) { return f.status; });
    std::stable_partition(by_status.begin(), by_status.end(), [&](const auto& s) { return !is_plan(*s.front()); });
    for (const auto& facts : by_status) {
      const std::vector<const Fact*> line = distinct(facts);
      for (const Fact* f : line) order.push_back(f);
      if (is_plan(*facts.front())) {
        for (const Fact* f : line) plan_items.push_back(f);
      } else {
        actual_latest.push_back(line.back()->as_of.empty() && line.size() > 1 ? line[line.size() - 2] : line.back());
      }
      if (line.size() < 2) continue;
      std::vector<std::string> items;
      for (const Fact* f : line) items.push_back(item(c, *f));
      const std::string status = label(c.messages, "status", facts.front()->status);
      // How the figures of one status relate: same known time, unknown or overlapping time, or a timeline.
      bool same_time = false, unordered = false;
      const Fact* undated = nullptr;
      for (size_t i = 0; i < line.size(); ++i)
        for (size_t j = i + 1; j < line.size(); ++j) {
          TimeOrder o = compare_times(line[i]->as_of, line[j]->as_of);
          const bool guessed = line[i]->time_source == TimeSource::inferred || line[j]->time_source == TimeSource::inferred;
          if (o == TimeOrder::same && !guessed && time_key(*line[i]) == time_key(*line[j])) same_time = true;
          if (o == TimeOrder::unknown || o == TimeOrder::overlapping || (o == TimeOrder::same && guessed)) {
            unordered = true;
            if (!undated) undated = line[i]->as_of.empty() ? line[i] : line[j];
          }
        }
      if (same_time) {
        reasons.push_back(c.messages.format("explain.same_time", {{"status", status}, {"items", join(items, ", ")}}));
        if (verdict == "explained") verdict = "contradiction";
        if (!odd) odd = line.front();
      }
      if (unordered) {
        // The figure with no date at all is the one a reader must chase first.
        for (const Fact* f : line)
          if (f->as_of.empty()) {
            undated = f;
            break;
          }
        size_t missing = std::count_if(line.begin(), line.end(), [](const Fact* f) { return f->as_of.empty(); });
        std::string key = missing ? (missing == 1 ? "explain.undated_one" : "explain.undated_many") : "explain.unordered";
        reasons.push_back(c.messages.format(key, {{"status", status}, {"items", join(items, ", ")},
                                                  {"count", std::to_string(missing)}}));
        verdict = "unverifiable";
        odd = undated;
      } else if (!same_time) {
        reasons.push_back(c.messages.format("explain.timeline", {{"status", status}, {"items", join(items, ", ")}}));
      }
    }
    if (actual_latest.size() > 1) {
      std::vector<std::string> items;
      for (const Fact* f : actual_latest)
        items.push_back(c.messages.format("stage", {{"value", value_text(c.messages, *f)},
                                                    {"status", label(c.messages, "status", f->status)}}));
      reasons.push_back(c.messages.format("explain.stages", {{"items", join(items, c.messages.format("list.vs", {}))}}));
    }
    if (!plan_items.empty() && !actual_latest.empty()) {
      std::vector<std::string> plans;
      for (const Fact* p : plan_items)
        plans.push_back(c.messages.format("plan." + p->status, {{"value", value_text(c.messages, *p)},
                                                                {"time", p->as_of}, {"when", time_text(c.messages, *p)}}));
      std::vector<std::string> actuals;
      for (const Fact* a : actual_latest) actuals.push_back(item(c, *a) + " (" + label(c.messages, "status", a->status) + ")");
      reasons.push_back(c.messages.format("explain.plan", {{"plans", join(plans, "; ")}, {"actuals", join(actuals, ", ")}}));
    } else if (plan_items.size() > 1 && by_status.size() > 1) {
      std::vector<std::string> items;
      for (const Fact* p : plan_items)
        items.push_back(c.messages.format("stage", {{"value", value_text(c.messages, *p)},
                                                    {"status", label(c.messages, "status", p->status)}}));
      reasons.push_back(c.messages.format("explain.stages", {{"items", join(items, c.messages.format("list.vs", {}))}}));
    }

    // Every fact of the group is named: the distinct ones in explanation order, then repeats.
    for (const Fact* f : group)
      if (std::find(order.begin(), order.end(), f) == order.end()) order.push_back(f);
    if (odd) {
      order.erase(std::find(order.begin(), order.end(), odd));
      order.insert(order.begin(), odd);
    }
    std::vector<std::string> values;
    for (const Fact* f : order) {
      std::string v = value_text(c.messages, *f);
      if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(v);
    }
    Args args = fact_args(c.messages, *order.front());
    args["values"] = join(values, ", ");
    args["count"] = std::to_string(values.size());
    args["key"] = shared_key(*order.front(), false, false);
    Severity severity = verdict == "unverifiable" ? unverifiable_ : spec.severity;
    std::string why = c.messages.format("explain." + verdict, {{"reasons", join(reasons, "; ")}});
    return make_finding(spec, c, verdict, severity, order, args, why);
  }

  double tolerance_;
  Severity unverifiable_;
  size_t min_articles_;
  std::vector<std::string> plans_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_differences(RuleJson& json) {
  double tolerance = json.number("tolerance", 0, 0);
  Severity unverifiable = Severity::warning;
  parse_severity(json.choice("unverifiable_severity", {"error", "warning", "info"}, "warning"), unverifiable);
  double min_articles = json.number("min_articles", 1, 1);
  std::vector<std::string> plans = json.strings("plan_statuses");
  if (!json.take("plan_statuses")) plans = {"planned_target", "new_planned"};
  return std::make_shared<Differences>(tolerance, unverifiable, static_cast<size_t>(min_articles), std::move(plans));
}

}  // namespace solieu
