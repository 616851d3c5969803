#pragma once
// phrase_table: data phrases ("khu công nghiệp", "us$", "chưa đến") -> matches over tokens.
// A phrase is stored as the pieces the tokenizer makes of it; a token contributes the words of its
// key (a merged term gives several), or its text when it has no key (punctuation). So a phrase
// matches whether or not the tokenizer merged its words into one term, and only whole tokens match.
// Tested by tests/numbers/phrase_table_test.cpp and, through the grammar, the corpus tests.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  bool empty() const { return nodes_.size() == 1; }
  // The longest phrase starting at token i, within tokens [i, end).
  PhraseMatch longest(const TokenizedText& tokens, const NormalizedText& text, uint32_t i, uint32_t end) const;
  // The longest phrase that ends exactly at token `end` (exclusive) and starts at or after `floor`.
  PhraseMatch ending_at(const TokenizedText& tokens, const NormalizedText& text, uint32_t floor, uint32_t end) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Node {
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> next;
    uint32_t payload = UINT32_MAX;
  };
  std::vector<Node> nodes_ = std::vector<Node>(1);
  uint32_t max_tokens_ = 1;  // the most tokens a phrase was written with: bounds ending_at's search
};

// The matching pieces of one token (see above).
void token_pieces(const Token& token, const TokenizedText& tokens, const NormalizedText& text,
                  std::vector<std::string_view>& out);

}  // namespace solieu::numbers
