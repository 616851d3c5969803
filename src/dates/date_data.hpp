#pragma once
// date_data: data/dates.json -> the cue phrases and number words the date grammar reads.
// Takes the data folder; gives phrase sets keyed on tone-canonical syllables, so a cue matches
// whatever the article's tone placement or term merging. Throws DataError naming file:line:col.
// Tested by tests/dates/ (through the corpus) and tests/dates/test_data.cpp.
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dates/syllables.hpp"
#include "solieu/phrase_index.hpp"

namespace solieu::dates {

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
  // This set's bit in DateData::first_sets. A set left out of the list in DateData::load has
  // none, and the reader would never find its phrases: every set must be in that list.
  uint64_t bit() const { return bit_; }

 private:
  friend struct DateData;
  uint64_t bit_ = 0;
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
  PhraseSet english_months;  // "jun" -> 6: bylines only ("Jun 18, 2024")
  // "9 tháng" with no year: what may not stand before or after it, and the leads that must
  // open their clause for it to be the year so far (Reader::months_so_far_year).
  PhraseSet months_so_far_not_after, months_so_far_not_before, months_so_far_leads, months_so_far_duration_nouns;
  size_t months_so_far_noun_reach = 3;
  // A time's role (Reader::role): the words before an act's date and before a deadline.
  PhraseSet event_cues, deadline_words;
  size_t event_reach = 6;
  // The sets some phrase of which starts with this piece, as a mask of their bits (0: none).
  // One lookup tells the reader every set it need not ask at a syllable: most syllables that
  // start a phrase start phrases of a few sets only.
  uint64_t first_sets(uint64_t piece) const {
    for (size_t i = piece & first_slot_mask_;; i = (i + 1) & first_slot_mask_) {
      const FirstSlot& slot = first_slots_[i];
      if (slot.sets == 0 || slot.piece == piece) return slot.sets;
    }
  }
  // The bits of the sets a time expression can open with (not the cues looked for around
  // one): a syllable with none of them opens no time.
  uint64_t openers = 0;
  // The first pieces of those sets: a sentence none of whose words is one, and that has no
  // figure, holds no time. Apart from first_sets so that frequent cue words ("trong", "đã")
  // do not pass its filter.
  PhraseIndex starters;
  // Letters glued before a "N/YYYY" date that make it a quarter: "Q1/2024". Never alone: "Q1" is
  // District 1 of Hồ Chí Minh City.
  std::set<std::string, std::less<>> quarter_letters;
  uint32_t dateline_lines = 5;
  uint32_t dateline_bytes = 600;
  uint32_t byline_max_tokens = 14;
  uint32_t dateline_lead_tokens = 8;
  int future_months = 6;
  int months_so_far_min = 2, months_so_far_max = 11, months_so_far_lag = 2;

  static DateData load(const std::string& data_dir);

 private:
  // A flat table of first pieces, at most a quarter full, probed from the piece's low bits
  // (piece hashes are mixed already). Asked for every syllable a sentence read has.
  struct FirstSlot {
    uint64_t piece = 0;
    uint64_t sets = 0;  // 0: empty slot (a stored piece starts a phrase of one set at least)
  };
  std::vector<FirstSlot> first_slots_;
  size_t first_slot_mask_ = 0;
};

}  // namespace solieu::dates
