// fact_math: intervals, groups and time order. Tested by tests/rules/test_fact_math.cpp.
#include "rules/fact_math.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "rules/fact_view.hpp"

namespace solieu {

Interval interval_of(const Fact& fact) {
  if (fact.low == 0 && fact.high == 0 && fact.value != 0) return {fact.value, fact.value};
  if (fact.low > fact.high) return {fact.high, fact.low};
  return {fact.low, fact.high};
}

Interval widen(const Interval& i, double tolerance) {
  if (tolerance <= 0) return i;
  double mid = std::isfinite(i.low) ? i.low : i.high;
  double slack = std::abs(mid) * tolerance;
  return {i.low - slack, i.high + slack};
}

bool overlaps(const Interval& a, const Interval& b, double tolerance) {
  Interval x = widen(a, tolerance), y = widen(b, tolerance);
  // A written figure stands for a half-open interval: "9" is [8.5, 9.5) and "10" is [9.5, 10.5),
  // so touching ends are two different figures. A point (no precision known) is closed.
  if (x.low == x.high || y.low == y.high) return x.low <= y.high && y.low <= x.high;
  return x.low < y.high && y.low < x.high;
}

bool above(const Interval& a, const Interval& b, double tolerance) {
  return !overlaps(a, b, tolerance) && widen(a, tolerance).low >= widen(b, tolerance).high;
}

std::string group_key(const Fact& f) {
  const char sep = '\x1f';
  return f.place + sep + f.subject + sep + f.metric + sep + f.zone + sep + f.qualifier + sep + f.unit;
}

std::string time_key(const Fact& f) {
  if (f.as_of.empty()) return "";
  // A target is its year: "giai đoạn 2021-2030 ... 63 CCN" and "đến năm 2030 ... 66 CCN" speak
  // of the same 2030. For other figures the start matters (attracted since January vs since June).
  if (f.status == "planned_target") return f.as_of;
  return f.as_of + '\x1f' + f.period_from;
}

namespace {

long days_in_month(long year, long month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The number written by s[at, at + n), all digits (checked by the caller).
long digits_value(const std::string& s, size_t at, size_t n) {
  long v = 0;
  for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool digits_at(const std::string& s, size_t at, size_t n) {
  for (size_t i = at; i < at + n; ++i)
    if (!is_digit(s[i])) return false;
  return true;
}

}  // namespace

// Read in place, without substrings or strtol: every rule calls this for every dated fact, and
// a million facts make the allocations the cost.
std::optional<std::pair<long, long>> time_days(const std::string& s) {
  if (s.size() < 4 || !digits_at(s, 0, 4)) return std::nullopt;
  const long year = digits_value(s, 0, 4);
  if (s.size() == 4) return std::make_pair(year * 10000 + 101, year * 10000 + 1231);
  if (s[4] != '-') return std::nullopt;
  const size_t rest = s.size() - 5;  // what follows "yyyy-"
  // Period labels: halves and quarters of a year.
  if (rest == 2 && (s[5] == 'H' || s[5] == 'Q') && s[6] >= '1' && s[6] <= '4') {
    const long n = s[6] - '0';
    if (s[5] == 'H' && n > 2) return std::nullopt;
    const long span = s[5] == 'H' ? 6 : 3;
    const long first_month = (n - 1) * span + 1, last_month = n * span;
    return std::make_pair(year * 10000 + first_month * 100 + 1,
                          year * 10000 + last_month * 100 + days_in_month(year, last_month));
  }
  if (rest < 2 || !digits_at(s, 5, 2)) return std::nullopt;
  const long month = digits_value(s, 5, 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (rest == 2) return std::make_pair(year * 10000 + month * 100 + 1, year * 10000 + month * 100 + days_in_month(year, month));
  if (rest != 5 || s[7] != '-' || !digits_at(s, 8, 2)) return std::nullopt;
  const long day = digits_value(s, 8, 2);
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  const long d = year * 10000 + month * 100 + day;
  return std::make_pair(d, d);
}

int time_year(const std::string& as_of) {
  auto days = time_days(as_of);
  return days ? static_cast<int>(days->first / 10000) : 0;
}

TimeOrder compare_times(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return TimeOrder::unknown;
  auto x = time_days(a), y = time_days(b);
  if (!x || !y) return a == b ? TimeOrder::same : TimeOrder::unknown;
  if (a == b) return TimeOrder::same;
  if (x->second < y->first) return TimeOrder::before;
  if (y->second < x->first) return TimeOrder::after;
  return TimeOrder::overlapping;
}

std::vector<std::vector<const Fact*>> partition(const std::vector<const Fact*>& facts, std::string (*key)(const Fact&)) {
  // Hashing groups, then ordering only the distinct keys, beats a tree keyed by every fact.
  std::unordered_map<std::string, size_t> slot;
  std::vector<std::pair<std::string, std::vector<const Fact*>>> parts;
  for (const Fact* f : facts) {
    auto [it, added] = slot.try_emplace(key(*f), parts.size());
    if (added) parts.emplace_back(it->first, std::vector<const Fact*>{});
    parts[it->second].second.push_back(f);
  }
  std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::vector<const Fact*>> out;
  out.reserve(parts.size());
  for (auto& [k, v] : parts) out.push_back(std::move(v));
  return out;
}

bool is_whole_number(const Interval& i) {
  // A written figure's interval is closed at both ends; a small epsilon absorbs 9.999999.
  const double eps = 1e-9;
  if (!std::isfinite(i.low) || !std::isfinite(i.high)) return true;
  return std::floor(i.high + eps) >= std::ceil(i.low - eps);
}

std::vector<const Fact*> select_facts(const Selector& select, const std::vector<Fact>& facts) {
  std::vector<const Fact*> out;
  if (const FactView* view = view_of(facts)) {
    for (const Fact* f : view->ordered)
      if (select.matches(*f)) out.push_back(f);
    return out;
  }
  for (const Fact& f : facts)
    if (select.matches(f)) out.push_back(&f);
  return out;
}

}  // namespace solieu
