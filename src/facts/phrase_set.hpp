#pragma once
// phrase_set: multi-syllable cue phrases matched over a sentence's syllables.
// Tokens may be merged terms ("khu công nghiệp" as one token) or single syllables; matching on
// syllables (the tokenizer's hashed pieces) makes both the same, so data files never depend on
// what the tokenizer merged. Tested by tests/facts/.
#include <cstdint>
#include <string_view>
#include <vector>

#include "solieu/phrase_index.hpp"
#include "solieu/token.hpp"

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
  void add(std::string_view phrase, uint32_t payload);
  // Longest match at each syllable position, left to right, overlapping allowed.
  std::vector<PhraseMatch> find_all(const Syllables& syllables) const;
  bool empty() const { return index_.empty(); }
  // Its place in the PhraseSetGroup it was added to, or UINT32_MAX.
  uint32_t group_slot() const { return group_slot_; }

 private:
  friend class PhraseSetGroup;
  PhraseIndex index_;
  std::vector<std::pair<std::vector<uint64_t>, uint32_t>> phrases_;  // as added: pieces, payload
  uint32_t group_slot_ = UINT32_MAX;
};

// Several phrase sets searched in one walk from each syllable. A sentence with a figure is
// searched for a dozen kinds of cue; walking its syllables once instead of once per set saves
// most of the binder's matching. Each set gets exactly what its own find_all would give: the
// longest of its phrases at each position (the walk goes as far as any set's phrases go).
class PhraseSetGroup {
 public:
  // Takes in a set's phrases and numbers the set (PhraseSet::group_slot). Sets added later
  // than a search are not in it.
  void add(PhraseSet& set);
  size_t size() const { return slots_; }
  // matches[set.group_slot()] = set.find_all(syllables), for every set added; `matches` is
  // resized and its vectors reused.
  void find_all(const Syllables& syllables, std::vector<std::vector<PhraseMatch>>& matches) const;

 private:
  PhraseIndex index_;                                             // payload: index into ends_
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> ends_;  // per phrase: (slot, payload) of the sets having it
  uint32_t slots_ = 0;
};

}  // namespace solieu
