// part_whole: a part never exceeds its whole. Three ways a fact names its whole:
//   a ratio "35/55 CCN"                      35 <= 55
//   part_of, "Trong đó, có 7 KCN ..."        the part's low end <= the parent's high end
//   configured status pairs, same article    operational <= established at the same time
// Intervals decide, so "gần 10" of "9" is not a breach, "12" of "9" is.
// Tested by tests/rules/part_whole/cases.json.
#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "rules/fact_math.hpp"
#include "rules/fact_view.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

class PartWhole : public RuleCheck {
 public:
  PartWhole(std::vector<std::pair<std::string, std::string>> pairs, double tolerance)
      : pairs_(std::move(pairs)), tolerance_(tolerance) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    const FactLookup by_id(c.facts);
    const std::vector<const Fact*> facts = select_facts(spec.select, c.facts);
    for (const Fact* part : facts) {
      if (part->malformed) continue;
      const Interval p = widen(interval_of(*part), tolerance_);
      if (part->whole > 0 && p.low > part->whole) {
        Args args = fact_args(c.messages, *part);
        args["part"] = format_number(part->value);
        args["whole"] = format_number(part->whole);
        args["whole_status"] = "";
        std::string why = say(c.messages, "part_whole.ratio", {{"part", args["part"]}, {"whole", args["whole"]}});
        out.push_back(make_finding(spec, c, "mismatch", spec.severity, {part}, std::move(args), std::move(why)));
      }
      if (!part->part_of.empty()) {
        const Fact* parent = by_id.find(part->part_of);
        if (parent && parent->unit == part->unit && !parent->malformed)
          if (auto f = breach(spec, c, *part, *parent, "part_whole.part_of")) out.push_back(std::move(*f));
      }
    }
    // Status pairs: the same article says both, at the same time, of the same group. Wholes are
    // hashed by that shared key, so each part meets only its few candidates (in fact order).
    if (view_of(c.facts)) {
      // In canonical order an article's facts stand together: each part meets the wholes of its
      // own article's run, in the same order the hashed buckets below would give.
      for (const auto& [part_status, whole_status] : pairs_)
        for (size_t a = 0; a < facts.size();) {
          size_t b = a + 1;
          while (b < facts.size() && facts[b]->article == facts[a]->article) ++b;
          for (size_t p = a; p < b; ++p) {
            const Fact* part = facts[p];
            if (part->status != part_status || part->malformed) continue;
            for (size_t w = a; w < b; ++w) {
              const Fact* whole = facts[w];
              if (whole->status != whole_status || whole->malformed || part->part_of == whole->id ||
                  part->as_of != whole->as_of || part->period_from != whole->period_from || !same_group(*part, *whole))
                continue;
              if (auto f = breach(spec, c, *part, *whole, "part_whole.status")) out.push_back(std::move(*f));
            }
          }
          a = b;
        }
      return out;
    }
    for (const auto& [part_status, whole_status] : pairs_) {
      std::unordered_map<std::string, std::vector<const Fact*>> wholes;
      for (const Fact* whole : facts)
        if (whole->status == whole_status && !whole->malformed) wholes[pair_key(*whole)].push_back(whole);
      if (wholes.empty()) continue;
      for (const Fact* part : facts) {
        if (part->status != part_status || part->malformed) continue;
        auto it = wholes.find(pair_key(*part));
        if (it == wholes.end()) continue;
        for (const Fact* whole : it->second) {
          // The key is only a hash bucket: the original conditions decide.
          if (part->part_of == whole->id || part->article != whole->article || part->as_of != whole->as_of ||
              part->period_from != whole->period_from || group_key(*part) != group_key(*whole))
            continue;
          if (auto f = breach(spec, c, *part, *whole, "part_whole.status")) out.push_back(std::move(*f));
        }
      }
    }
    return out;
  }

 private:
  static bool same_group(const Fact& a, const Fact& b) {
    return a.place == b.place && a.subject == b.subject && a.metric == b.metric && a.zone == b.zone &&
           a.qualifier == b.qualifier && a.unit == b.unit;
  }

  static std::string pair_key(const Fact& f) {
    const char sep = '\x1d';
    return f.article + sep + group_key(f) + sep + f.as_of + sep + f.period_from;
  }

  std::optional<Finding> breach(const RuleSpec& spec, const CheckContext& c, const Fact& part, const Fact& whole,
                                const std::string& why_key) const {
    if (!above(interval_of(part), interval_of(whole), tolerance_)) return std::nullopt;
    Args args = fact_args(c.messages, part);
    args["part"] = value_text(c.messages, part);
    args["whole"] = value_text(c.messages, whole);
    args["whole_status"] = label(c.messages, "status", whole.status);
    std::string why = say(c.messages, why_key,
                          {{"part", args["part"]},
                           {"whole", args["whole"]},
                           {"status", args["status"]},
                           {"whole_status", args["whole_status"]},
                           {"key", shared_key(part, false, true)}});
    return make_finding(spec, c, "mismatch", spec.severity, {&part, &whole}, std::move(args), std::move(why));
  }

  std::vector<std::pair<std::string, std::string>> pairs_;
  double tolerance_;
};

}  // namespace

std::shared_ptr<const RuleCheck> make_part_whole(RuleJson& json) {
  std::vector<std::pair<std::string, std::string>> pairs;
  if (const nlohmann::json* v = json.take("pairs")) {
    if (!v->is_array())
      json.fail("pairs", "expected an array of [part_status, whole_status] pairs, got " + json_type_name(*v));
    for (const auto& pair : *v) {
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string())
        json.fail("pairs", "expected an array of [part_status, whole_status] pairs of strings");
      pairs.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
  }
  double tolerance = json.number("tolerance", 0, 0);
  return std::make_shared<PartWhole>(std::move(pairs), tolerance);
}

}  // namespace solieu
