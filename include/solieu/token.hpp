#pragma once
// token: one pass over normalized text -> typed tokens and sentences with byte spans.
// Extractors read tokens, never bytes: a number, a date shape or a term is decided here once.
// Tested by tests/tokenize/ and its corpus tests/corpus/tokens.tsv.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "solieu/phrase_index.hpp"
#include "solieu/text.hpp"

namespace solieu {

enum class TokenKind : uint8_t {
  word,      // a syllable or other run of letters: "tỉnh", "ha", "héc-ta"
  term,      // several syllables merged by the term lexicon: "khu công nghiệp", "Bắc Giang"
  acronym,   // two or more letters, all upper case, maybe with digits or '-': KCN, CCN, FDI, KT-XH
  number,    // digits with Vietnamese separators: "1.967", "75,6", "311.986,8", "2030"
  percent,   // a number with its '%': "75,6%"
  date,      // slashed day/month(/year) or month/year shapes: "22/8", "15/7/2021", "8/2023", "II/2021"
  fraction,  // slashed numbers that cannot be a date: "35/55", "2/63"
  range,     // number-dash-number: "2022-2025", "2021- 2026", "5-7"
  punct,     // one punctuation character: . , ; : ( ) " ' ! ? | - / …
  symbol,    // anything else: $ € + = * and letters of no script we read
};

const char* to_string(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::word;
  bool space_before = false;  // whitespace separates it from the previous token
  bool line_before = false;   // a line break separates it from the previous token
  bool capitalized = false;   // its first letter is upper case
  uint32_t start = 0;         // bytes of NormalizedText::text
  uint32_t end = 0;
  // Matching key: canonical_key of the text (lower case, tone-canonical); for a term the
  // lexicon's key of the phrase (syllables joined by one space). Empty for punctuation.
  std::string key;
  uint32_t term = UINT32_MAX;  // index into TermLexicon::entries for kind == term
  // Its pieces in TokenizedText::pieces: the key cut at spaces (a term gives one per syllable).
  uint32_t first_piece = 0;
  uint32_t piece_count = 0;
};

// A sentence, or a unit that stands alone: a headline, a caption ending in '|', a list line.
struct Sentence {
  uint32_t start = 0;  // bytes of NormalizedText::text
  uint32_t end = 0;
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // Every token's pieces, hashed (piece_hash), in text order, and the token each belongs to:
  // what data phrases are matched on, so "khu công nghiệp" meets a merged term and loose
  // syllables alike and no stage cuts or hashes a key again.
  std::vector<uint64_t> pieces;
  std::vector<uint32_t> piece_token;
  // Pieces of tokens [first, end): [begin, end) of `pieces`.
  std::pair<uint32_t, uint32_t> piece_range(uint32_t first, uint32_t end) const {
    uint32_t b = first < tokens.size() ? tokens[first].first_piece : static_cast<uint32_t>(pieces.size());
    uint32_t e = end < tokens.size() ? tokens[end].first_piece : static_cast<uint32_t>(pieces.size());
    return {b, e < b ? b : e};
  }
  std::string_view text(const Token& t, const NormalizedText& n) const {
    return std::string_view(n.text).substr(t.start, t.end - t.start);
  }
};

// Multi-syllable terms, merged longest-first into one token. Keys are matched on canonical_key
// and on folded_key (names written without diacritics), as the entry allows.
class TermLexicon {
 public:
  struct Entry {
    std::string key;               // canonical key, syllables joined by ' '
    std::string category;          // "subject", "place", "metric", "status", ... as the data file says
    std::string value;             // what the term stands for: "KCN", "Bắc Giang", ...
    bool match_folded = false;     // also match the diacritic-free spelling
    std::vector<uint64_t> pieces;  // piece_hash of each syllable of `key`
  };
  // Adds a phrase; a later duplicate of the same key is ignored.
  void add(std::string_view phrase, std::string category, std::string value, bool match_folded = false);
  const std::vector<Entry>& entries() const { return entries_; }
  // Entry whose key equals `key` (syllables joined by ' '), or UINT32_MAX. With folded = true,
  // `key` is a folded key and only entries marked match_folded answer.
  uint32_t find(std::string_view key, bool folded) const;
  // Whether some entry starts with this syllable key: the cheap test before building phrases.
  bool may_start(std::string_view syllable) const { return by_pieces_.may_start(piece_hash(syllable)); }
  uint32_t max_syllables() const { return max_syllables_; }
  // The entries as tries over syllable hashes (payload: entry index), for the tokenizer's merge:
  // canonical keys, and folded keys of match_folded entries.
  const PhraseIndex& by_pieces() const { return by_pieces_; }
  const PhraseIndex& by_folded_pieces() const { return by_folded_pieces_; }
  // Abbreviations whose period does not end a sentence before a name ("TP.", "TS.", "ThS.").
  void add_abbreviation(std::string_view text) { abbreviations_.emplace(text); }
  bool is_abbreviation(std::string_view text) const { return abbreviations_.find(text) != abbreviations_.end(); }
  // Reads data/terms.json and data/places.json; throws DataError naming file:line:col.
  static TermLexicon load(const std::string& data_dir);

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, StringHash, std::equal_to<>> abbreviations_;
  std::vector<Entry> entries_;
  using KeyMap = std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;
  KeyMap by_key_;     // canonical key -> entry
  KeyMap by_folded_;  // folded key -> entry (match_folded entries only)
  PhraseIndex by_pieces_;
  PhraseIndex by_folded_pieces_;
  uint32_t max_syllables_ = 1;
};

// Tokenizes the whole normalized text.
TokenizedText tokenize(const NormalizedText& text, const TermLexicon& terms);

}  // namespace solieu
