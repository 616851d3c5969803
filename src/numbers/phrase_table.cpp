// phrase_table: a walk of the shared phrase index that stops only at token boundaries.
// Tested by tests/numbers/phrase_table_test.cpp.
#include "numbers/phrase_table.hpp"

#include <algorithm>

namespace solieu::numbers {

void PhraseTable::add(std::string_view phrase, uint32_t payload) {
  const NormalizedText n = normalize(phrase);
  const TokenizedText toks = tokenize(n, TermLexicon{});
  if (toks.tokens.empty()) return;
  index_.add_pieces(toks.pieces, payload);
  max_tokens_ = std::max<uint32_t>(max_tokens_, static_cast<uint32_t>(toks.tokens.size()));
}

PhraseMatch PhraseTable::longest(const TokenizedText& tokens, const NormalizedText&, uint32_t i, uint32_t end) const {
  PhraseMatch best;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.tokens.size()));
  uint32_t node = PhraseIndex::kRoot;
  for (uint32_t k = i; k < end; ++k) {
    const Token& t = tokens.tokens[k];
    for (uint32_t p = t.first_piece; p < t.first_piece + t.piece_count; ++p) {
      node = index_.next(node, tokens.pieces[p]);
      if (node == PhraseIndex::kNone) return best;
    }
    if (index_.ends(node)) best = {i, k + 1, index_.payload(node)};
  }
  return best;
}

PhraseMatch PhraseTable::ending_at(const TokenizedText& tokens, const NormalizedText& text, uint32_t floor,
                                   uint32_t end) const {
  if (end == 0 || end <= floor) return {};
  uint32_t lowest = end > max_tokens_ ? std::max(floor, end - max_tokens_) : floor;
  for (uint32_t s = lowest; s < end; ++s) {  // earliest start first: the longest phrase wins
    PhraseMatch m = longest(tokens, text, s, end);
    // longest() never reads past `end`, so a phrase from s that ends at `end` is the longest one.
    if (m && m.end == end) return m;
  }
  return {};
}

}  // namespace solieu::numbers
