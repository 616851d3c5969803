#pragma once
// fact_table: what every rule asks of a fact, worked out once per run. Kinds group facts by
// place, subject, metric, zone, qualifier, unit, then by status and time; building those keys
// as strings for every fact in every rule was most of a run over a million facts. Here each
// field's distinct strings are ranked once (rank order is string order), each fact gets its
// ranks and its group, and the groups are listed in key order with their facts in canonical
// order, so a kind's partition is a walk over integers.
// Tested by tests/rules/test_fact_table.cpp, tests/rules/test_engine.cpp and every kind's cases.
#include <cstdint>
#include <string_view>
#include <vector>

#include "solieu/fact.hpp"

namespace solieu {

// A field's distinct values in string order, and each fact's rank among them.
struct RankedField {
  std::vector<std::string_view> values;  // by rank
  std::vector<uint32_t> rank;            // by canonical index
};

class FactTable {
 public:
  // `ordered` is the run's canonical order; every fact lies in `source`.
  void build(const std::vector<Fact>& source, const std::vector<const Fact*>& ordered);

  size_t size() const { return ordered_ ? ordered_->size() : 0; }
  // The canonical index of a fact of the source.
  uint32_t index(const Fact* f) const { return position_[static_cast<size_t>(f - base_)]; }
  bool holds(const Fact* f) const { return f >= base_ && f < base_ + position_.size(); }
  const Fact* fact(uint32_t index) const { return (*ordered_)[index]; }

  RankedField place, subject, metric, unit, status, as_of, period_from;
  std::vector<uint32_t> group;  // by canonical index: the rank of its group key among the run's
  // Groups in key order: the facts of group g are members[group_start[g] .. group_start[g + 1]).
  std::vector<uint32_t> group_start, members;
  // Whether ranks order status and time as their concatenated string keys would: true unless
  // some value holds a control character, which could sort before the keys' separators.
  bool ranks_exact = true;
  // By status rank: the status reads its time by year alone (time_key's planned_target).
  std::vector<uint8_t> target_status;

  // By canonical index: an earlier fact has the same id (set by the engine while indexing ids).
  std::vector<uint8_t> shadowed;

 private:
  const Fact* base_ = nullptr;
  const std::vector<const Fact*>* ordered_ = nullptr;
  std::vector<uint32_t> position_;  // by offset in source
};

}  // namespace solieu
