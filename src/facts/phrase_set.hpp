#pragma once
// phrase_set: multi-syllable cue phrases matched over a sentence's syllables.
// Tokens may be merged terms ("khu công nghiệp" as one token) or single syllables; matching on
// syllables (the tokenizer's hashed pieces) makes both the same, so data files never depend on
// what the tokenizer merged. Tested by tests/facts/.
#include <cstdint>
#include <string_view>
#include <vector>

#include "solieu/token.hpp"
#include "solieu/phrase_index.hpp"

namespace solieu {

// The syllables of tokens [first, end): a view of the tokenizer's pieces, nothing copied.
struct Syllables {
  const uint64_t* hashes = nullptr;
  const uint32_t* token = nullptr;  // token index of each syllable
  size_t size = 0;
  static Syllables of(const TokenizedText& tokens, uint32_t first, uint32_t end);
};

struct PhraseMatch {
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t payload = 0;
  uint32_t length = 0;  // in syllables
};

class PhraseSet {
 public:
  // Adds a phrase (written naturally; its pieces are computed). payload says what it stands for.
  void add(std::string_view phrase, uint32_t payload) { index_.add(phrase, payload); }
  // Longest match at each syllable position, left to right, overlapping allowed.
  std::vector<PhraseMatch> find_all(const Syllables& syllables) const;
  bool empty() const { return index_.empty(); }

 private:
  PhraseIndex index_;
};

}  // namespace solieu
