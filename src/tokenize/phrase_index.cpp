// phrase_index: see phrase_index.hpp. An open-addressing table of (parent node, piece) -> child,
// kept at most half full so a probe ends after a slot or two.
#include "solieu/phrase_index.hpp"

#include <algorithm>

#include "solieu/token.hpp"

namespace solieu {

namespace {
TokenizedText tokens_of(std::string_view phrase) { return tokenize(normalize(phrase), TermLexicon{}); }
}  // namespace

std::vector<std::string> phrase_pieces(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Token& t : tokens_of(phrase).tokens)
    for_each_piece(t.key, [&](std::string_view piece) { out.emplace_back(piece); });
  return out;
}

std::vector<uint64_t> phrase_hashes(std::string_view phrase) { return tokens_of(phrase).pieces; }

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

void PhraseIndex::place(const Slot& slot) {
  const size_t mask = slots_.size() - 1;
  size_t i = mix(slot.parent, slot.piece) & mask;
  while (slots_[i].parent != kNone) i = (i + 1) & mask;
  slots_[i] = slot;
}

void PhraseIndex::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  for (const Slot& s : old)
    if (s.parent != kNone) place(s);
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
      place({piece, node, child});
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
