// agree: facts that say the same thing must give the same figure. "The same thing" is the
// same place, subject, metric, zone, qualifier, unit, status and time (a known time: two
// undated figures are not known to be simultaneous, nor is a date the extractor inferred). "The same figure" means
// intervals that overlap, within the rule's relative tolerance: "hơn 3.000 ha" agrees with "3.209 ha", "khoảng 7.000
// ha" may not agree with "7.840 ha". One finding per disagreeing group, the odd one out first. Tested by
// tests/rules/agree/cases.json.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

class Agree : public RuleCheck {
 public:
  Agree(double tolerance, bool same_article) : tolerance_(tolerance), same_article_(same_article) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& context) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> dated;
    for (const Fact* f : select_facts(spec.select, context.facts))
      if (!f->as_of.empty() && f->time_source != TimeSource::inferred && !f->malformed) dated.push_back(f);
    for (const auto& group : partition(dated, PartBy::status_time))
      if (auto finding = check_group(spec, context, group)) out.push_back(std::move(*finding));
    return out;
  }

 private:
  // Up to this size a group is counted pair by pair; above it, by sorted interval ends.
  static constexpr size_t kPairwiseUpTo = 64;

  bool any_nan(const std::vector<const Fact*>& group) const {
    return std::any_of(group.begin(), group.end(), [&](const Fact* f) {
      const Interval w = widen(interval_of(*f), tolerance_);
      return std::isnan(w.low) || std::isnan(w.high);
    });
  }

  // Conflicts and agreements of every fact without comparing every pair. Two widened intervals
  // do not overlap when one lies wholly below the other: for two ranges, ending at or before the
  // other's start; when either is a single point, strictly before (overlaps' reading). So the
  // facts a fact conflicts with are counted by binary search over the sorted ends of the ranges
  // and of the points apart; facts of its own article, which are not compared unless
  // same_article is set, are few and taken back out one by one.
  bool count_sorted(const std::vector<const Fact*>& group, std::vector<int>& conflicts,
                    std::vector<int>& agreements) const {
    const size_t n = group.size();
    std::vector<Interval> w(n);
    std::vector<double> range_high, range_low, point_high, point_low;
    for (size_t i = 0; i < n; ++i) {
      w[i] = widen(interval_of(*group[i]), tolerance_);
      const bool point = w[i].low == w[i].high;
      (point ? point_high : range_high).push_back(w[i].high);
      (point ? point_low : range_low).push_back(w[i].low);
    }
    for (auto* v : {&range_high, &range_low, &point_high, &point_low}) std::sort(v->begin(), v->end());
    auto below = [](const std::vector<double>& highs, double x, bool strict) {  // highs < x, or <= x
      return static_cast<long>(
          (strict ? std::lower_bound(highs.begin(), highs.end(), x) : std::upper_bound(highs.begin(), highs.end(), x)) -
          highs.begin());
    };
    auto above = [](const std::vector<double>& lows, double x, bool strict) {  // lows > x, or >= x
      return static_cast<long>(lows.end() - (strict ? std::upper_bound(lows.begin(), lows.end(), x)
                                                    : std::lower_bound(lows.begin(), lows.end(), x)));
    };
    std::unordered_map<std::string_view, std::vector<size_t>> by_article;
    if (!same_article_)
      for (size_t i = 0; i < n; ++i) by_article[group[i]->article].push_back(i);
    bool any = false;
    for (size_t i = 0; i < n; ++i) {
      const bool point = w[i].low == w[i].high;
      // Against ranges: strict unless i is a point; against points: always strict.
      long apart = below(range_high, w[i].low, point) + above(range_low, w[i].high, point) +
                   below(point_high, w[i].low, true) + above(point_low, w[i].high, true);
      long comparable_count = static_cast<long>(n) - 1;
      if (!same_article_) {
        const auto& mates = by_article[group[i]->article];
        comparable_count -= static_cast<long>(mates.size()) - 1;
        for (size_t j : mates)
          if (j != i && !overlaps(interval_of(*group[i]), interval_of(*group[j]), tolerance_)) --apart;
      }
      conflicts[i] = static_cast<int>(apart);
      agreements[i] = static_cast<int>(comparable_count - apart);
      any = any || apart > 0;
    }
    return any;
  }

  // The definition pair by pair, for small groups (and NaN ends): each fact's widened interval
  // and article are worked out once, not once per pair; an article becomes a small number, so a
  // pair costs two integer and four double comparisons instead of a string comparison.
  bool count_pairwise(const std::vector<const Fact*>& group, std::vector<int>& conflicts,
                      std::vector<int>& agreements) const {
    const size_t n = group.size();
    std::vector<Interval> w(n);
    std::vector<bool> point(n);
    std::vector<uint32_t> article(n);
    for (size_t i = 0; i < n; ++i) {
      w[i] = widen(interval_of(*group[i]), tolerance_);
      point[i] = w[i].low == w[i].high;
      article[i] = static_cast<uint32_t>(i);
      // Facts of one article are mostly neighbours (canonical order is by article).
      if (i > 0 && group[i]->article == group[i - 1]->article)
        article[i] = article[i - 1];
      else
        for (size_t j = 0; j < i; ++j)
          if (article[j] == j && group[j]->article == group[i]->article) {
            article[i] = static_cast<uint32_t>(j);
            break;
          }
    }
    bool any = false;
    for (size_t i = 0; i < n; ++i) {
      int conflict_count = 0, agreement_count = 0;
      for (size_t j = 0; j < n; ++j) {
        if (i == j || (!same_article_ && article[i] == article[j])) continue;
        // overlaps() on the widened intervals: closed when either is a point, else half-open.
        const bool overlap = point[i] || point[j] ? w[i].low <= w[j].high && w[j].low <= w[i].high
                                                  : w[i].low < w[j].high && w[j].low < w[i].high;
        if (overlap)
          ++agreement_count;
        else
          ++conflict_count;
      }
      conflicts[i] = conflict_count;
      agreements[i] = agreement_count;
      any = any || conflict_count > 0;
    }
    return any;
  }

  bool comparable(const Fact& a, const Fact& b) const { return same_article_ || a.article != b.article; }
  bool conflict(const Fact& a, const Fact& b) const {
    return comparable(a, b) && !overlaps(interval_of(a), interval_of(b), tolerance_);
  }

  std::optional<Finding> check_group(const RuleSpec& spec, const CheckContext& context,
                                     const std::vector<const Fact*>& group) const {
    const size_t n = group.size();
    std::vector<int> conflicts(n, 0), agreements(n, 0);
    bool any = n > kPairwiseUpTo ? count_sorted(group, conflicts, agreements) : false;
    if (n <= kPairwiseUpTo || any_nan(group)) any = count_pairwise(group, conflicts, agreements);
    if (!any) return std::nullopt;
    // The odd one out disagrees with the most and agrees with the fewest; on a tie, the first
    // in canonical order, so the choice does not depend on input order.
    size_t odd = 0;
    for (size_t i = 1; i < n; ++i)
      if (conflicts[i] > conflicts[odd] || (conflicts[i] == conflicts[odd] && agreements[i] < agreements[odd])) odd = i;
    const Fact& first = *group[odd];
    std::vector<const Fact*> facts{&first};
    facts.reserve(n);
    const Fact* other = nullptr;
    // Value texts are views into the run's wording cache (or into rooms, without one).
    std::vector<std::string> rooms;
    rooms.reserve(n + 1);
    std::vector<std::string_view> other_values;
    for (size_t i = 0; i < n; ++i) {
      if (i == odd) continue;
      facts.push_back(group[i]);
      if (conflict(first, *group[i])) {
        if (!other) other = group[i];
        const std::string_view v = value_view(context.messages, *group[i], rooms.emplace_back());
        if (std::find(other_values.begin(), other_values.end(), v) == other_values.end()) other_values.push_back(v);
      }
    }
    const std::string_view value = value_view(context.messages, first, rooms.emplace_back());
    std::string room;
    const std::string_view other_value = value_view(context.messages, *other, room);
    Args args = fact_args(context.messages, first);
    std::string& others = args["other"];
    for (size_t i = 0; i < other_values.size(); ++i) {
      if (i) others += ", ";
      others += other_values[i];
    }
    std::string values;
    values.reserve(value.size() + 4 + others.size());
    values.append(value).append(" vs ").append(others);
    args["values"] = std::move(values);
    const Interval iv = widen(interval_of(*other), tolerance_);
    args["interval"] = "[" + format_number(iv.low) + ", " + format_number(iv.high) + "]";
    std::string key;
    shared_key_into(key, first, true, true);
    std::string why =
        say(context.messages, "agree.why",
            {{"key", key}, {"value", value}, {"other", other_value}, {"interval", *args.lookup("interval")}});
    return make_finding(spec, context, "contradiction", spec.severity, facts, std::move(args), std::move(why));
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
