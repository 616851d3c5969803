// syllables: the view over the tokenizer's pieces against a plain reference that cuts every
// token's key itself and hashes every syllable again, on sentences with merged terms, spaced
// ranges, dates, percents and punctuation, over every sub-range of tokens.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "dates/harness.hpp"
#include "dates/syllables.hpp"

using namespace solieu;
using namespace solieu::dates;
using namespace solieu::test;

namespace {

struct Reference {
  std::vector<std::string> keys;
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> tokens;
};

// The obvious reading: a word's or term's key cut at spaces, any other token whole.
Reference reference(const TokenizedText& tokens, const NormalizedText& text, uint32_t first, uint32_t end) {
  Reference r;
  auto add = [&](std::string_view key, uint32_t t) {
    r.keys.emplace_back(key);
    r.hashes.push_back(piece_hash(key));
    r.tokens.push_back(t);
  };
  for (uint32_t t = first; t < end; ++t) {
    const Token& tok = tokens.tokens[t];
    if (tok.kind == TokenKind::word || tok.kind == TokenKind::term || tok.kind == TokenKind::acronym) {
      for_each_piece(tok.key, [&](std::string_view s) { add(s, t); });
    } else {
      add(tok.key.empty() ? tokens.text(tok, text) : std::string_view(tok.key), t);
    }
  }
  return r;
}

void check_all_ranges(const std::string& phrase, const TermLexicon& terms) {
  INFO(phrase);
  const NormalizedText text = normalize(phrase);
  const TokenizedText tokens = tokenize(text, terms);
  const auto n = static_cast<uint32_t>(tokens.tokens.size());
  for (uint32_t first = 0; first <= n; ++first) {
    for (uint32_t end = first; end <= n; ++end) {
      INFO("tokens [" << first << ", " << end << ")");
      const Reference r = reference(tokens, text, first, end);
      const Syllables s(tokens, text, first, end);
      REQUIRE(s.size() == r.keys.size());
      for (size_t i = 0; i < s.size(); ++i) {
        CHECK(s[i] == r.keys[i]);
        CHECK(s.hash(i) == r.hashes[i]);
        CHECK(s.hashes()[i] == r.hashes[i]);
        CHECK(s.token(i) == r.tokens[i]);
      }
      for (uint32_t t = 0; t <= n; ++t) {
        size_t expected = std::find(r.tokens.begin(), r.tokens.end(), t) - r.tokens.begin();
        CHECK(s.first_of(t) == expected);
      }
    }
  }
}

}  // namespace

TEST_CASE("syllables equal the plain reading of every token range", "[dates][syllables]") {
  const std::vector<std::string> phrases = {
      "Tính đến ngày 30/6/2023, tỉnh Bắc Giang có 9 khu công nghiệp với tổng diện tích 1.967 ha.",
      "Giai đoạn 2021 - 2026, tỷ lệ lấp đầy đạt 75,6% (giá so sánh 2010).",
      "Quý II/2021, KCN Vân Trung thu hút 35/55 dự án; 22-07-2021 và 22.07.2021 | Minh Châu",
      "Hoà Bình, Hòa Bình: 6 tháng đầu năm nay, hơn 46 nghìn lao động...",
  };
  for (const auto& p : phrases) {
    check_all_ranges(p, no_terms());
    check_all_ranges(p, all_terms());
  }
}

TEST_CASE("a spaced range is one syllable: the reader gets its own arrays", "[dates][syllables]") {
  const NormalizedText text = normalize("giai đoạn 2021 - 2026");
  const TokenizedText tokens = tokenize(text, no_terms());
  const Syllables s(tokens, text, 0, static_cast<uint32_t>(tokens.tokens.size()));
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "giai");
  CHECK(s[1] == "đoạn");
  CHECK(s[2] == "2021 - 2026");
  CHECK(s.hash(2) == piece_hash("2021 - 2026"));
  // The reader still reads it as a period.
  auto r = read_phrase("giai đoạn 2021 - 2026", "2023-08-22");
  REQUIRE(r.times.size() == 1);
  CHECK(r.times[0].as_of == "2026");
  CHECK(r.times[0].from == "2021");
}

TEST_CASE("a merged term gives one syllable per word, read by hash", "[dates][syllables]") {
  const NormalizedText text = normalize("khu công nghiệp Quang Châu");
  const TokenizedText tokens = tokenize(text, all_terms());
  const Syllables s(tokens, text, 0, static_cast<uint32_t>(tokens.tokens.size()));
  REQUIRE(s.size() == 5);
  CHECK(s[0] == "khu");
  CHECK(s[2] == "nghiệp");
  CHECK(s.token(0) == s.token(2));
  CHECK(s.hash(1) == piece_hash("công"));
}
