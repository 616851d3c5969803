// differences: every group of facts (same place, subject, metric, zone, qualifier, unit) whose
// figures differ is reported once, saying why each difference is or is not explained:
//   different status   "9 approved vs 9 established are different stages"
//   different time     a timeline, "6 in 2022 (inferred), 9 on 2023-08-22"
//   plan vs actual     "29 is the 2030 target; 9 exist on 2023-08-22"
//   unknown time       "one figure has no date: cannot be ordered" -> verdict unverifiable
//   same time          left to the agree rules, named here so the picture is complete
// It is the answer to "why do these articles say 6, 9 and 29?" when nothing is wrong.
//
// A province in a large corpus has groups of 100,000 figures: each fact's time is read once,
// figures of one time are deduplicated through a hash of that time, and how the figures of a
// status relate is decided from neighbours in time order, never from all pairs. What a finding
// lists is bounded (max_items per list, max_facts per finding, both rule fields): the first ones
// in explanation order are kept and the rest are counted in the text ("and 1,234 more").
// Tested by tests/rules/differences/cases.json and tests/rules/test_differences_scale.cpp.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

// A fact of the group with its time read once.
struct Dated {
  const Fact* fact;
  long first;  // first day as yyyymmdd; 99999999 when unknown or unreadable (sorts last)
  long last;
  bool readable;
};

// The time two figures of one status must share to be the same figure: as_of, and the period
// start unless the status is a target (time_key's reading, without building its string).
struct TimeKey {
  std::string_view as_of, from;
  bool operator==(const TimeKey& o) const { return as_of == o.as_of && from == o.from; }
};
struct TimeKeyHash {
  size_t operator()(const TimeKey& k) const {
    const size_t a = std::hash<std::string_view>{}(k.as_of), b = std::hash<std::string_view>{}(k.from);
    return a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2));
  }
};

TimeKey time_key_of(const Fact& f) {
  if (f.as_of.empty()) return {};
  if (f.status == "planned_target") return {f.as_of, {}};
  return {f.as_of, f.period_from};
}

// What a value text depends on within a group: the value's bits and the approximation.
struct Figure {
  uint64_t bits;
  Approx approx;
  bool operator==(const Figure& o) const { return bits == o.bits && approx == o.approx; }
};
struct FigureHash {
  size_t operator()(const Figure& f) const {
    return std::hash<uint64_t>{}(f.bits * 8 + static_cast<uint64_t>(f.approx));
  }
};

Figure figure_of(const Fact& f) {
  Figure k{0, f.approx};
  std::memcpy(&k.bits, &f.value, sizeof k.bits);
  return k;
}

bool guessed(const Fact& f) { return f.time_source == TimeSource::inferred; }

class Differences : public RuleCheck {
 public:
  Differences(double tolerance, Severity unverifiable, size_t min_articles, std::vector<std::string> plans,
              size_t max_items, size_t max_facts)
      : tolerance_(tolerance),
        unverifiable_(unverifiable),
        min_articles_(min_articles),
        plans_(std::move(plans)),
        max_items_(max_items),
        max_facts_(max_facts) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& context) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> usable;
    for (const Fact* f : select_facts(spec.select, context.facts))
      if (!f->malformed) usable.push_back(f);
    for (const auto& group : partition(usable, PartBy::group))
      if (auto finding = check_group(spec, context, group)) out.push_back(std::move(*finding));
    return out;
  }

 private:
  bool is_plan(const Fact& f) const { return std::find(plans_.begin(), plans_.end(), f.status) != plans_.end(); }
  bool differ(const Fact& a, const Fact& b) const { return !overlaps(interval_of(a), interval_of(b), tolerance_); }

  bool enough_articles(const std::vector<const Fact*>& group) const {
    if (min_articles_ <= 1) return !group.empty();
    std::unordered_set<std::string_view> articles;
    for (const Fact* f : group)
      if (articles.insert(f->article).second && articles.size() >= min_articles_) return true;
    return false;
  }

  // Whether two figures of the group differ. Intervals that pairwise overlap share a point, so
  // comparing the highest low end with the lowest high end answers in one pass. When the two
  // are equal, every interval holds that point p, and two differ only where the half-open
  // reading parts them: one (not a point) ends at p and another (not a point) starts there.
  bool any_differ(const std::vector<const Fact*>& group) const {
    if (group.size() < 2) return false;
    double max_low = -std::numeric_limits<double>::infinity(), min_high = std::numeric_limits<double>::infinity();
    for (const Fact* f : group) {
      const Interval w = widen(interval_of(*f), tolerance_);
      if (std::isnan(w.low) || std::isnan(w.high)) return any_differ_pairwise(group);
      max_low = std::max(max_low, w.low);
      min_high = std::min(min_high, w.high);
    }
    if (max_low < min_high) return false;
    if (max_low > min_high) return true;
    bool starts = false, ends = false;
    for (const Fact* f : group) {
      const Interval w = widen(interval_of(*f), tolerance_);
      if (w.low == w.high) continue;
      starts = starts || w.low == max_low;
      ends = ends || w.high == max_low;
    }
    return starts && ends;
  }

  // The definition, for figures whose widened interval is not a number.
  bool any_differ_pairwise(const std::vector<const Fact*>& group) const {
    for (size_t i = 0; i < group.size(); ++i)
      for (size_t j = i + 1; j < group.size(); ++j)
        if (differ(*group[i], *group[j])) return true;
    return false;
  }

  std::string item(const CheckContext& c, const Fact& f) const {
    return say(c.messages, "item",
               {{"value", value_text(c.messages, f)},
                {"time", time_text(c.messages, f)},
                {"status", label(c.messages, "status", f.status)},
                {"article", f.article}});
  }

  // The first max_items texts of `facts`, then how many more there are.
  template <typename Text>
  std::vector<std::string> bounded(const CheckContext& c, const std::vector<const Fact*>& facts, Text text) const {
    std::vector<std::string> out;
    const size_t shown = std::min(facts.size(), max_items_);
    out.reserve(shown + 1);
    for (size_t i = 0; i < shown; ++i) out.push_back(text(*facts[i]));
    if (shown < facts.size()) out.push_back(more_text(c.messages, facts.size() - shown));
    return out;
  }

  // One fact per distinct (time, value), in time order: dated first by their first day, undated
  // last, then by value; a figure is dropped when one kept before it has its time and overlaps it.
  std::vector<Dated> distinct(const std::vector<Dated>& facts) const {
    std::vector<Dated> sorted = facts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Dated& a, const Dated& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.fact->value < b.fact->value;
    });
    std::vector<Dated> out;
    std::unordered_map<TimeKey, std::vector<const Fact*>, TimeKeyHash> kept;
    for (const Dated& d : sorted) {
      std::vector<const Fact*>& same_time = kept[time_key_of(*d.fact)];
      if (std::any_of(same_time.begin(), same_time.end(), [&](const Fact* g) { return !differ(*d.fact, *g); }))
        continue;
      same_time.push_back(d.fact);
      out.push_back(d);
    }
    return out;
  }

  // Whether two figures of one status line cannot be ordered: compare_times says unknown or
  // overlapping, or the same time where one was inferred.
  static bool unordered_pair(const Dated& a, const Dated& b) {
    const std::string &x = a.fact->as_of, &y = b.fact->as_of;
    if (x.empty() || y.empty()) return true;
    if (!a.readable || !b.readable || x == y) return x == y ? guessed(*a.fact) || guessed(*b.fact) : true;
    return !(a.last < b.first || b.last < a.first);
  }

  // The first pair (i, j), i < j, of a line with no undated figure that cannot be ordered, in
  // the order the pairs were once compared one by one; {npos, npos} when every pair orders.
  // The line is sorted by first day with unreadable times last, so the j that overlap i follow
  // it, up to the first that starts after i ends; past them, only an unreadable time is
  // unordered with i. A scan that finds nothing met only i's own time, known for sure, so the
  // figures it passed over would find nothing either and are skipped.
  static std::pair<size_t, size_t> first_unordered(const std::vector<Dated>& line) {
    const size_t n = line.size(), none = std::string::npos;
    size_t readable = 0;
    while (readable < n && line[readable].readable) ++readable;
    if (readable == 0) {
      for (size_t j = 1; j < n; ++j)
        if (unordered_pair(line[0], line[j])) return {0, j};
      return {none, none};
    }
    for (size_t i = 0; i < readable;) {
      size_t j = i + 1;
      for (; j < readable && line[j].first <= line[i].last; ++j)
        if (unordered_pair(line[i], line[j])) return {i, j};
      if (readable < n) return {i, readable};
      i = j;
    }
    return {none, none};
  }

  std::optional<Finding> check_group(const RuleSpec& spec, const CheckContext& c,
                                     const std::vector<const Fact*>& group) const {
    if (!enough_articles(group)) return std::nullopt;
    if (!any_differ(group)) return std::nullopt;

    std::vector<std::string> reasons;
    std::vector<const Fact*> order;  // the finding's facts: the odd one out first
    order.reserve(group.size());
    const Fact* odd = nullptr;
    std::string verdict = "explained";
    std::vector<const Fact*> actual_latest, plan_items;

    // Statuses in name order, plans after actuals: a plan is read against what exists.
    auto by_status = partition(group, [](const Fact& f) { return f.status.str(); });
    std::stable_partition(by_status.begin(), by_status.end(), [&](const auto& s) { return !is_plan(*s.front()); });
    std::vector<Dated> dated;
    for (const auto& facts : by_status) {
      dated.clear();
      dated.reserve(facts.size());
      for (const Fact* f : facts) {
        const auto days = f->as_of.empty() ? std::nullopt : time_days(f->as_of);
        dated.push_back({f, days ? days->first : 99999999, days ? days->second : 99999999, days.has_value()});
      }
      const std::vector<Dated> line = distinct(dated);
      std::vector<const Fact*> line_facts;
      line_facts.reserve(line.size());
      for (const Dated& d : line) line_facts.push_back(d.fact);
      order.insert(order.end(), line_facts.begin(), line_facts.end());
      if (is_plan(*facts.front())) {
        plan_items.insert(plan_items.end(), line_facts.begin(), line_facts.end());
      } else {
        actual_latest.push_back(line.back().fact->as_of.empty() && line.size() > 1 ? line[line.size() - 2].fact
                                                                                   : line.back().fact);
      }
      if (line.size() < 2) continue;
      const std::vector<std::string> items = bounded(c, line_facts, [&](const Fact& f) { return item(c, f); });
      const std::string status = label(c.messages, "status", facts.front()->status);
      // How the figures of one status relate: same known time, unknown or overlapping time, or a timeline.
      bool same_time = false;
      {
        std::unordered_set<TimeKey, TimeKeyHash> times;
        for (const Dated& d : line)
          if (!d.fact->as_of.empty() && !guessed(*d.fact) && !times.insert(time_key_of(*d.fact)).second) {
            same_time = true;
            break;
          }
      }
      const Fact* undated = nullptr;
      size_t missing = 0;
      for (const Dated& d : line)
        if (d.fact->as_of.empty()) {
          if (!missing) undated = d.fact;  // the figure with no date at all is the one a reader must chase first
          ++missing;
        }
      bool unordered = missing > 0;
      if (!unordered) {
        const auto [i, j] = first_unordered(line);
        unordered = i != std::string::npos;
        if (unordered) undated = line[j].fact;
      }
      if (same_time) {
        reasons.push_back(say(c.messages, "explain.same_time", {{"status", status}, {"items", join(items, ", ")}}));
        if (verdict == "explained") verdict = "contradiction";
        if (!odd) odd = line.front().fact;
      }
      if (unordered) {
        std::string key =
            missing ? (missing == 1 ? "explain.undated_one" : "explain.undated_many") : "explain.unordered";
        reasons.push_back(say(c.messages, key,
                              {{"status", status}, {"items", join(items, ", ")}, {"count", std::to_string(missing)}}));
        verdict = "unverifiable";
        odd = undated;
      } else if (!same_time) {
        reasons.push_back(say(c.messages, "explain.timeline", {{"status", status}, {"items", join(items, ", ")}}));
      }
    }
    if (actual_latest.size() > 1) {
      const std::vector<std::string> items = bounded(c, actual_latest, [&](const Fact& f) {
        return say(c.messages, "stage",
                   {{"value", value_text(c.messages, f)}, {"status", label(c.messages, "status", f.status)}});
      });
      reasons.push_back(say(c.messages, "explain.stages", {{"items", join(items, say(c.messages, "list.vs", {}))}}));
    }
    if (!plan_items.empty() && !actual_latest.empty()) {
      const std::vector<std::string> plans = bounded(c, plan_items, [&](const Fact& p) {
        return say(c.messages, "plan." + p.status,
                   {{"value", value_text(c.messages, p)}, {"time", p.as_of}, {"when", time_text(c.messages, p)}});
      });
      const std::vector<std::string> actuals = bounded(c, actual_latest, [&](const Fact& a) {
        return item(c, a) + " (" + label(c.messages, "status", a.status) + ")";
      });
      reasons.push_back(
          say(c.messages, "explain.plan", {{"plans", join(plans, "; ")}, {"actuals", join(actuals, ", ")}}));
    } else if (plan_items.size() > 1 && by_status.size() > 1) {
      const std::vector<std::string> items = bounded(c, plan_items, [&](const Fact& p) {
        return say(c.messages, "stage",
                   {{"value", value_text(c.messages, p)}, {"status", label(c.messages, "status", p.status)}});
      });
      reasons.push_back(say(c.messages, "explain.stages", {{"items", join(items, say(c.messages, "list.vs", {}))}}));
    }

    // Every fact of the group is named: the distinct ones in explanation order, then repeats.
    {
      std::unordered_set<const Fact*> named(order.begin(), order.end());
      for (const Fact* f : group)
        if (!named.count(f)) order.push_back(f);
    }
    if (odd) {
      order.erase(std::find(order.begin(), order.end(), odd));
      order.insert(order.begin(), odd);
    }
    // Distinct value texts in that order; a text is worked out once per (value, approx), what
    // it depends on besides the group's unit.
    std::vector<std::string> values;
    size_t value_count = 0;
    {
      std::unordered_set<std::string> texts;
      std::unordered_set<Figure, FigureHash> figures;
      for (const Fact* f : order) {
        if (!figures.insert(figure_of(*f)).second) continue;
        std::string v = value_text(c.messages, *f);
        if (!texts.insert(v).second) continue;
        if (++value_count <= max_items_) values.push_back(std::move(v));
      }
      if (value_count > values.size()) values.push_back(more_text(c.messages, value_count - values.size()));
    }
    if (order.size() > max_facts_) {
      reasons.push_back(more_facts_text(c.messages, order.size() - max_facts_));
      order.resize(max_facts_);
    }
    Args args = fact_args(c.messages, *order.front());
    args["values"] = join(values, ", ");
    args["count"] = std::to_string(value_count);
    args["key"] = shared_key(*order.front(), false, false);
    Severity severity = verdict == "unverifiable" ? unverifiable_ : spec.severity;
    std::string why = say(c.messages, "explain." + verdict, {{"reasons", join(reasons, "; ")}});
    return make_finding(spec, c, verdict, severity, order, std::move(args), std::move(why));
  }

  double tolerance_;
  Severity unverifiable_;
  size_t min_articles_;
  std::vector<std::string> plans_;
  size_t max_items_;
  size_t max_facts_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_differences(RuleJson& json) {
  double tolerance = json.number("tolerance", 0, 0);
  Severity unverifiable = Severity::warning;
  parse_severity(json.choice("unverifiable_severity", {"error", "warning", "info"}, "warning"), unverifiable);
  double min_articles = json.number("min_articles", 1, 1);
  std::vector<std::string> plans = json.strings("plan_statuses");
  if (!json.take("plan_statuses")) plans = {"planned_target", "new_planned"};
  // Far above any group of a real run (tens of figures), far below what a million facts make.
  double max_items = json.number("max_items", 50, 1);
  double max_facts = json.number("max_facts", 200, 1);
  return std::make_shared<Differences>(tolerance, unverifiable, static_cast<size_t>(min_articles), std::move(plans),
                                       static_cast<size_t>(max_items), static_cast<size_t>(max_facts));
}

}  // namespace solieu
