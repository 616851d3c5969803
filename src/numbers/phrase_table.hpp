#pragma once
// phrase_table: data phrases ("khu công nghiệp", "us$", "chưa đến") -> matches over tokens.
// A phrase is stored as the pieces the tokenizer makes of it (a token's key cut at spaces: a
// merged term gives several), so a phrase matches whether or not the tokenizer merged its
// words into one term; only whole tokens match.
// Tested by tests/numbers/phrase_table_test.cpp and, through the grammar, the corpus tests.
#include <cstdint>
#include <string_view>

#include "solieu/phrase_index.hpp"
#include "solieu/token.hpp"

namespace solieu::numbers {

struct PhraseMatch {
  uint32_t first = 0;  // tokens [first, end)
  uint32_t end = 0;
  uint32_t payload = UINT32_MAX;  // UINT32_MAX: no match
  explicit operator bool() const { return payload != UINT32_MAX; }
};

class PhraseTable {
 public:
  // Adds a phrase with its payload; a later duplicate keeps the first payload.
  void add(std::string_view phrase, uint32_t payload);
  bool empty() const { return index_.empty(); }
  // The longest phrase starting at token i, within tokens [i, end).
  PhraseMatch longest(const TokenizedText& tokens, const NormalizedText& text, uint32_t i, uint32_t end) const;
  // The longest phrase that ends exactly at token `end` (exclusive) and starts at or after `floor`.
  PhraseMatch ending_at(const TokenizedText& tokens, const NormalizedText& text, uint32_t floor, uint32_t end) const;

 private:
  PhraseIndex index_;
  uint32_t max_tokens_ = 1;  // the most tokens a phrase was written with: bounds ending_at's search
};

}  // namespace solieu::numbers
