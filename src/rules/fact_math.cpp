// fact_math: intervals, groups and time order. Tested by tests/rules/test_fact_math.cpp.
#include "rules/fact_math.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
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
  if (rest == 2)
    return std::make_pair(year * 10000 + month * 100 + 1, year * 10000 + month * 100 + days_in_month(year, month));
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

std::vector<std::vector<const Fact*>> partition(const std::vector<const Fact*>& facts,
                                                std::string (*key)(const Fact&)) {
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

namespace {

// Per rank of a field, whether the selector lets it through: a few hundred questions instead of
// a million.
std::vector<uint8_t> allowed(const RankedField& field, const std::vector<std::string>& list, const Selector& select,
                             bool (*take)(const Selector&, std::string_view, const std::vector<std::string>&)) {
  std::vector<uint8_t> out(field.values.size(), 1);
  if (list.empty()) return out;
  for (size_t r = 0; r < field.values.size(); ++r) out[r] = take(select, field.values[r], list);
  return out;
}

bool listed_in(const Selector&, std::string_view value, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool place_in(const Selector& select, std::string_view value, const std::vector<std::string>&) {
  Fact probe;
  probe.place = std::string(value);
  Selector places;
  places.place = select.place;
  return places.matches(probe);
}

}  // namespace

std::vector<const Fact*> select_facts(const Selector& select, const std::vector<Fact>& facts) {
  std::vector<const Fact*> out;
  if (const FactView* view = view_of(facts)) {
    const FactTable& t = view->table;
    if (t.size() == view->ordered.size()) {
      const auto subject = allowed(t.subject, select.subject, select, listed_in);
      const auto metric = allowed(t.metric, select.metric, select, listed_in);
      const auto status = allowed(t.status, select.status, select, listed_in);
      const auto unit = allowed(t.unit, select.unit, select, listed_in);
      const auto place = allowed(t.place, select.place, select, place_in);
      out.reserve(t.size());
      for (uint32_t i = 0; i < t.size(); ++i)
        if (subject[t.subject.rank[i]] && metric[t.metric.rank[i]] && status[t.status.rank[i]] &&
            unit[t.unit.rank[i]] && place[t.place.rank[i]])
          out.push_back(view->ordered[i]);
      return out;
    }
    for (const Fact* f : view->ordered)
      if (select.matches(*f)) out.push_back(f);
    return out;
  }
  for (const Fact& f : facts)
    if (select.matches(f)) out.push_back(&f);
  return out;
}

}  // namespace solieu

namespace solieu {

std::string status_key(const Fact& f) { return group_key(f) + '\x1e' + f.status; }

std::string status_time_key(const Fact& f) { return group_key(f) + '\x1e' + f.status + '\x1e' + time_key(f); }

namespace {

unsigned bits_for(size_t count) {
  unsigned b = 0;
  while ((size_t{1} << b) < count) ++b;
  return b;
}

// The table's partition; false when the facts are not the view's, in canonical order.
bool partition_table(const FactTable& t, const std::vector<const Fact*>& facts, PartBy by,
                     std::vector<std::vector<const Fact*>>& out) {
  uint32_t previous = 0;
  bool first = true;
  for (const Fact* f : facts) {
    if (!t.holds(f)) return false;
    const uint32_t i = t.index(f);
    if (!first && i <= previous) return false;
    first = false;
    previous = i;
  }
  if (by != PartBy::group && !t.ranks_exact) return false;
  // A byte per fact of the table, zero between uses; one per thread, as rules run in parallel.
  thread_local std::vector<uint8_t> scratch;
  if (scratch.size() != t.size()) scratch.assign(t.size(), 0);
  for (const Fact* f : facts) scratch[t.index(f)] = 1;
  // Within a group, parts follow (status, as_of, period start) ranks, facts their index: all
  // packed in one integer when the widths allow.
  const unsigned index_bits = bits_for(t.size() + 1), status_bits = bits_for(t.status.values.size()),
                 as_of_bits = bits_for(t.as_of.values.size()), from_bits = bits_for(t.period_from.values.size() + 1);
  const unsigned key_bits = by == PartBy::status ? status_bits : status_bits + as_of_bits + from_bits;
  const bool packed = key_bits + index_bits <= 64;
  struct Wide {
    uint32_t status, as_of, from, index;
    bool operator<(const Wide& o) const {
      return std::tie(status, as_of, from, index) < std::tie(o.status, o.as_of, o.from, o.index);
    }
  };
  std::vector<uint64_t> keys;
  std::vector<Wide> wide;
  for (size_t g = 0; g + 1 < t.group_start.size(); ++g) {
    keys.clear();
    wide.clear();
    for (uint32_t k = t.group_start[g]; k < t.group_start[g + 1]; ++k) {
      const uint32_t i = t.members[k];
      if (!scratch[i]) continue;
      scratch[i] = 0;
      if (by == PartBy::group) {
        keys.push_back(i);
        continue;
      }
      Wide w{t.status.rank[i], 0, 0, i};
      if (by == PartBy::status_time) {
        w.as_of = t.as_of.rank[i];
        // time_key: an empty time is "", a target its year alone.
        w.from = t.as_of.values[w.as_of].empty() || t.target_status[w.status] ? 0 : t.period_from.rank[i] + 1;
      }
      if (packed) {
        uint64_t key = w.status;
        if (by == PartBy::status_time) key = ((key << as_of_bits | w.as_of) << from_bits) | w.from;
        keys.push_back(key << index_bits | i);
      } else {
        wide.push_back(w);
      }
    }
    if (by == PartBy::group) {
      if (keys.empty()) continue;
      auto& part = out.emplace_back();
      part.reserve(keys.size());
      for (uint64_t i : keys) part.push_back(t.fact(static_cast<uint32_t>(i)));
      continue;
    }
    if (packed) {
      std::sort(keys.begin(), keys.end());
      for (size_t a = 0; a < keys.size();) {
        size_t b = a + 1;
        while (b < keys.size() && keys[b] >> index_bits == keys[a] >> index_bits) ++b;
        auto& part = out.emplace_back();
        part.reserve(b - a);
        for (size_t k = a; k < b; ++k)
          part.push_back(t.fact(static_cast<uint32_t>(keys[k] & ((uint64_t{1} << index_bits) - 1))));
        a = b;
      }
    } else {
      std::sort(wide.begin(), wide.end());
      for (size_t a = 0; a < wide.size();) {
        size_t b = a + 1;
        while (b < wide.size() && wide[b].status == wide[a].status && wide[b].as_of == wide[a].as_of &&
               wide[b].from == wide[a].from)
          ++b;
        auto& part = out.emplace_back();
        for (size_t k = a; k < b; ++k) part.push_back(t.fact(wide[k].index));
        a = b;
      }
    }
  }
  return true;
}

}  // namespace

std::vector<std::vector<const Fact*>> partition(const std::vector<const Fact*>& facts, PartBy by) {
  std::vector<std::vector<const Fact*>> out;
  if (const FactTable* t = current_table(); t && t->size() > 0 && partition_table(*t, facts, by, out)) return out;
  out.clear();
  return partition(facts, by == PartBy::group ? group_key : by == PartBy::status ? status_key : status_time_key);
}

}  // namespace solieu
