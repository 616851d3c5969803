#pragma once
// fact_math: the comparisons every rule kind shares. Which group a fact is in (never KCN with
// CCN, one province with another, USD with VND), the interval it stands for, whether two
// intervals agree within a relative tolerance, and how two as_of times order.
// Tested by tests/rules/test_fact_math.cpp and every kind's cases.json.
#include <optional>
#include <string>
#include <vector>

#include "solieu/fact.hpp"
#include "solieu/rule.hpp"

namespace solieu {

struct Interval {
  double low = 0;
  double high = 0;
};

// The fact's [low, high]; a fact that carries none (low == high == 0) stands for its value.
Interval interval_of(const Fact& fact);
// Widened by tolerance × |value| on each side, then compared; touching ends do not overlap
// ("9" and "10" are different figures) unless one side is a single point.
bool overlaps(const Interval& a, const Interval& b, double tolerance);
Interval widen(const Interval& i, double tolerance);
// a lies wholly above b (with the same tolerance and half-open reading as overlaps).
bool above(const Interval& a, const Interval& b, double tolerance);

// place, subject, metric, zone, qualifier, unit: facts with different keys speak of different things.
std::string group_key(const Fact& fact);
// as_of and period start; empty when the time is unknown (two unknowns never share a time).
std::string time_key(const Fact& fact);

enum class TimeOrder { before, same, after, overlapping, unknown };
// "2022" before "2023-08-22"; "2023" vs "2023-08-22" overlapping (cannot be ordered);
// an empty or unreadable time is unknown.
TimeOrder compare_times(const std::string& a, const std::string& b);
// First and last day a time label covers, as yyyymmdd; nullopt for an unreadable label.
std::optional<std::pair<long, long>> time_days(const std::string& as_of);
// The year a label starts in, or 0.
int time_year(const std::string& as_of);

// Facts partitioned by a key, each part in the order the facts came, parts ordered by key.
std::vector<std::vector<const Fact*>> partition(const std::vector<const Fact*>& facts, std::string (*key)(const Fact&));

// group_key, then status: what a stock's timeline is followed within.
std::string status_key(const Fact& fact);
// group_key, status, then time_key: what facts that must agree share.
std::string status_time_key(const Fact& fact);
enum class PartBy { group, status, status_time };
// The same as partition() with group_key, status_key or status_time_key, but read from the
// run's FactTable when facts come in canonical order from a registered view (as select_facts
// gives them); no key string is built.
std::vector<std::vector<const Fact*>> partition(const std::vector<const Fact*>& facts, PartBy by);

bool is_whole_number(const Interval& i);

// The facts a selector takes, in the order given (RuleSet::run orders them canonically).
std::vector<const Fact*> select_facts(const Selector& select, const std::vector<Fact>& facts);

}  // namespace solieu
