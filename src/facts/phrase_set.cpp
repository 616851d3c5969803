// phrase_set: see phrase_set.hpp.
#include "facts/phrase_set.hpp"

#include <algorithm>

namespace solieu {

Syllables Syllables::of(const TokenizedText& tokens, uint32_t first, uint32_t end) {
  Syllables out;
  for (uint32_t i = first; i < end; ++i) {
    std::string_view key = tokens.tokens[i].key;
    if (key.empty()) continue;
    size_t at = 0;
    while (at <= key.size()) {
      size_t space = key.find(' ', at);
      if (space == std::string_view::npos) space = key.size();
      if (space > at) {
        out.keys.push_back(key.substr(at, space - at));
        out.token.push_back(i);
      }
      at = space + 1;
    }
  }
  return out;
}

void PhraseSet::add(std::string_view phrase, uint32_t payload) {
  Entry entry{{}, payload};
  size_t at = 0;
  while (at < phrase.size()) {
    size_t space = phrase.find(' ', at);
    if (space == std::string_view::npos) space = phrase.size();
    if (space > at) {
      std::string_view word = phrase.substr(at, space - at);
      // Punctuation ending a word ("khu, cụm") is a syllable of its own, as the tokenizer makes it.
      bool comma = word.size() > 1 && (word.back() == ',' || word.back() == ';');
      if (comma) word.remove_suffix(1);
      entry.syllables.push_back(canonical_key(word));
      if (comma) entry.syllables.emplace_back(1, phrase[space - 1]);
    }
    at = space + 1;
  }
  if (entry.syllables.empty()) return;
  auto& bucket = by_first_[entry.syllables.front()];
  bucket.push_back(std::move(entry));
  // Longest first, so the first full match in a bucket is the longest.
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.syllables.size() > b.syllables.size(); });
}

std::vector<PhraseMatch> PhraseSet::find_all(const Syllables& s) const {
  std::vector<PhraseMatch> out;
  for (size_t i = 0; i < s.keys.size(); ++i) {
    auto it = by_first_.find(s.keys[i]);
    if (it == by_first_.end()) continue;
    for (const Entry& e : it->second) {
      if (i + e.syllables.size() > s.keys.size()) continue;
      bool ok = true;
      for (size_t k = 1; k < e.syllables.size() && ok; ++k) ok = s.keys[i + k] == e.syllables[k];
      if (!ok) continue;
      size_t last = i + e.syllables.size() - 1;
      out.push_back({s.token[i], s.token[last] + 1, e.payload, static_cast<uint32_t>(e.syllables.size())});
      break;
    }
  }
  return out;
}

}  // namespace solieu
