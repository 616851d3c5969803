// date_data: reads data/dates.json into phrase sets. Every phrase is split into syllables and
// each syllable canonicalised, so "Hoà"/"Hòa" in the data meets either in an article.
// Tested by tests/dates/test_data.cpp and the date corpus.
#include "dates/date_data.hpp"

#include <fmt/format.h>

#include "load/json_file.hpp"
#include "solieu/error.hpp"
#include "solieu/text.hpp"

namespace solieu::dates {

namespace {

std::vector<std::string> split_syllables(const std::string& phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string::npos) j = phrase.size();
    if (j > i) out.push_back(canonical_key(std::string_view(phrase).substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

}  // namespace

void PhraseSet::add(const std::string& phrase, int value) {
  auto syllables = split_syllables(phrase);
  if (syllables.empty() || syllables.front().empty()) return;
  first_filter_[static_cast<unsigned char>(syllables.front()[0])] |= length_bit(syllables.front().size());
  by_first_[syllables.front()].push_back({std::move(syllables), value});
}

size_t PhraseSet::match(const Syllables& keys, size_t at, int* value) const {
  if (at >= keys.size() || keys[at].empty()) return 0;
  if (!(first_filter_[static_cast<unsigned char>(keys[at][0])] & length_bit(keys[at].size()))) return 0;
  auto it = by_first_.find(keys[at]);
  if (it == by_first_.end()) return 0;
  size_t best = 0;
  for (const auto& p : it->second) {
    size_t n = p.syllables.size();
    if (n <= best || at + n > keys.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < n && ok; ++k) ok = keys[at + k] == p.syllables[k];
    if (ok) {
      best = n;
      if (value) *value = p.value;
    }
  }
  return best;
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
  number("dateline_lines", d.dateline_lines);
  number("dateline_bytes", d.dateline_bytes);
  number("byline_max_tokens", d.byline_max_tokens);
  number("dateline_lead_tokens", d.dateline_lead_tokens);
  number("future_months", d.future_months);
  return d;
}

}  // namespace solieu::dates
