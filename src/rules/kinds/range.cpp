// range: a figure lies where its metric can: a share in [0, 100], a count not below zero and
// whole. Bounds are per metric (growth may be negative or exceed 100%), with a default for the
// rest; "whole" asks that the figure's interval hold an integer, so "9,5 KCN" is caught while
// "1,5 nghìn doanh nghiệp" (1500) is not.
// Tested by tests/rules/range/cases.json.
#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <map>

#include "rules/fact_math.hpp"
#include "rules/kind_table.hpp"
#include "rules/wording.hpp"

namespace solieu {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Bounds {
  double min = -kInf;
  double max = kInf;
};

class Range : public RuleCheck {
 public:
  Range(std::map<std::string, Bounds> bounds, std::optional<Bounds> fallback, bool whole)
      : bounds_(std::move(bounds)), fallback_(fallback), whole_(whole) {}

  std::vector<Finding> check(const RuleSpec& spec, const CheckContext& c) const override {
    std::vector<Finding> out;
    for (const Fact* f : select_facts(spec.select, c.facts)) {
      if (f->malformed) continue;
      auto it = bounds_.find(f->metric);
      std::optional<Bounds> b = it != bounds_.end() ? std::optional<Bounds>(it->second) : fallback_;
      // Most figures pass: their wording is worked out only for a finding.
      const bool outside = b && (f->value < b->min || f->value > b->max);
      if (!outside && !(whole_ && !is_whole_number(interval_of(*f)))) continue;
      std::string reason;
      Args args = fact_args(c.messages, *f);
      if (outside) {
        args["min"] = format_number(b->min);
        args["max"] = format_number(b->max);
        reason =
            say(c.messages, "range.outside",
                {{"value", args["value"]}, {"min", args["min"]}, {"max", args["max"]}, {"metric", args["metric"]}});
      } else {
        reason = say(c.messages, "range.fraction", {{"value", args["value"]}, {"metric", args["metric"]}});
      }
      if (reason.empty()) continue;
      args["reason"] = reason;
      if (!args.count("min")) args["min"] = b ? format_number(b->min) : "";
      if (!args.count("max")) args["max"] = b ? format_number(b->max) : "";
      out.push_back(make_finding(spec, c, "out_of_range", spec.severity, {f}, std::move(args), std::move(reason)));
    }
    return out;
  }

 private:
  std::map<std::string, Bounds> bounds_;
  std::optional<Bounds> fallback_;
  bool whole_;
};

Bounds read_bounds(RuleJson& json, const std::string& key, const nlohmann::json& v) {
  const char* expected = "expected [min, max] with numbers or null for no bound";
  if (!v.is_array() || v.size() != 2) json.fail(key, expected);
  Bounds b;
  for (int i = 0; i < 2; ++i) {
    if (v[i].is_null()) continue;
    if (!v[i].is_number()) json.fail(key, expected);
    (i == 0 ? b.min : b.max) = v[i].get<double>();
  }
  if (b.min > b.max) json.fail(key, "min is above max");
  return b;
}

}  // namespace

std::shared_ptr<const RuleCheck> make_range(RuleJson& json) {
  std::map<std::string, Bounds> bounds;
  if (const nlohmann::json* v = json.take("bounds")) {
    if (!v->is_object()) json.fail("bounds", "expected an object of metric: [min, max], got " + json_type_name(*v));
    for (const auto& [metric, pair] : v->items()) bounds[metric] = read_bounds(json, "bounds", pair);
  }
  std::optional<Bounds> fallback;
  if (const nlohmann::json* v = json.take("default_bounds")) fallback = read_bounds(json, "default_bounds", *v);
  bool whole = json.boolean("whole_numbers", false);
  if (bounds.empty() && !fallback && !whole)
    json.fail("bounds", "missing; a range rule needs bounds, default_bounds or whole_numbers");
  return std::make_shared<Range>(std::move(bounds), fallback, whole);
}

}  // namespace solieu
