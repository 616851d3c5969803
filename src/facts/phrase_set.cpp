// phrase_set: see phrase_set.hpp.
#include "facts/phrase_set.hpp"

namespace solieu {

Syllables Syllables::of(const TokenizedText& tokens, uint32_t first, uint32_t end) {
  auto [b, e] = tokens.piece_range(first, end);
  return {tokens.pieces.data() + b, tokens.piece_token.data() + b, e - b};
}

void PhraseSet::add(std::string_view phrase, uint32_t payload) {
  std::vector<uint64_t> pieces = phrase_hashes(phrase);
  index_.add_pieces(pieces, payload);
  if (!pieces.empty()) phrases_.emplace_back(std::move(pieces), payload);
}

std::vector<PhraseMatch> PhraseSet::find_all(const Syllables& s) const {
  std::vector<PhraseMatch> out;
  for (size_t i = 0; i < s.size; ++i) {
    PhraseIndex::Match m = index_.longest(s.hashes, i, s.size);
    if (m.length == 0) continue;
    out.push_back({s.token[i], s.token[i + m.length - 1] + 1, m.payload, m.length});
  }
  return out;
}

void PhraseSetGroup::add(PhraseSet& set) {
  const uint32_t slot = slots_++;
  set.group_slot_ = slot;
  for (const auto& [pieces, payload] : set.phrases_) {
    uint32_t node = PhraseIndex::kRoot;
    for (uint64_t piece : pieces) {
      node = index_.next(node, piece);
      if (node == PhraseIndex::kNone) break;
    }
    uint32_t list;
    if (node != PhraseIndex::kNone && index_.ends(node)) {
      list = index_.payload(node);
    } else {
      list = static_cast<uint32_t>(ends_.size());
      ends_.emplace_back();
      index_.add_pieces(pieces, list);
    }
    // A set's later duplicate keeps the first payload, as PhraseIndex does within one set.
    auto& owners = ends_[list];
    bool present = false;
    for (const auto& owner : owners) present = present || owner.first == slot;
    if (!present) owners.emplace_back(slot, payload);
  }
}

void PhraseSetGroup::find_all(const Syllables& s, std::vector<std::vector<PhraseMatch>>& matches) const {
  matches.resize(slots_);
  for (auto& m : matches) m.clear();
  struct Best {
    uint32_t length = 0, payload = 0;
  };
  std::vector<Best> best(slots_);
  std::vector<uint32_t> touched;
  for (size_t i = 0; i < s.size; ++i) {
    uint32_t node = PhraseIndex::kRoot;
    for (size_t k = i; k < s.size; ++k) {
      node = index_.next(node, s.hashes[k]);
      if (node == PhraseIndex::kNone) break;
      if (!index_.ends(node)) continue;
      for (const auto& [slot, payload] : ends_[index_.payload(node)]) {
        if (best[slot].length == 0) touched.push_back(slot);
        best[slot] = {static_cast<uint32_t>(k - i + 1), payload};
      }
    }
    for (uint32_t slot : touched) {
      const Best b = best[slot];
      matches[slot].push_back({s.token[i], s.token[i + b.length - 1] + 1, b.payload, b.length});
      best[slot] = {};
    }
    touched.clear();
  }
}

}  // namespace solieu
