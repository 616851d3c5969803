// plan: existing + new = target. A target T for year Y ("đến năm 2030 có 29 KCN") is read
// against a figure E that existed before Y and a number N of new zones planned (same year or
// none): when some E + N meets T within the intervals, the plan is explained ("6 existing +
// 23 new = 29 by 2030"), an info finding that tells a reader why 6, 23 and 29 all stand.
// It warns only when one article states all three and they do not add up, and nothing in that
// article (an expansion, a merger, a removal) could account for the gap: no cry-wolf.
// Tested by tests/rules/plan/cases.json.
#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_map>

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
      : existing_(std::move(existing)),
        new_(std::move(new_status)),
        target_(std::move(target_status)),
        blockers_(std::move(blockers)),
        tolerance_(tolerance) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    std::vector<const Fact*> usable;
    for (const Fact* f : select_facts(spec.select, c.facts))
      if (!f->malformed) usable.push_back(f);
    for (const auto& group : partition(usable, PartBy::group)) {
      GroupIndex index(group);
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
        if (auto f = check_target(spec, c, index, *target, year)) {
          out.push_back(std::move(*f));
          reported.push_back(target);
        }
      }
    }
    return out;
  }

 private:
  // Figures of one role (existing or new) for one target year, in group order, with what the
  // search needs: by article (the target's own article ranks first), and one entry per distinct
  // interval (equal intervals add up alike, so only the first of each, or the first outside the
  // target's article, can be the pair the search picks).
  struct Role {
    struct Distinct {
      Interval interval;
      size_t first;  // index into facts
      size_t other;  // the first index whose article is not facts[first]'s; npos if none
    };
    std::vector<const Fact*> facts;
    std::unordered_map<std::string_view, std::vector<size_t>> by_article;
    std::vector<Distinct> distinct;

    void finish() {
      std::unordered_map<std::pair<uint64_t, uint64_t>, size_t, PairHash> slot;
      for (size_t k = 0; k < facts.size(); ++k) {
        by_article[facts[k]->article].push_back(k);
        const Interval i = interval_of(*facts[k]);
        auto [it, added] = slot.try_emplace(bits_of(i), distinct.size());
        if (added) {
          distinct.push_back({i, k, std::string::npos});
          continue;
        }
        Distinct& d = distinct[it->second];
        if (d.other == std::string::npos && facts[k]->article != facts[d.first]->article) d.other = k;
      }
    }
    // (index, interval) of the figures in `article`, or of those outside it, ascending.
    std::vector<std::pair<size_t, Interval>> within(std::string_view article) const {
      std::vector<std::pair<size_t, Interval>> out;
      auto it = by_article.find(article);
      if (it != by_article.end())
        for (size_t k : it->second) out.emplace_back(k, interval_of(*facts[k]));
      return out;
    }
    std::vector<std::pair<size_t, Interval>> outside(std::string_view article) const {
      std::vector<std::pair<size_t, Interval>> out;
      for (const Distinct& d : distinct) {
        const size_t k = facts[d.first]->article != article ? d.first : d.other;
        if (k != std::string::npos) out.emplace_back(k, d.interval);
      }
      std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      return out;
    }
  };

  struct PairHash {
    size_t operator()(const std::pair<uint64_t, uint64_t>& p) const {
      return std::hash<uint64_t>{}(p.first * 0x9e3779b97f4a7c15ull ^ p.second);
    }
  };
  static std::pair<uint64_t, uint64_t> bits_of(const Interval& i) {
    std::pair<uint64_t, uint64_t> b;
    std::memcpy(&b.first, &i.low, sizeof b.first);
    std::memcpy(&b.second, &i.high, sizeof b.second);
    return b;
  }

  // A group's facts by article, and its existing and new figures per target year, built once
  // per group rather than once per target.
  class GroupIndex {
   public:
    explicit GroupIndex(const std::vector<const Fact*>& group) : group_(group) {}
    // Built on first use: most groups have no target that fails to add up.
    const std::vector<const Fact*>& article(std::string_view a) {
      static const std::vector<const Fact*> none;
      if (by_article_.empty())
        for (const Fact* f : group_) by_article_[f->article].push_back(f);
      auto it = by_article_.find(a);
      return it == by_article_.end() ? none : it->second;
    }
    const std::pair<Role, Role>& year(const Plan& plan, int y) {
      auto [it, added] = years_.try_emplace(y);
      if (!added) return it->second;
      Role& existing = it->second.first;
      Role& news = it->second.second;
      for (const Fact* f : group_) {
        if (f->status == plan.new_ && (f->as_of.empty() || time_year(f->as_of) == y)) news.facts.push_back(f);
        if (among(plan.existing_, f->status) && f->period_from.empty()) {
          const int fy = time_year(f->as_of);
          if (fy != 0 && fy < y) existing.facts.push_back(f);
        }
      }
      existing.finish();
      news.finish();
      return it->second;
    }

   private:
    const std::vector<const Fact*>& group_;
    std::unordered_map<std::string_view, std::vector<const Fact*>> by_article_;
    std::unordered_map<int, std::pair<Role, Role>> years_;
  };

  // The first new figure (by index) that some existing one meets the target with, and the first
  // such existing one: what a scan of every (new, existing) pair in group order would pick.
  std::optional<std::pair<size_t, size_t>> first_pair(const std::vector<std::pair<size_t, Interval>>& news,
                                                      const std::vector<std::pair<size_t, Interval>>& existing,
                                                      const Interval& t_iv) const {
    for (const auto& [n, n_iv] : news) {
      size_t best = std::string::npos;
      for (const auto& [e, e_iv] : existing) {
        if (e >= best) continue;
        const Interval sum{e_iv.low + n_iv.low, e_iv.high + n_iv.high};
        if (overlaps(sum, t_iv, tolerance_)) best = e;
      }
      if (best != std::string::npos) return std::make_pair(n, best);
    }
    return std::nullopt;
  }

  std::optional<Finding> check_target(const RuleSpec& spec, const CheckContext& c, GroupIndex& index,
                                      const Fact& target, int year) const {
    const auto& [existing, news] = index.year(*this, year);
    // Same-article pairs first: a reader trusts the figures one article gives together. Rank 0
    // both in the target's article, 1 the existing only, 2 the new only, 3 neither; the lowest
    // rank wins, then the first new figure, then the first existing one.
    const Interval t_iv = interval_of(target);
    const auto e_in = existing.within(target.article), n_in = news.within(target.article);
    std::optional<std::pair<size_t, size_t>> best = first_pair(n_in, e_in, t_iv);
    if (!best) best = first_pair(news.outside(target.article), e_in, t_iv);
    const auto e_out = best ? decltype(e_in){} : existing.outside(target.article);
    if (!best) best = first_pair(n_in, e_out, t_iv);
    if (!best) best = first_pair(news.outside(target.article), e_out, t_iv);
    if (best)
      return report(spec, c, target, *existing.facts[best->second], *news.facts[best->first], "explained",
                    Severity::info);

    // Nothing adds up. Only one article stating all three, with nothing else to explain, is a warning.
    for (const Fact* f : index.article(target.article))
      if (among(blockers_, f->status)) return std::nullopt;
    if (!n_in.empty() && !e_in.empty())
      return report(spec, c, target, *existing.facts[e_in.front().first], *news.facts[n_in.front().first], "mismatch",
                    spec.severity);
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
    std::string why = say(c.messages, "plan." + verdict,
                          {{"existing", args["existing"]},
                           {"new", args["new"]},
                           {"target", args["target"]},
                           {"year", args["year"]},
                           {"sum", args["sum"]},
                           {"existing_time", time_text(c.messages, e)}});
    return make_finding(spec, c, verdict, severity, {&target, &e, &n}, std::move(args), std::move(why));
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
