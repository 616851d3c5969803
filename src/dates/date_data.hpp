#pragma once
// date_data: data/dates.json -> the cue phrases and number words the date grammar reads.
// Takes the data folder; gives phrase sets keyed on tone-canonical syllables, so a cue matches
// whatever the article's tone placement or term merging. Throws DataError naming file:line:col.
// Tested by tests/dates/ (through the corpus) and tests/dates/test_data.cpp.
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "solieu/phrase_index.hpp"

namespace solieu::dates {

// The syllables of a sentence as the grammar sees them: a word's or term's key cut at spaces,
// any other token's key whole ("2021 - 2026" is one range), each with its piece hash.
class Syllables {
 public:
  std::string_view operator[](size_t i) const { return keys_[i]; }
  uint64_t hash(size_t i) const { return hashes_[i]; }
  const uint64_t* hashes() const { return hashes_.data(); }
  size_t size() const { return keys_.size(); }
  void clear() {
    keys_.clear();
    hashes_.clear();
  }
  void push_back(std::string_view key, uint64_t hash) {
    keys_.push_back(key);
    hashes_.push_back(hash);
  }

 private:
  std::vector<std::string_view> keys_;
  std::vector<uint64_t> hashes_;
};

// A set of phrases (syllable sequences), each with a small integer value.
class PhraseSet {
 public:
  void add(const std::string& phrase, int value = 0);
  // Length in syllables of the longest phrase starting at keys[at], or 0. `value` gets its value.
  size_t match(const Syllables& keys, size_t at, int* value = nullptr) const {
    if (at >= keys.size()) return 0;
    PhraseIndex::Match m = index_.longest(keys.hashes(), at, keys.size());
    if (m.length && value) *value = values_[m.payload];
    return m.length;
  }
  bool empty() const { return index_.empty(); }
  // The first piece of each phrase, for an index over several sets.
  const std::vector<uint64_t>& first_pieces() const { return first_pieces_; }

 private:
  PhraseIndex index_;
  std::vector<uint64_t> first_pieces_;
  std::vector<int> values_;  // by payload: a value may be negative ("năm ngoái" -> -1)
};

struct DateData {
  std::unordered_map<std::string, int> roman;  // "ii" -> 2
  PhraseSet count_words, month_words;          // "sáu" -> 6
  PhraseSet day_words, month_word, year_word, quarter_words, of_words;
  PhraseSet day_cues, year_cues, period_words;
  PhraseSet from_words, to_words, end_words, as_of_words, vision_words;
  PhraseSet now, now_words, not_now, relative_years, plural_words;
  PhraseSet months_from_january, months_of_year, months_to_december, months_past, halves, whole_year;
  PhraseSet year_parts, year_start;
  PhraseSet comparison_cues, plan_cues, past_cues, byline_cues;
  // The first piece of every phrase a time expression can open with (not the cues looked for
  // around one): a word none starts with opens no time, and the reader passes it with one
  // lookup instead of asking every set.
  PhraseIndex starters;
  uint32_t dateline_lines = 5;
  uint32_t dateline_bytes = 600;
  uint32_t byline_max_tokens = 14;
  uint32_t dateline_lead_tokens = 8;
  int future_months = 6;

  static DateData load(const std::string& data_dir);
};

}  // namespace solieu::dates
