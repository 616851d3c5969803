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

namespace solieu::dates {

// One syllable of a phrase, as the grammar sees it: a token key, or a piece of a term's key.
using Syllables = std::vector<std::string_view>;

// A set of phrases (syllable sequences), each with a small integer value.
class PhraseSet {
 public:
  void add(const std::string& phrase, int value = 0);
  // Length in syllables of the longest phrase starting at keys[at], or 0. `value` gets its value.
  size_t match(const Syllables& keys, size_t at, int* value = nullptr) const;
  bool empty() const { return by_first_.empty(); }

 private:
  struct Phrase {
    std::vector<std::string> syllables;
    int value = 0;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Phrase>, Hash, std::equal_to<>> by_first_;
  // First byte x length of every first syllable: the grammar asks each of some thirty sets at
  // every token, and most tokens start no phrase of a set; two loads say so without hashing.
  std::array<uint64_t, 256> first_filter_{};
  static uint64_t length_bit(size_t n) { return uint64_t{1} << (n < 63 ? n : 63); }
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
  uint32_t dateline_lines = 5;
  uint32_t dateline_bytes = 600;
  uint32_t byline_max_tokens = 14;
  uint32_t dateline_lead_tokens = 8;
  int future_months = 6;

  static DateData load(const std::string& data_dir);
};

}  // namespace solieu::dates
