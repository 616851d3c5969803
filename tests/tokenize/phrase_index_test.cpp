// PhraseIndex: the shared matcher of data phrases over the tokenizer's hashed pieces.
#include <catch2/catch.hpp>

#include "solieu/phrase_index.hpp"
#include "solieu/token.hpp"

using namespace solieu;

namespace {
TokenizedText tokens_of(const char* text, NormalizedText& n) {
  static const TermLexicon terms = TermLexicon::load(SOLIEU_DATA_DIR);
  n = normalize(text);
  return tokenize(n, terms);
}
}  // namespace

TEST_CASE("phrase pieces are what the tokenizer makes of the phrase", "[tokenize][phrases]") {
  CHECK(phrase_pieces("Khu, cụm công nghiệp") == std::vector<std::string>{"khu", ",", "cụm", "công", "nghiệp"});
  CHECK(phrase_pieces("  Hoà  Bình ") == std::vector<std::string>{"hòa", "bình"});
  CHECK(phrase_pieces("").empty());
}

TEST_CASE("the longest phrase wins, over merged terms and loose syllables alike", "[tokenize][phrases]") {
  PhraseIndex index;
  CHECK(index.empty());
  CHECK(index.add("công nghiệp", 1) == 2);
  CHECK(index.add("khu công nghiệp", 2) == 3);
  CHECK(index.add("khu", 3) == 1);
  CHECK(index.add("khu", 9) == 1);  // a duplicate keeps the first payload
  CHECK(index.max_pieces() == 3);
  NormalizedText n;
  TokenizedText t = tokens_of("Tỉnh có 9 khu công nghiệp; khu dân cư", n);
  // "khu công nghiệp" is one merged term token but three pieces.
  REQUIRE(t.pieces.size() == t.piece_token.size());
  size_t at = 0;
  while (at < t.pieces.size() && t.pieces[at] != piece_hash("khu")) ++at;
  REQUIRE(at + 2 < t.pieces.size());
  auto m = index.longest(t.pieces.data(), at, t.pieces.size());
  CHECK(m.length == 3);
  CHECK(m.payload == 2);
  m = index.longest(t.pieces.data(), at + 1, t.pieces.size());
  CHECK(m.length == 2);
  CHECK(m.payload == 1);
  // Bounded by `end`: only "khu" fits.
  m = index.longest(t.pieces.data(), at, at + 2);
  CHECK(m.length == 1);
  CHECK(m.payload == 3);
  // A later "khu" (of "khu dân cư") matches the one-piece phrase only.
  size_t later = at + 3;
  while (later < t.pieces.size() && t.pieces[later] != piece_hash("khu")) ++later;
  REQUIRE(later < t.pieces.size());
  m = index.longest(t.pieces.data(), later, t.pieces.size());
  CHECK(m.length == 1);
}

TEST_CASE("any payload value is kept, the largest included", "[tokenize][phrases]") {
  PhraseIndex index;
  index.add("kcn và ccn", UINT32_MAX);
  NormalizedText n;
  TokenizedText t = tokens_of("các KCN và CCN", n);
  auto m = index.longest(t.pieces.data(), 1, t.pieces.size());
  CHECK(m.length == 3);
  CHECK(m.payload == UINT32_MAX);
  CHECK(index.longest(t.pieces.data(), 0, t.pieces.size()).length == 0);
}

TEST_CASE("the index grows past its first table without losing phrases", "[tokenize][phrases]") {
  PhraseIndex index;
  for (uint32_t i = 0; i < 500; ++i) index.add("cụm số " + std::to_string(i), i);
  for (uint32_t i = 0; i < 500; i += 37) {
    NormalizedText n;
    std::string text = "cụm số " + std::to_string(i);
    TokenizedText t = tokens_of(text.c_str(), n);
    auto m = index.longest(t.pieces.data(), 0, t.pieces.size());
    CHECK(m.length == 3);
    CHECK(m.payload == i);
  }
}

TEST_CASE("every token knows its pieces", "[tokenize][phrases]") {
  NormalizedText n;
  TokenizedText t = tokens_of("9 KCN ở Bắc Giang, 2021 - 2026.", n);
  uint32_t expected = 0;
  for (const Token& tok : t.tokens) {
    CHECK(tok.first_piece == expected);
    CHECK(tok.piece_count >= 1);
    expected += tok.piece_count;
  }
  CHECK(expected == t.pieces.size());
  auto [b, e] = t.piece_range(0, static_cast<uint32_t>(t.tokens.size()));
  CHECK(b == 0);
  CHECK(e == t.pieces.size());
}
