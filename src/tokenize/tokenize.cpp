// tokenize: raw tokens -> keyed tokens, merged terms, sentences.
// Takes the normalized text and the term lexicon; gives tokens whose spans index the normalized
// text and sentences as token ranges. Sentence ends are decided here once, so every extractor
// sees the same clauses. Tested by tests/tokenize/ and tests/corpus/tokens.tsv.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "solieu/phrase_index.hpp"
#include "solieu/token.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/scan.hpp"

namespace solieu {
namespace {

bool ascii_only(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// A token's matching key and its piece hash, computed once.
struct Keyed {
  std::string key;
  uint64_t hash = 0;
};

// canonical_key goes through ICU and UTF-16; Vietnamese has only some thousands of syllables,
// so a per-thread memo answers almost every word after the first pages of text.
const Keyed& memo_key(std::string_view word) {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return piece_hash(s); }
  };
  thread_local std::unordered_map<std::string, Keyed, Hash, std::equal_to<>> memo;
  if (auto it = memo.find(word); it != memo.end()) return it->second;
  if (memo.size() > 200000) memo.clear();  // bounded: odd inputs must not grow it forever
  std::string key = canonical_key(word);
  uint64_t hash = piece_hash(key);
  return memo.emplace(std::string(word), Keyed{std::move(key), hash}).first->second;
}

// The key of a token. ASCII words skip ICU: most syllables are short and many are plain ASCII.
void set_key(Token& t, const detail::RawToken& raw, std::string_view text, uint64_t& hash) {
  if ((t.kind == TokenKind::word || t.kind == TokenKind::acronym) && !raw.ascii) {
    const Keyed& k = memo_key(text);
    t.key = k.key;
    hash = k.hash;
    return;
  }
  t.key.assign(text);
  if (raw.has_upper) {
    for (char& c : t.key)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  hash = piece_hash(t.key);
}

// Whether a token's key is the one character c: a length and a byte, where comparing with a
// C string would measure the literal first (this runs several times for every token).
bool is_char(const Token& t, char c) { return t.key.size() == 1 && t.key[0] == c; }

// A term may run through a dash ("Bà Rịa - Vũng Tàu") and through a full stop glued to the
// syllable before it ("TP.HCM", "TP. HCM"): only lexicon entries spelled with one can match so.
bool mergeable(const Token& t) {
  return t.kind == TokenKind::word || t.kind == TokenKind::acronym ||
         (t.kind == TokenKind::punct && (is_char(t, '-') || (is_char(t, '.') && !t.space_before)));
}

// Merges lexicon terms in place, longest match first, walking the lexicon's tries with each
// token's key hash. Writes never overtake reads, so the vector (and the hashes beside it) is
// compacted without a second copy.
void merge_terms(std::vector<Token>& tokens, std::vector<uint64_t>& hashes, const TermLexicon& terms) {
  if (terms.entries().empty()) return;
  const PhraseIndex& canonical = terms.by_pieces();
  const PhraseIndex& folded = terms.by_folded_pieces();
  const uint32_t max_len = terms.max_syllables();
  size_t write = 0;
  for (size_t i = 0; i < tokens.size();) {
    const Token& first = tokens[i];
    uint32_t best_entry = UINT32_MAX;
    size_t best_len = 0;
    const bool word_like = first.kind == TokenKind::word || first.kind == TokenKind::acronym;
    // The first syllable's node in the canonical trie, looked up once for both tests below.
    const uint32_t first_node = word_like ? canonical.next(PhraseIndex::kRoot, hashes[i]) : PhraseIndex::kNone;
    // A place of one syllable ("Huế", "TPHCM") is a term too, when capitalized: "huế" is no place.
    if (first.capitalized && first_node != PhraseIndex::kNone && canonical.ends(first_node) &&
        terms.entries()[canonical.payload(first_node)].category == "place") {
      best_entry = canonical.payload(first_node);
      best_len = 1;
    }
    if (word_like && i + 1 < tokens.size() && mergeable(tokens[i + 1]) && !tokens[i + 1].line_before) {
      uint32_t node = first_node;
      // Text typed without diacritics is all ASCII: only then walk the folded spellings.
      bool ascii = ascii_only(first.key);
      uint32_t folded_node = ascii ? folded.next(PhraseIndex::kRoot, hashes[i]) : PhraseIndex::kNone;
      for (size_t len = 2; len <= max_len && i + len <= tokens.size(); ++len) {
        if (node == PhraseIndex::kNone && folded_node == PhraseIndex::kNone) break;
        const Token& t = tokens[i + len - 1];
        if (!mergeable(t) || t.line_before) break;
        const uint64_t h = hashes[i + len - 1];
        if (node != PhraseIndex::kNone) node = canonical.next(node, h);
        ascii = ascii && ascii_only(t.key);
        folded_node = ascii && folded_node != PhraseIndex::kNone ? folded.next(folded_node, h) : PhraseIndex::kNone;
        uint32_t entry = UINT32_MAX;
        if (node != PhraseIndex::kNone && canonical.ends(node))
          entry = canonical.payload(node);
        else if (folded_node != PhraseIndex::kNone && folded.ends(folded_node))
          entry = folded.payload(folded_node);
        if (entry == UINT32_MAX) continue;
        // A place name is a proper noun: "hòa bình" (peace) is not Hòa Bình province.
        if (terms.entries()[entry].category == "place" && !first.capitalized) continue;
        best_entry = entry;
        best_len = len;
      }
    }
    if (best_len == 0) {
      if (write != i) {
        tokens[write] = std::move(tokens[i]);
        hashes[write] = hashes[i];
      }
      ++write;
      ++i;
      continue;
    }
    uint32_t end = tokens[i + best_len - 1].end;
    if (write != i) tokens[write] = std::move(tokens[i]);
    Token& merged = tokens[write++];
    merged.kind = TokenKind::term;
    merged.end = end;
    merged.key = terms.entries()[best_entry].key;
    merged.term = best_entry;
    i += best_len;
  }
  tokens.resize(write);
  hashes.resize(write);
}

// Every token's pieces: a term's are its entry's syllables, a key with no space is one piece
// whose hash is known already, and a spaced range ("2021 - 2026") is cut here.
void cut_pieces(TokenizedText& out, const std::vector<uint64_t>& hashes, const TermLexicon& terms) {
  out.pieces.reserve(out.tokens.size() + out.tokens.size() / 4);
  out.piece_token.reserve(out.pieces.capacity());
  for (uint32_t i = 0; i < out.tokens.size(); ++i) {
    Token& t = out.tokens[i];
    t.first_piece = static_cast<uint32_t>(out.pieces.size());
    if (t.kind == TokenKind::term) {
      for (uint64_t h : terms.entries()[t.term].pieces) {
        out.pieces.push_back(h);
        out.piece_token.push_back(i);
      }
    } else if (t.kind != TokenKind::range || t.key.find(' ') == std::string::npos) {
      // Only a range is spaced inside ("2021 - 2026"): a word's key never is.
      out.pieces.push_back(hashes[i]);
      out.piece_token.push_back(i);
    } else {
      for_each_piece(t.key, [&](std::string_view piece) {
        out.pieces.push_back(piece_hash(piece));
        out.piece_token.push_back(i);
      });
    }
    t.piece_count = static_cast<uint32_t>(out.pieces.size()) - t.first_piece;
  }
}

bool is_terminal(const Token& t) {
  return t.kind == TokenKind::punct && (is_char(t, '.') || is_char(t, '!') || is_char(t, '?'));
}

bool starts_name(const Token& t) { return t.capitalized && (t.kind == TokenKind::word || t.kind == TokenKind::term); }

// Whether a sentence ends after tokens[i]. `row`: token i stands on a line with two bars or more,
// a row of a table ("1 | KCN Đồng Bành | huyện Chi Lăng | 350 | 62"), which is one sentence.
bool ends_sentence(const std::vector<Token>& tokens, size_t i, const TermLexicon& terms, const NormalizedText& text,
                   const std::vector<bool>& rows) {
  const Token& t = tokens[i];
  if (i + 1 >= tokens.size()) return true;
  const Token& next = tokens[i + 1];
  const bool row = rows[i];
  if ((row || rows[i + 1]) && next.line_before) return true;  // a row is its line
  if (row && (is_char(t, '|') || is_char(next, '|'))) return false;
  // Photo captions end in " |" ("Quang cảnh hội nghị. |"); "Minh Châu|22/07/2021" is a byline.
  if (t.kind == TokenKind::punct && is_char(t, '|')) return next.space_before;
  if (is_char(next, '|') && next.space_before) return false;  // the caption bar closes this unit
  if (next.line_before) {
    // A hard-wrapped line continues when it breaks mid-clause and goes on in lower case.
    bool mid_clause = !is_terminal(t) && !is_char(t, ':') && !is_char(t, '|');
    bool lower_next = (next.kind == TokenKind::word) && !next.capitalized;
    return !(mid_clause && lower_next);
  }
  if (!is_terminal(t)) return false;
  // A closing quote glued to the period ("kỷ lục.” Sau") goes with this sentence; judge by what follows it.
  size_t after = i + 1;
  while (after < tokens.size() && !tokens[after].space_before &&
         (is_char(tokens[after], '"') || is_char(tokens[after], '\'') || is_char(tokens[after], ')')))
    ++after;
  if (after >= tokens.size()) return true;
  if (after > i + 1)
    return tokens[after].space_before && !(tokens[after].kind == TokenKind::word && !tokens[after].capitalized);
  // "moitruong.net.vn", "GS.TS": a period with no space after it does not end anything.
  if (!next.space_before) return false;
  // "..." mid-sentence ("nguyên vật liệu... nhằm") runs on when lower case follows.
  if (next.kind == TokenKind::word && !next.capitalized) return false;
  if (is_char(t, '.') && i > 0) {
    const Token& before = tokens[i - 1];
    std::string_view word = std::string_view(text.text).substr(before.start, before.end - before.start);
    // "TP. Hồ Chí Minh" keeps going; "tỉnh, TP. Quy mô kinh tế..." ends: a name is capitalized
    // through, so look at the next two words.
    if (!t.space_before && terms.is_abbreviation(word)) {
      bool name_follows =
          starts_name(next) && (next.kind == TokenKind::term || i + 2 >= tokens.size() || starts_name(tokens[i + 2]));
      if (name_follows) return false;
    }
  }
  return true;
}

}  // namespace

const char* to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::term: return "term";
    case TokenKind::acronym: return "acronym";
    case TokenKind::number: return "number";
    case TokenKind::percent: return "percent";
    case TokenKind::date: return "date";
    case TokenKind::fraction: return "fraction";
    case TokenKind::range: return "range";
    case TokenKind::punct: return "punct";
    case TokenKind::symbol: return "symbol";
  }
  return "?";
}

TokenizedText tokenize(const NormalizedText& text, const TermLexicon& terms) {
  TokenizedText out;
  std::vector<detail::RawToken> raw = detail::scan(text.text);
  out.tokens.resize(raw.size());
  std::vector<uint64_t> hashes(raw.size());
  std::string_view s(text.text);
  for (size_t i = 0; i < raw.size(); ++i) {
    const detail::RawToken& r = raw[i];
    Token& t = out.tokens[i];
    t.kind = r.kind;
    t.space_before = r.space_before;
    t.line_before = r.line_before;
    t.capitalized = r.capitalized;
    t.start = r.start;
    t.end = r.end;
    set_key(t, r, s.substr(r.start, r.end - r.start), hashes[i]);
  }
  merge_terms(out.tokens, hashes, terms);
  cut_pieces(out, hashes, terms);

  // The lines with two bars or more: rows of a table, each one sentence.
  std::vector<bool> row(out.tokens.size(), false);
  for (size_t line = 0; line < out.tokens.size();) {
    size_t end = line + 1, bars = is_char(out.tokens[line], '|');
    while (end < out.tokens.size() && !out.tokens[end].line_before) bars += is_char(out.tokens[end++], '|');
    if (bars >= 2) std::fill(row.begin() + line, row.begin() + end, true);
    line = end;
  }

  uint32_t first = 0;
  for (size_t i = 0; i < out.tokens.size(); ++i) {
    size_t last = i;
    if (!ends_sentence(out.tokens, i, terms, text, row)) continue;
    // Closing quotes and brackets glued to the final period belong to the sentence.
    while (last + 1 < out.tokens.size() && !out.tokens[last + 1].space_before &&
           (is_char(out.tokens[last + 1], '"') || is_char(out.tokens[last + 1], ')') ||
            is_char(out.tokens[last + 1], '\''))) {
      ++last;
    }
    Sentence sentence;
    sentence.first_token = first;
    sentence.end_token = static_cast<uint32_t>(last + 1);
    sentence.start = out.tokens[first].start;
    sentence.end = out.tokens[last].end;
    out.sentences.push_back(sentence);
    first = static_cast<uint32_t>(last + 1);
    i = last;
  }
  return out;
}

}  // namespace solieu
