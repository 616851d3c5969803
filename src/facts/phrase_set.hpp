#pragma once
// phrase_set: multi-syllable cue phrases matched over a sentence's syllables.
// Tokens may be merged terms ("khu công nghiệp" as one token) or single syllables; matching on
// syllables makes both the same, so data files never depend on what the tokenizer merged.
// Tested by tests/facts/.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "solieu/token.hpp"

namespace solieu {

// The syllables of tokens [first, end): a term contributes each of its syllables.
struct Syllables {
  std::vector<std::string_view> keys;
  std::vector<uint32_t> token;  // token index of each syllable
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
  // Adds a phrase (written naturally; its key is computed). payload says what it stands for.
  void add(std::string_view phrase, uint32_t payload);
  // Longest match at each syllable position, left to right, overlapping allowed.
  std::vector<PhraseMatch> find_all(const Syllables& syllables) const;
  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> syllables;
    uint32_t payload;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>> by_first_;
};

}  // namespace solieu
