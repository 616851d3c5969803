// id_index: open addressing over positions in canonical order. Tested by
// tests/rules/test_id_index.cpp and tests/rules/test_fact_table.cpp.
#include "rules/id_index.hpp"

#include <cstring>

namespace solieu {

namespace {

constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;

uint64_t mix(uint64_t h) {
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}

}  // namespace

uint64_t hash_text(std::string_view s) {
  uint64_t h = s.size() * kMul;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (i < s.size()) {
    uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * kMul;
  }
  return mix(h);
}

void IdIndex::build(const std::vector<const Fact*>& facts, std::vector<uint8_t>* shadowed) {
  facts_ = &facts;
  count_ = 0;
  // At most half full: probes stay short even when ids share long prefixes.
  size_t capacity = 16;
  while (capacity < facts.size() * 2) capacity *= 2;
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  if (shadowed) shadowed->assign(facts.size(), 0);
  for (size_t i = 0; i < facts.size(); ++i) {
    const std::string_view id = facts[i]->id;
    const uint64_t h = hash_text(id);
    const uint64_t tag = h & 0xffffffff00000000ull;
    for (size_t at = h & mask_;; at = (at + 1) & mask_) {
      const uint64_t slot = slots_[at];
      if (slot == 0) {
        slots_[at] = tag | (i + 1);
        ++count_;
        break;
      }
      if ((slot & 0xffffffff00000000ull) == tag && facts[(slot & 0xffffffffull) - 1]->id == id) {
        if (shadowed) (*shadowed)[i] = 1;
        break;
      }
    }
  }
}

const Fact* IdIndex::find(std::string_view id) const {
  if (slots_.empty()) return nullptr;
  const uint64_t h = hash_text(id);
  const uint64_t tag = h & 0xffffffff00000000ull;
  for (size_t at = h & mask_;; at = (at + 1) & mask_) {
    const uint64_t slot = slots_[at];
    if (slot == 0) return nullptr;
    if ((slot & 0xffffffff00000000ull) == tag) {
      const Fact* f = (*facts_)[(slot & 0xffffffffull) - 1];
      if (f->id == id) return f;
    }
  }
}

}  // namespace solieu
