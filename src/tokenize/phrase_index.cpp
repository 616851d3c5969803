// phrase_index: see phrase_index.hpp. An open-addressing table of (parent node, piece) -> child,
// kept at most half full so a probe ends after a slot or two.
#include "solieu/phrase_index.hpp"

#include <algorithm>

#include "solieu/token.hpp"

namespace solieu {

std::vector<std::string> phrase_pieces(std::string_view phrase) {
  const NormalizedText n = normalize(phrase);
  const TermLexicon none;
  const TokenizedText tokens = tokenize(n, none);
  std::vector<std::string> out;
  for (const Token& t : tokens.tokens) {
    std::string_view key(t.key);
    for (size_t at = 0; at <= key.size();) {
      size_t space = std::min(key.find(' ', at), key.size());
      if (space > at) out.emplace_back(key.substr(at, space - at));
      at = space + 1;
    }
  }
  return out;
}

std::vector<uint64_t> phrase_hashes(std::string_view phrase) {
  std::vector<uint64_t> hashes;
  for (const auto& p : phrase_pieces(phrase)) hashes.push_back(piece_hash(p));
  return hashes;
}

size_t PhraseIndex::add(std::string_view phrase, uint32_t payload) {
  std::vector<uint64_t> hashes = phrase_hashes(phrase);
  add_pieces(hashes, payload);
  return hashes.size();
}

uint32_t PhraseIndex::lookup(uint32_t node, uint64_t piece) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = mix(node, piece) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.parent == kNone) return kNone;
    if (s.parent == node && s.piece == piece) return s.child;
  }
}

void PhraseIndex::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.parent == kNone) continue;
    size_t i = mix(s.parent, s.piece) & mask;
    while (slots_[i].parent != kNone) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void PhraseIndex::add_pieces(const std::vector<uint64_t>& pieces, uint32_t payload) {
  if (pieces.empty()) return;
  first_filter_[pieces[0] >> 58] |= uint64_t{1} << ((pieces[0] >> 52) & 63);
  uint32_t node = kRoot;
  for (uint64_t piece : pieces) {
    uint32_t child = lookup(node, piece);
    if (child == kNone) {
      if ((used_ + 1) * 2 > slots_.size()) grow();
      child = static_cast<uint32_t>(payloads_.size());
      payloads_.push_back(0);
      ends_.push_back(0);
      const size_t mask = slots_.size() - 1;
      size_t i = mix(node, piece) & mask;
      while (slots_[i].parent != kNone) i = (i + 1) & mask;
      slots_[i] = {piece, node, child};
      ++used_;
    }
    node = child;
  }
  if (!ends_[node]) {
    ends_[node] = 1;
    payloads_[node] = payload;
  }
  max_pieces_ = std::max<uint32_t>(max_pieces_, static_cast<uint32_t>(pieces.size()));
}

}  // namespace solieu
