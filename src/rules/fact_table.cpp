// fact_table: ranks and groups of a run's facts, built once. Tested by
// tests/rules/test_fact_table.cpp and every kind's cases.
#include "rules/fact_table.hpp"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

#include "rules/fact_math.hpp"

namespace solieu {

namespace {

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// Ids in order of first appearance, then renumbered so that id order is string order. Facts
// of one article mostly repeat the previous fact's place and date, so that is tried first.
template <typename Get>
void rank_field(const std::vector<const Fact*>& ordered, RankedField& field, Get get) {
  std::unordered_map<std::string_view, uint32_t> ids;
  std::vector<std::string_view> first_seen;
  field.rank.resize(ordered.size());
  std::string_view last;
  uint32_t last_id = UINT32_MAX;
  for (size_t i = 0; i < ordered.size(); ++i) {
    const std::string_view s = get(*ordered[i]);
    if (last_id == UINT32_MAX || s != last) {
      auto [it, added] = ids.try_emplace(s, static_cast<uint32_t>(first_seen.size()));
      if (added) first_seen.push_back(s);
      last = s;
      last_id = it->second;
    }
    field.rank[i] = last_id;
  }
  std::vector<uint32_t> by_string(first_seen.size());
  std::iota(by_string.begin(), by_string.end(), 0u);
  std::sort(by_string.begin(), by_string.end(), [&](uint32_t a, uint32_t b) { return first_seen[a] < first_seen[b]; });
  std::vector<uint32_t> rank_of(first_seen.size());
  field.values.resize(first_seen.size());
  for (uint32_t r = 0; r < by_string.size(); ++r) {
    rank_of[by_string[r]] = r;
    field.values[r] = first_seen[by_string[r]];
  }
  for (uint32_t& r : field.rank) r = rank_of[r];
}

struct GroupTuple {
  uint32_t part[6];
  bool operator==(const GroupTuple& o) const { return std::equal(part, part + 6, o.part); }
};
struct GroupTupleHash {
  size_t operator()(const GroupTuple& t) const {
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (uint32_t p : t.part) h = (h ^ p) * 0x100000001b3ull;
    return h ^ (h >> 29);
  }
};

}  // namespace

void FactTable::build(const std::vector<Fact>& source, const std::vector<const Fact*>& ordered) {
  const size_t n = ordered.size();
  base_ = source.data();
  ordered_ = &ordered;
  position_.assign(source.size(), 0);
  for (size_t i = 0; i < n; ++i) position_[static_cast<size_t>(ordered[i] - base_)] = static_cast<uint32_t>(i);

  RankedField zone, qualifier;
  rank_field(ordered, place, [](const Fact& f) { return std::string_view(f.place); });
  rank_field(ordered, subject, [](const Fact& f) { return std::string_view(f.subject); });
  rank_field(ordered, metric, [](const Fact& f) { return std::string_view(f.metric); });
  rank_field(ordered, zone, [](const Fact& f) { return std::string_view(f.zone); });
  rank_field(ordered, qualifier, [](const Fact& f) { return std::string_view(f.qualifier); });
  rank_field(ordered, unit, [](const Fact& f) { return std::string_view(f.unit); });
  rank_field(ordered, status, [](const Fact& f) { return std::string_view(f.status); });
  rank_field(ordered, as_of, [](const Fact& f) { return std::string_view(f.as_of); });
  rank_field(ordered, period_from, [](const Fact& f) { return std::string_view(f.period_from); });
  ranks_exact = true;
  for (const RankedField* field : {&status, &as_of, &period_from})
    for (std::string_view v : field->values) ranks_exact = ranks_exact && !has_control(v);
  target_status.assign(status.values.size(), 0);
  for (size_t r = 0; r < status.values.size(); ++r) target_status[r] = status.values[r] == "planned_target";

  // Groups: ids by first appearance, then ordered by their real key string (there are few).
  std::unordered_map<GroupTuple, uint32_t, GroupTupleHash> ids;
  std::vector<uint32_t> first_fact;  // by id: a fact of the group, to build its key from
  group.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const GroupTuple t{{place.rank[i], subject.rank[i], metric.rank[i], zone.rank[i], qualifier.rank[i], unit.rank[i]}};
    auto [it, added] = ids.try_emplace(t, static_cast<uint32_t>(first_fact.size()));
    if (added) first_fact.push_back(static_cast<uint32_t>(i));
    group[i] = it->second;
  }
  std::vector<std::string> keys(first_fact.size());
  for (size_t g = 0; g < first_fact.size(); ++g) keys[g] = group_key(*ordered[first_fact[g]]);
  std::vector<uint32_t> by_key(first_fact.size());
  std::iota(by_key.begin(), by_key.end(), 0u);
  std::sort(by_key.begin(), by_key.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  std::vector<uint32_t> rank_of(first_fact.size());
  for (uint32_t r = 0; r < by_key.size(); ++r) rank_of[by_key[r]] = r;
  group_start.assign(first_fact.size() + 1, 0);
  for (uint32_t& g : group) {
    g = rank_of[g];
    ++group_start[g + 1];
  }
  for (size_t g = 1; g < group_start.size(); ++g) group_start[g] += group_start[g - 1];
  members.resize(n);
  std::vector<uint32_t> fill(group_start.begin(), group_start.end() - 1);
  for (size_t i = 0; i < n; ++i) members[fill[group[i]]++] = static_cast<uint32_t>(i);
  scratch.assign(n, 0);
  shadowed.assign(n, 0);
}

}  // namespace solieu
