#pragma once
// id_index: a run's facts by id, for the rules that follow part_of and for fingerprints. Takes
// the facts in canonical order; gives the first fact holding an id, and which facts an earlier
// one shadows. A million ids in a node-based hash map cost a node each to build and to free and
// a pointer chase per probe; here the table is one array of slots (a hash tag and a position),
// probed linearly, so building it is one pass and the ids themselves are never copied.
// Tested by tests/rules/test_id_index.cpp and tests/rules/test_fact_table.cpp.
#include <cstdint>
#include <string_view>
#include <vector>

#include "solieu/fact.hpp"

namespace solieu {

class IdIndex {
 public:
  // Indexes `facts` (which must outlive the index); shadowed[i] is set when an earlier fact has
  // facts[i]'s id. `shadowed` may be null.
  void build(const std::vector<const Fact*>& facts, std::vector<uint8_t>* shadowed);
  // The first fact with this id, or nullptr.
  const Fact* find(std::string_view id) const;
  size_t size() const { return count_; }

 private:
  // A slot holds the hash's upper half and position + 1; zero is empty.
  std::vector<uint64_t> slots_;
  const std::vector<const Fact*>* facts_ = nullptr;
  size_t mask_ = 0;
  size_t count_ = 0;
};

// A 64-bit hash of a short string, eight bytes a step (ids and field values are 5 to 40 bytes).
uint64_t hash_text(std::string_view s);

}  // namespace solieu
