// fact_table: ranks and groups of a run's facts, built once. Tested by
// tests/rules/test_fact_table.cpp and every kind's cases.
#include "rules/fact_table.hpp"

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rules/fact_math.hpp"
#include "rules/id_index.hpp"

namespace solieu {

namespace {

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// A field's ids in order of first appearance, then renumbered so that id order is string order.
// Fields are Symbols: equal texts are one address, so a value is found by its address, never by
// hashing or comparing its bytes. Facts of one article mostly repeat the previous fact's place
// and date, so that is tried first; otherwise an open-addressing table of ids is probed (the
// distinct values are few).
class FieldRanker {
 public:
  explicit FieldRanker(RankedField& field, size_t n) : field_(field) {
    field_.rank.resize(n);
    slots_.assign(64, 0);
  }

  void add(size_t i, const Symbol& s) {
    if (s.address() != last_) {
      last_ = s.address();
      last_id_ = id_of(last_);
    }
    field_.rank[i] = last_id_;
  }

  void finish() {
    std::vector<uint32_t> by_string(first_seen_.size());
    std::iota(by_string.begin(), by_string.end(), 0u);
    std::sort(by_string.begin(), by_string.end(),
              [&](uint32_t a, uint32_t b) { return *first_seen_[a] < *first_seen_[b]; });
    std::vector<uint32_t> rank_of(first_seen_.size());
    field_.values.resize(first_seen_.size());
    for (uint32_t r = 0; r < by_string.size(); ++r) {
      rank_of[by_string[r]] = r;
      field_.values[r] = *first_seen_[by_string[r]];
    }
    for (uint32_t& r : field_.rank) r = rank_of[r];
  }

 private:
  static size_t hash_of(const std::string* text) {
    const auto bits = reinterpret_cast<uintptr_t>(text);
    return static_cast<size_t>((bits >> 4) * 0x9e3779b97f4a7c15ull >> 20);
  }

  uint32_t id_of(const std::string* text) {
    const size_t mask = slots_.size() - 1;
    for (size_t at = hash_of(text) & mask;; at = (at + 1) & mask) {
      if (slots_[at] == 0) {
        const uint32_t id = static_cast<uint32_t>(first_seen_.size());
        first_seen_.push_back(text);
        slots_[at] = id + 1;
        if (first_seen_.size() * 2 > slots_.size()) grow();
        return id;
      }
      if (first_seen_[slots_[at] - 1] == text) return slots_[at] - 1;
    }
  }

  void grow() {
    std::vector<uint32_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (uint32_t slot : old) {
      if (slot == 0) continue;
      size_t at = hash_of(first_seen_[slot - 1]) & mask;
      while (slots_[at] != 0) at = (at + 1) & mask;
      slots_[at] = slot;
    }
  }

  RankedField& field_;
  std::vector<const std::string*> first_seen_;
  std::vector<uint32_t> slots_;  // id + 1, zero is empty
  const std::string* last_ = nullptr;
  uint32_t last_id_ = UINT32_MAX;
};

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
  // One pass over the facts for all fields: a fact is read once, not once per field.
  FieldRanker rankers[] = {FieldRanker(place, n),  FieldRanker(subject, n),   FieldRanker(metric, n),
                           FieldRanker(zone, n),   FieldRanker(qualifier, n), FieldRanker(unit, n),
                           FieldRanker(status, n), FieldRanker(as_of, n),     FieldRanker(period_from, n)};
  for (size_t i = 0; i < n; ++i) {
    const Fact& f = *ordered[i];
    rankers[0].add(i, f.place);
    rankers[1].add(i, f.subject);
    rankers[2].add(i, f.metric);
    rankers[3].add(i, f.zone);
    rankers[4].add(i, f.qualifier);
    rankers[5].add(i, f.unit);
    rankers[6].add(i, f.status);
    rankers[7].add(i, f.as_of);
    rankers[8].add(i, f.period_from);
  }
  for (FieldRanker& r : rankers) r.finish();
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
  shadowed.assign(n, 0);
}

}  // namespace solieu
