// term_lexicon: multi-syllable terms and abbreviations from data/terms.json and data/places.json.
// Keys are canonical (tone-canonical lower case); places also answer to their folded spelling so
// "Bac Giang" finds Bắc Giang. Tested by tests/tokenize/.
#include <string>

#include "load/json_file.hpp"
#include "solieu/token.hpp"

namespace solieu {
namespace {

// Canonical key of a phrase: each syllable's key, joined by one space. A full stop is a syllable
// of its own, as the tokenizer makes it one: "TP.HCM" is "tp . hcm", and so is "TP. HCM".
std::string phrase_key(std::string_view phrase, bool folded) {
  std::string key;
  auto add = [&](std::string_view word) {
    if (word.empty()) return;
    if (!key.empty()) key += ' ';
    key += folded ? folded_key(word) : canonical_key(word);
  };
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') {
      if (phrase[j] == '.') {
        add(phrase.substr(i, j - i));
        add(".");
        i = j + 1;
      }
      ++j;
    }
    add(phrase.substr(i, j - i));
    i = j;
  }
  return key;
}

// The hash of each syllable of a key (syllables joined by one space), as the tokenizer hashes
// a token's key: a term matches when its tokens' keys, in order, are its syllables.
std::vector<uint64_t> key_pieces(std::string_view key) {
  std::vector<uint64_t> out;
  for_each_piece(key, [&](std::string_view piece) { out.push_back(piece_hash(piece)); });
  return out;
}

const nlohmann::json& member(const nlohmann::json& doc, const char* name, const std::string& path) {
  if (!doc.is_object() || !doc.contains(name)) throw DataError(path + ": missing \"" + name + "\"");
  return doc.at(name);
}

}  // namespace

void TermLexicon::add(std::string_view phrase, std::string category, std::string value, bool match_folded) {
  std::string key = phrase_key(phrase, false);
  if (key.empty() || by_key_.count(key)) return;
  uint32_t index = static_cast<uint32_t>(entries_.size());
  uint32_t syllables = 1;
  for (char c : key) syllables += c == ' ';
  if (syllables > max_syllables_) max_syllables_ = syllables;
  std::vector<uint64_t> pieces = key_pieces(key);
  by_pieces_.add_pieces(pieces, index);
  by_key_.emplace(key, index);
  if (match_folded) {
    std::string folded = phrase_key(phrase, true);
    by_folded_pieces_.add_pieces(key_pieces(folded), index);
    by_folded_.emplace(std::move(folded), index);
  }
  entries_.push_back({std::move(key), std::move(category), std::move(value), match_folded, std::move(pieces)});
}

uint32_t TermLexicon::find(std::string_view key, bool folded) const {
  const KeyMap& map = folded ? by_folded_ : by_key_;
  auto it = map.find(key);
  return it == map.end() ? UINT32_MAX : it->second;
}

TermLexicon TermLexicon::load(const std::string& data_dir) {
  TermLexicon lexicon;
  const std::string terms_path = data_dir + "/terms.json";
  nlohmann::json terms = read_json_file(terms_path);
  try {
    for (const auto& abbreviation : member(terms, "abbreviations", terms_path))
      lexicon.add_abbreviation(abbreviation.get<std::string>());
    for (const auto& [category, phrases] : member(terms, "terms", terms_path).items())
      for (const auto& phrase : phrases) lexicon.add(phrase.get<std::string>(), category, phrase.get<std::string>());

    const std::string places_path = data_dir + "/places.json";
    nlohmann::json places = read_json_file(places_path);
    for (const auto& province : member(places, "provinces", places_path)) {
      std::string name = province.at("name").get<std::string>();
      lexicon.add(name, "place", name, true);
      if (province.contains("aliases"))
        for (const auto& alias : province.at("aliases")) lexicon.add(alias.get<std::string>(), "place", name, true);
    }
  } catch (const nlohmann::json::exception& e) {
    throw DataError(terms_path + " or places.json: " + e.what());
  }
  return lexicon;
}

}  // namespace solieu
