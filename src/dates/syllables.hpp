#pragma once
// syllables: tokens [first, end) of one sentence -> the syllables the date grammar walks.
// Takes the tokenizer's output; gives, per syllable, its piece hash, the token it came from
// and (on demand) its text: a word's or term's key cut at spaces, any other token's key whole
// ("2021 - 2026" is one range), its text when the key is empty.
// The tokenizer cut and hashed these pieces already, so for almost every sentence this is a
// view into TokenizedText::pieces and piece_token, built without copying or hashing anything.
// Only a sentence holding a token the tokenizer cut otherwise (a spaced range, which it cuts
// in three) gets its own arrays. Tested by tests/dates/test_syllables.cpp.
#include <cstdint>
#include <string_view>
#include <vector>

#include "solieu/token.hpp"

namespace solieu::dates {

class Syllables {
 public:
  Syllables() = default;
  Syllables(const TokenizedText& tokens, const NormalizedText& text, uint32_t first, uint32_t end) {
    assign(tokens, text, first, end);
  }
  // The view points into itself when it owns its arrays: no copies.
  Syllables(const Syllables&) = delete;
  Syllables& operator=(const Syllables&) = delete;

  void assign(const TokenizedText& tokens, const NormalizedText& text, uint32_t first, uint32_t end);

  size_t size() const { return size_; }
  uint64_t hash(size_t i) const { return hashes_[i]; }
  const uint64_t* hashes() const { return hashes_; }
  // The token syllable i came from.
  uint32_t token(size_t i) const { return token_of_[i]; }
  // The first syllable of token t, or size() when t gives none here.
  size_t first_of(uint32_t t) const;
  // Its text. A word's piece is cut from its key only when asked: most syllables are only ever
  // matched by hash.
  std::string_view operator[](size_t i) const {
    if (owned_) return own_keys_[i];
    const Token& t = tokens_->tokens[token_of_[i]];
    if (t.kind == TokenKind::word || t.kind == TokenKind::term || t.kind == TokenKind::acronym) return word_piece(t, i);
    return t.key.empty() ? tokens_->text(t, *text_) : std::string_view(t.key);
  }

 private:
  const TokenizedText* tokens_ = nullptr;
  const NormalizedText* text_ = nullptr;
  const uint64_t* hashes_ = nullptr;
  const uint32_t* token_of_ = nullptr;
  size_t size_ = 0;
  std::string_view word_piece(const Token& t, size_t i) const;
  uint32_t base_ = 0;  // viewing: index in TokenizedText::pieces of syllable 0
  bool owned_ = false;
  std::vector<uint64_t> own_hashes_;
  std::vector<uint32_t> own_tokens_;
  std::vector<std::string_view> own_keys_;
};

}  // namespace solieu::dates
