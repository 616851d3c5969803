// phrase_table: a trie over token pieces. Tested by tests/numbers/phrase_table_test.cpp.
#include "numbers/phrase_table.hpp"

#include <algorithm>

namespace solieu::numbers {

void token_pieces(const Token& token, const TokenizedText& tokens, const NormalizedText& text,
                  std::vector<std::string_view>& out) {
  out.clear();
  if (token.key.empty()) {
    out.push_back(tokens.text(token, text));
    return;
  }
  std::string_view key(token.key);
  size_t start = 0;
  while (start <= key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string_view::npos) space = key.size();
    if (space > start) out.push_back(key.substr(start, space - start));
    start = space + 1;
  }
}

void PhraseTable::add(std::string_view phrase, uint32_t payload) {
  // The phrase goes through the same normalizer and tokenizer as article text, with no terms,
  // so its pieces are exactly what a token stream yields.
  NormalizedText n = normalize(phrase);
  TermLexicon none;
  TokenizedText toks = tokenize(n, none);
  if (toks.tokens.empty()) return;
  uint32_t node = 0;
  std::vector<std::string_view> pieces;
  for (const Token& t : toks.tokens) {
    token_pieces(t, toks, n, pieces);
    for (std::string_view p : pieces) {
      auto it = nodes_[node].next.find(std::string(p));
      if (it == nodes_[node].next.end()) {
        nodes_.emplace_back();
        uint32_t created = static_cast<uint32_t>(nodes_.size() - 1);
        nodes_[node].next.emplace(std::string(p), created);
        node = created;
      } else {
        node = it->second;
      }
    }
  }
  if (nodes_[node].payload == UINT32_MAX) nodes_[node].payload = payload;
  max_tokens_ = std::max<uint32_t>(max_tokens_, static_cast<uint32_t>(toks.tokens.size()));
}

PhraseMatch PhraseTable::longest(const TokenizedText& tokens, const NormalizedText& text, uint32_t i,
                                 uint32_t end) const {
  PhraseMatch best;
  uint32_t node = 0;
  std::vector<std::string_view> pieces;
  for (uint32_t k = i; k < end && k < tokens.tokens.size(); ++k) {
    token_pieces(tokens.tokens[k], tokens, text, pieces);
    for (std::string_view p : pieces) {
      auto it = nodes_[node].next.find(p);
      if (it == nodes_[node].next.end()) return best;
      node = it->second;
    }
    if (nodes_[node].payload != UINT32_MAX) best = {i, k + 1, nodes_[node].payload};
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
