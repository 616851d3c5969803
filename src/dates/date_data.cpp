// date_data: reads data/dates.json into phrase sets. Every phrase is split into syllables and
// each syllable canonicalised, so "Hoà"/"Hòa" in the data meets either in an article.
// Tested by tests/dates/test_data.cpp and the date corpus.
#include "dates/date_data.hpp"

#include <fmt/format.h>

#include "load/json_file.hpp"
#include "solieu/error.hpp"
#include "solieu/text.hpp"

namespace solieu::dates {

void PhraseSet::add(const std::string& phrase, int value) {
  std::vector<uint64_t> pieces = phrase_hashes(phrase);
  if (pieces.empty()) return;
  index_.add_pieces(pieces, static_cast<uint32_t>(values_.size()));
  values_.push_back(value);
  first_pieces_.push_back(pieces[0]);
}

DateData DateData::load(const std::string& data_dir) {
  const std::string path = data_dir + "/dates.json";
  const nlohmann::json j = read_json_file(path);
  DateData d;
  auto fail = [&](const std::string& key, const char* what) {
    throw DataError(fmt::format("{}: \"{}\": {}", path, key, what));
  };
  auto list = [&](const char* key, PhraseSet& set) {
    if (!j.contains(key)) fail(key, "missing list of phrases");
    const auto& v = j.at(key);
    if (!v.is_array()) fail(key, "expected a list of phrases");
    for (const auto& e : v) {
      if (!e.is_string()) fail(key, "expected strings");
      set.add(e.get<std::string>());
    }
  };
  auto table = [&](const char* key, PhraseSet& set) {
    if (!j.contains(key)) fail(key, "missing table of phrases");
    const auto& v = j.at(key);
    if (!v.is_object()) fail(key, "expected an object of phrase: number");
    for (const auto& [phrase, n] : v.items()) {
      if (!n.is_number_integer()) fail(key, "expected integer values");
      set.add(phrase, n.get<int>());
    }
  };
  auto number = [&](const char* key, auto& out) {
    if (!j.contains(key)) return;  // optional: the default in DateData stands
    if (!j.at(key).is_number_integer()) fail(key, "expected an integer");
    out = j.at(key).get<std::remove_reference_t<decltype(out)>>();
  };
  if (!j.is_object()) throw DataError(path + ": expected an object");
  if (!j.contains("roman") || !j.at("roman").is_object()) fail("roman", "expected an object");
  for (const auto& [k, n] : j.at("roman").items()) d.roman[canonical_key(k)] = n.get<int>();
  table("count_words", d.count_words);
  table("month_words", d.month_words);
  table("relative_years", d.relative_years);
  table("halves", d.halves);
  table("english_months", d.english_months);
  list("day_words", d.day_words);
  list("month_word", d.month_word);
  list("year_word", d.year_word);
  list("quarter_words", d.quarter_words);
  list("of_words", d.of_words);
  list("day_cues", d.day_cues);
  list("year_cues", d.year_cues);
  list("period_words", d.period_words);
  list("from_words", d.from_words);
  list("to_words", d.to_words);
  list("end_words", d.end_words);
  list("as_of_words", d.as_of_words);
  list("vision_words", d.vision_words);
  list("now", d.now);
  list("now_words", d.now_words);
  list("not_now", d.not_now);
  list("plural_words", d.plural_words);
  list("months_from_january", d.months_from_january);
  list("months_of_year", d.months_of_year);
  list("months_to_december", d.months_to_december);
  list("months_past", d.months_past);
  list("whole_year", d.whole_year);
  list("year_parts", d.year_parts);
  list("year_start", d.year_start);
  list("comparison_cues", d.comparison_cues);
  list("plan_cues", d.plan_cues);
  list("past_cues", d.past_cues);
  list("byline_cues", d.byline_cues);
  list("months_so_far_not_after", d.months_so_far_not_after);
  list("months_so_far_not_before", d.months_so_far_not_before);
  list("months_so_far_leads", d.months_so_far_leads);
  list("months_so_far_duration_nouns", d.months_so_far_duration_nouns);
  list("event_cues", d.event_cues);
  list("deadline_words", d.deadline_words);
  // Every set gets a bit, and every first piece the mask of the sets it starts a phrase of.
  // A new set must be listed here: one without a bit is never matched by the reader.
  const std::vector<PhraseSet*> sets = {&d.count_words,
                                        &d.month_words,
                                        &d.day_words,
                                        &d.month_word,
                                        &d.year_word,
                                        &d.quarter_words,
                                        &d.of_words,
                                        &d.day_cues,
                                        &d.year_cues,
                                        &d.period_words,
                                        &d.from_words,
                                        &d.to_words,
                                        &d.end_words,
                                        &d.as_of_words,
                                        &d.vision_words,
                                        &d.now,
                                        &d.now_words,
                                        &d.not_now,
                                        &d.relative_years,
                                        &d.plural_words,
                                        &d.months_from_january,
                                        &d.months_of_year,
                                        &d.months_to_december,
                                        &d.months_past,
                                        &d.halves,
                                        &d.whole_year,
                                        &d.year_parts,
                                        &d.year_start,
                                        &d.comparison_cues,
                                        &d.plan_cues,
                                        &d.past_cues,
                                        &d.byline_cues,
                                        &d.english_months,
                                        &d.months_so_far_not_after,
                                        &d.months_so_far_not_before,
                                        &d.months_so_far_leads,
                                        &d.months_so_far_duration_nouns,
                                        &d.event_cues,
                                        &d.deadline_words};
  if (sets.size() > 64) throw DataError(path + ": more phrase sets than a 64-bit mask holds");
  std::map<uint64_t, uint64_t> masks;
  for (size_t k = 0; k < sets.size(); ++k) {
    sets[k]->bit_ = uint64_t{1} << k;
    for (uint64_t piece : sets[k]->first_pieces()) masks[piece] |= sets[k]->bit_;
  }
  size_t slots = 64;
  while (slots < masks.size() * 4) slots *= 2;
  d.first_slots_.assign(slots, {});
  d.first_slot_mask_ = slots - 1;
  for (const auto& [piece, mask] : masks) {
    size_t i = piece & d.first_slot_mask_;
    while (d.first_slots_[i].sets != 0) i = (i + 1) & d.first_slot_mask_;
    d.first_slots_[i] = {piece, mask};
  }
  // Keep in step with Reader::run, Reader::expression and Reader::atom: the sets they try at
  // the position where a time may open.
  for (const PhraseSet* opener :
       {&d.comparison_cues, &d.not_now, &d.from_words, &d.as_of_words, &d.vision_words, &d.to_words, &d.now,
        &d.relative_years, &d.period_words, &d.day_words, &d.month_word, &d.quarter_words, &d.count_words, &d.halves,
        &d.whole_year, &d.year_parts, &d.year_word, &d.of_words}) {
    d.openers |= opener->bit();
    for (uint64_t piece : opener->first_pieces()) d.starters.add_pieces({piece}, 0);
  }
  if (j.contains("quarter_letters")) {
    if (!j.at("quarter_letters").is_array()) fail("quarter_letters", "expected an array of strings");
    for (const auto& w : j.at("quarter_letters")) d.quarter_letters.insert(canonical_key(w.get<std::string>()));
  }
  number("dateline_lines", d.dateline_lines);
  number("dateline_bytes", d.dateline_bytes);
  number("byline_max_tokens", d.byline_max_tokens);
  number("dateline_lead_tokens", d.dateline_lead_tokens);
  number("future_months", d.future_months);
  number("months_so_far_min", d.months_so_far_min);
  number("months_so_far_max", d.months_so_far_max);
  number("months_so_far_lag", d.months_so_far_lag);
  number("months_so_far_noun_reach", d.months_so_far_noun_reach);
  number("event_reach", d.event_reach);
  return d;
}

}  // namespace solieu::dates
