// timeline: a stock that only grows (zones established, operational, with infrastructure done)
// must not shrink between two dates. Only times that can be ordered are compared: "2022"
// before "2023-08-22" yes, "2023" against "2023-08-22" no (either could be first). Each later
// figure is set against the highest earlier figure it falls below, and the later figures that
// fall below the same earlier one make one finding: the lowest of them first, then the earlier
// figure, then the others. One high figure early in a timeline is one thing to check, not one
// warning per article that came after it (a synthetic million facts gave 282,000 of those).
// Tested by tests/rules/timeline/cases.json.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

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
    const auto groups = partition(usable, PartBy::status);
    // Drops first, then the findings: the later figures below each earlier one, in group order.
    struct Drop {
      const Fact* earlier;
      std::vector<const Fact*> later;
    };
    std::vector<Drop> drops;
    std::unordered_map<const Fact*, size_t> drop_of;  // earlier figure -> its drop, within a group
    for (const auto& group : groups) {
      const std::vector<const Fact*> worst_of = worst_earlier(group);
      drop_of.clear();
      for (size_t k = 0; k < group.size(); ++k) {
        if (!worst_of[k]) continue;
        auto [it, added] = drop_of.try_emplace(worst_of[k], drops.size());
        if (added) drops.push_back({worst_of[k], {}});
        drops[it->second].later.push_back(group[k]);
      }
    }
    out.reserve(drops.size());
    // A finding's words are borrowed from the run's wording cache; the two joined texts and the
    // key are written into buffers kept across findings.
    std::string key, earlier_when, later_when;
    std::vector<const Fact*> listed;
    for (const Drop& drop : drops) {
      const Fact* worst = drop.earlier;
      // The lowest later figure speaks for the drop; the first of equal ones.
      size_t lowest = 0;
      for (size_t b = 1; b < drop.later.size(); ++b)
        if (interval_of(*drop.later[b]).low < interval_of(*drop.later[lowest]).low) lowest = b;
      const Fact* later = drop.later[lowest];
      listed.assign({later, worst});
      for (size_t b = 0; b < drop.later.size(); ++b)
        if (b != lowest) listed.push_back(drop.later[b]);
      std::string rooms[5];  // texts made without a cache live here
      const std::string_view earlier = value_view(c.messages, *worst, rooms[0]);
      const std::string_view now = value_view(c.messages, *later, rooms[1]);
      const std::string_view earlier_time = time_view(c.messages, *worst, rooms[2]);
      const std::string_view later_time = time_view(c.messages, *later, rooms[3]);
      const std::string_view status = label_view(c.messages, "status", later->status, rooms[4]);
      Args args = fact_args(c.messages, *later);
      args.borrow("earlier", earlier);
      args.borrow("later", now);
      args.borrow("earlier_time", earlier_time);
      args.borrow("later_time", later_time);
      shared_key_into(key, *later, true, false);
      earlier_when.assign(earlier).append(1, ' ').append(earlier_time);
      later_when.assign(now).append(1, ' ').append(later_time);
      std::string why = say(c.messages, "timeline.why",
                            {{"key", key}, {"earlier", earlier_when}, {"later", later_when}, {"status", status}});
      if (listed.size() == 3) why += say(c.messages, "timeline.other", Words{});
      if (listed.size() > 3) why += say(c.messages, "timeline.others", {{"count", std::to_string(listed.size() - 2)}});
      out.push_back(make_finding(spec, c, verdict_, spec.severity, listed, std::move(args), std::move(why)));
    }
    return out;
  }

 private:
  // For each fact, the earlier fact with the highest low end that it falls below, or null; on a
  // tie of low ends, the first in group order. The plain way compares every pair of a group,
  // which a large province makes quadratic. Instead the earlier candidates are swept in order
  // of their last day while the facts are visited by their first day, keeping the best low end
  // seen so far: a widened low end only grows with the low end (for tolerance <= 1), so if the
  // best candidate is not above the fact, none is. An exact tie at the boundary (the best low
  // end equals the fact's high end: "10" before "9", [9.5, 10.5] and [8.5, 9.5]), where the
  // half-open reading decides, is common, a count falling by one. Without tolerance only a
  // candidate starting exactly there, and not a point, can be above the fact (a point reads as
  // closed, and so touches it), and of those the first in group order wins: the candidates seen
  // are indexed by that low end, so the tie costs a lookup, not a pass over every earlier figure
  // (a province's thousands of figures made that quadratic). With tolerance, widening may round,
  // and the pairwise test over the candidates so far settles the tie.
  std::vector<const Fact*> worst_earlier(const std::vector<const Fact*>& group) const {
    const size_t n = group.size();
    std::vector<const Fact*> worst(n, nullptr);
    struct Item {
      long first, last;
      double low;
      size_t index;
    };
    std::vector<Item> items;
    items.reserve(n);
    bool plain = tolerance_ > 1;
    for (size_t k = 0; k < n; ++k) {
      auto days = time_days(group[k]->as_of);
      if (!days) continue;  // an unreadable time orders against nothing
      const Interval i = interval_of(*group[k]);
      if (std::isnan(i.low) || std::isnan(i.high)) plain = true;
      items.push_back({days->first, days->second, i.low, k});
    }
    if (plain) return worst_pairwise(group);
    std::vector<const Item*> by_first, by_last;
    for (const Item& it : items) by_first.push_back(&it), by_last.push_back(&it);
    std::sort(by_first.begin(), by_first.end(), [](const Item* a, const Item* b) { return a->first < b->first; });
    std::sort(by_last.begin(), by_last.end(), [](const Item* a, const Item* b) { return a->last < b->last; });
    const Item* best = nullptr;
    std::vector<const Item*> seen;
    const bool exact = tolerance_ <= 0;                     // widen() is then the identity
    std::unordered_map<uint64_t, size_t> first_range_from;  // low end's bits -> first index of a range
    size_t next = 0;
    for (const Item* later : by_first) {
      for (; next < by_last.size() && by_last[next]->last < later->first; ++next) {
        const Item* cand = by_last[next];
        seen.push_back(cand);
        if (exact) {
          const Interval ci = interval_of(*group[cand->index]);
          if (ci.low != ci.high) {
            auto [it, added] = first_range_from.try_emplace(bits_of(ci.low), cand->index);
            if (!added && cand->index < it->second) it->second = cand->index;
          }
        }
        if (!best || cand->low > best->low || (cand->low == best->low && cand->index < best->index)) best = cand;
      }
      if (!best) continue;
      const Fact& fact = *group[later->index];
      const Interval wl = widen(interval_of(*group[best->index]), tolerance_);
      const Interval wf = widen(interval_of(fact), tolerance_);
      if (wl.low > wf.high) {
        if (above(interval_of(*group[best->index]), interval_of(fact), tolerance_)) {
          worst[later->index] = group[best->index];
          continue;
        }
      } else if (wl.low < wf.high) {
        continue;
      } else if (exact) {
        if (wf.low != wf.high) {
          auto it = first_range_from.find(bits_of(wf.high));
          if (it != first_range_from.end()) worst[later->index] = group[it->second];
        }
        continue;
      }
      // The boundary case: the pairwise rule over every candidate so far.
      const Fact* w = nullptr;
      size_t w_index = 0;
      for (const Item* cand : seen) {
        const Fact* before = group[cand->index];
        if (!above(interval_of(*before), interval_of(fact), tolerance_)) continue;
        if (!w || interval_of(*before).low > interval_of(*w).low ||
            (interval_of(*before).low == interval_of(*w).low && cand->index < w_index))
          w = before, w_index = cand->index;
      }
      worst[later->index] = w;
    }
    return worst;
  }

  // Equal doubles give equal bits (-0 is read as 0; NaN never comes here).
  static uint64_t bits_of(double x) {
    x += 0.0;
    uint64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b;
  }

  // The definition itself, for the cases the sweep cannot take.
  std::vector<const Fact*> worst_pairwise(const std::vector<const Fact*>& group) const {
    std::vector<const Fact*> worst(group.size(), nullptr);
    for (size_t k = 0; k < group.size(); ++k)
      for (const Fact* before : group) {
        if (compare_times(before->as_of, group[k]->as_of) != TimeOrder::before) continue;
        if (above(interval_of(*before), interval_of(*group[k]), tolerance_) &&
            (!worst[k] || interval_of(*before).low > interval_of(*worst[k]).low))
          worst[k] = before;
      }
    return worst;
  }

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
