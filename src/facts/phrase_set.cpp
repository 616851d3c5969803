// phrase_set: see phrase_set.hpp.
#include "facts/phrase_set.hpp"

namespace solieu {

Syllables Syllables::of(const TokenizedText& tokens, uint32_t first, uint32_t end) {
  auto [b, e] = tokens.piece_range(first, end);
  return {tokens.pieces.data() + b, tokens.piece_token.data() + b, e - b};
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

}  // namespace solieu
