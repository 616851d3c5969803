// syllables: see syllables.hpp. Tested by tests/dates/test_syllables.cpp.
#include "dates/syllables.hpp"

#include <cassert>

namespace solieu::dates {

namespace {

bool is_wordlike(TokenKind k) { return k == TokenKind::word || k == TokenKind::term || k == TokenKind::acronym; }

[[maybe_unused]] size_t count_pieces(std::string_view key) {
  size_t n = 0;
  for_each_piece(key, [&](std::string_view) { ++n; });
  return n;
}

// Whether the tokenizer's pieces of t are exactly its syllables here. A word's are its key cut
// at spaces by both (token.hpp's contract: for_each_piece is the one definition of a piece),
// save an empty key, which the tokenizer still gives one piece; any other token is one
// syllable here, so it must be one piece there ("2021 - 2026" is three).
bool pieces_are_syllables(const Token& t) {
  if (!is_wordlike(t.kind)) return t.piece_count == 1;
  assert(t.key.empty() || t.piece_count == count_pieces(t.key));
  return !t.key.empty();
}

std::string_view whole_key(const TokenizedText& tokens, const NormalizedText& text, const Token& t) {
  return t.key.empty() ? tokens.text(t, text) : std::string_view(t.key);
}

}  // namespace

void Syllables::assign(const TokenizedText& tokens, const NormalizedText& text, uint32_t first, uint32_t end) {
  tokens_ = &tokens;
  text_ = &text;
  owned_ = false;
  bool view = true;
  for (uint32_t t = first; t < end && view; ++t) view = pieces_are_syllables(tokens.tokens[t]);
  if (view) {
    auto [b, e] = tokens.piece_range(first, end);
    base_ = b;
    hashes_ = tokens.pieces.data() + b;
    token_of_ = tokens.piece_token.data() + b;
    size_ = e - b;
    return;
  }
  owned_ = true;
  own_hashes_.clear();
  own_tokens_.clear();
  own_keys_.clear();
  for (uint32_t t = first; t < end; ++t) {
    const Token& tok = tokens.tokens[t];
    if (is_wordlike(tok.kind)) {
      uint32_t piece = tok.first_piece;
      for_each_piece(tok.key, [&](std::string_view syllable) {
        own_keys_.push_back(syllable);
        own_hashes_.push_back(piece < tok.first_piece + tok.piece_count ? tokens.pieces[piece++]
                                                                        : piece_hash(syllable));
        own_tokens_.push_back(t);
      });
    } else {
      std::string_view key = whole_key(tokens, text, tok);
      own_keys_.push_back(key);
      own_hashes_.push_back(tok.piece_count == 1 ? tokens.pieces[tok.first_piece] : piece_hash(key));
      own_tokens_.push_back(t);
    }
  }
  hashes_ = own_hashes_.data();
  token_of_ = own_tokens_.data();
  size_ = own_hashes_.size();
}

size_t Syllables::first_of(uint32_t t) const {
  if (!owned_) {
    if (t >= tokens_->tokens.size()) return size_;
    uint32_t p = tokens_->tokens[t].first_piece;
    return p >= base_ && p - base_ < size_ && token_of_[p - base_] == t ? p - base_ : size_;
  }
  for (size_t i = 0; i < size_; ++i)
    if (token_of_[i] == t) return i;
  return size_;
}

std::string_view Syllables::word_piece(const Token& t, size_t i) const {
  size_t wanted = base_ + i - t.first_piece;
  std::string_view out;
  size_t k = 0;
  for_each_piece(t.key, [&](std::string_view piece) {
    if (k++ == wanted) out = piece;
  });
  return out;
}

}  // namespace solieu::dates
