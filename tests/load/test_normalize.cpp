// Tests for normalize: folding, NFC, the map back to source bytes, and its invariants.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <random>

#include "load/utf8_check.hpp"
#include "solieu/text.hpp"

using namespace solieu;

namespace {

// The source bytes the normalized span [start, end) came from.
std::string back(const std::string& source, const NormalizedText& n, uint32_t start, uint32_t end) {
  Span s = n.source_span({start, end});
  return source.substr(s.start, s.end - s.start);
}

void check_invariants(const std::string& source, uint32_t from = 0) {
  NormalizedText n = normalize(source, from);
  REQUIRE(n.to_source.size() == n.text.size() + 1);
  CHECK(n.to_source.back() == source.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    REQUIRE(n.to_source[i] <= n.to_source[i + 1]);
    REQUIRE(n.to_source[i] >= from);
    REQUIRE(n.to_source[i] < source.size());
  }
  CHECK(is_valid_utf8(n.text));
  CHECK(normalize(n.text).text == n.text);
}

}  // namespace

TEST_CASE("NBSP and narrow spaces group thousands, and elsewhere they are ordinary spaces", "[normalize]") {
  std::string s =
      "tổng 1\xC2\xA0"
      "460 ha và 2\xE2\x80\xAF"
      "563 ha,\xC2\xA0"
      "6\xC2\xA0"
      "KCN, 12\xC2\xA0"
      "3456";
  NormalizedText n = normalize(s);
  CHECK(n.text == "tổng 1460 ha và 2563 ha, 6 KCN, 12 3456");
  size_t at = n.text.find("1460");
  CHECK(back(s, n, at, at + 4) ==
        "1\xC2\xA0"
        "460");
}

TEST_CASE("tabs become spaces, and CR, CRLF, U+2028 become one newline each", "[normalize]") {
  std::string s =
      "a\tb\r\nc\rd\ne\xE2\x80\xA8"
      "f";
  NormalizedText n = normalize(s);
  CHECK(n.text == "a b\nc\nd\ne\nf");
  CHECK(n.to_source[3] == 3);  // the '\n' of CRLF points at the CR
  CHECK(n.to_source[4] == 5);  // 'c'
}

TEST_CASE("zero-width characters, BOM and soft hyphens are dropped", "[normalize]") {
  std::string s =
      "\xEF\xBB\xBF"
      "Bắc\xE2\x80\x8BGiang khu\xC2\xAD"
      "công";
  NormalizedText n = normalize(s);
  CHECK(n.text == "BắcGiang khucông");
  CHECK(n.to_source[0] == 3);  // after the BOM
  size_t g = n.text.find('G');
  CHECK(n.to_source[g] == s.find('G'));
}

TEST_CASE("curly quotes, dashes, minus and ellipsis are folded to ASCII", "[normalize]") {
  std::string s = "“Trong khó khăn” ‘x’ nhiệm kỳ 2021– 2026, −5 … hết";
  NormalizedText n = normalize(s);
  CHECK(n.text == "\"Trong khó khăn\" 'x' nhiệm kỳ 2021- 2026, -5 ... hết");
  size_t dash = n.text.find("2021-") + 4;
  CHECK(back(s, n, static_cast<uint32_t>(dash), static_cast<uint32_t>(dash + 1)) == "–");
  size_t dots = n.text.find("...");
  CHECK(back(s, n, static_cast<uint32_t>(dots), static_cast<uint32_t>(dots + 3)) == "…");
}

TEST_CASE("NFD input is composed and spans point into the original bytes", "[normalize]") {
  // "Bắc Giang" with ă + combining acute, as windows-1258 and some Mac tools write it.
  std::string s =
      "Tỉnh Ba\xCC\x86\xCC\x81"
      "c Giang có";
  NormalizedText n = normalize(s);
  CHECK(n.text == "Tỉnh Bắc Giang có");
  size_t at = n.text.find("Bắc Giang");
  CHECK(back(s, n, static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string("Bắc Giang").size())) ==
        "Ba\xCC\x86\xCC\x81"
        "c Giang");
  size_t co = n.text.find("có");
  CHECK(n.to_source[co] == s.find("có"));
  check_invariants(s);
}

TEST_CASE("normalize from a body offset maps into the whole source", "[normalize]") {
  std::string s = "---\ntitle: x\n---\nHiện có 9 KCN";
  uint32_t body = static_cast<uint32_t>(s.find("Hiện"));
  NormalizedText n = normalize(s, body);
  CHECK(n.text == "Hiện có 9 KCN");
  CHECK(n.to_source[0] == body);
  CHECK(n.to_source[n.text.find('9')] == s.find('9'));
  check_invariants(s, body);
}

TEST_CASE("already normalized ASCII and Vietnamese text is unchanged and mapped one to one", "[normalize]") {
  std::string s = "Hiện có 9 KCN được thành lập với tổng diện tích 1.967 ha.";
  NormalizedText n = normalize(s);
  CHECK(n.text == s);
  for (size_t i = 0; i <= s.size(); ++i) REQUIRE(n.to_source[i] == i);
}

TEST_CASE("property: map monotonic and in bounds, normalize idempotent", "[normalize][property]") {
  std::string sample = GENERATE(as<std::string>{}, "", "a", "\r", "\r\n\r\n", "\xC2\xA0\xC2\xA0",
                                "a\xE2\x80\x8D\xCC\x81",  // ZWJ between a letter and its mark
                                "e\xCC\x82\xCC\x81 \xE1\xBB\x87", "\xEF\xBB\xBF\xEF\xBB\xBF x", "…“”‘’–—−",
                                "Ho\xCC\x80"
                                "a Phu\xCC\x81",
                                "\xE2\x80\xA9\xE2\x80\xA8", "\xCC\x81\xCC\x81 start with marks", "한국어 日本語 ﬁ Å Ω",
                                "\xF0\x9F\x98\x80\xCC\x81");
  check_invariants(sample);
}

TEST_CASE("property: random valid UTF-8 strings keep the invariants", "[normalize][property]") {
  // Random pieces drawn from what articles contain, plus raw random bytes kept only when valid.
  static const char* pieces[] = {"a",
                                 "B",
                                 " ",
                                 "\n",
                                 "\r",
                                 "\r\n",
                                 "\t",
                                 "1",
                                 ".",
                                 ",",
                                 "ắ",
                                 "ư",
                                 "đ",
                                 "Đ",
                                 "\xCC\x81",
                                 "\xCC\x83",
                                 "\xCC\x86",
                                 "\xCC\xA3",
                                 "\xC2\xA0",
                                 "\xE2\x80\xAF",
                                 "\xE2\x80\x8B",
                                 "\xC2\xAD",
                                 "“",
                                 "”",
                                 "–",
                                 "…",
                                 "\xEF\xBB\xBF",
                                 "\xE2\x80\xA8",
                                 "o",
                                 "e\xCC\x82",
                                 "\xE1\xBB\x87",
                                 "Å",
                                 "\xEF\xAC\x81"};
  int seed = GENERATE(range(0, 200));
  std::mt19937 rng(static_cast<unsigned>(seed));
  std::string s;
  int len = static_cast<int>(rng() % 40);
  for (int k = 0; k < len; ++k) s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
  check_invariants(s);
  std::string raw;
  for (int k = 0; k < 24; ++k) raw += static_cast<char>(rng() % 256);
  if (is_valid_utf8(raw)) check_invariants(raw);
  // Invalid bytes never reach normalize through load, but normalize stays total on them.
  NormalizedText n = normalize(raw);
  CHECK(is_valid_utf8(n.text));
  CHECK(n.to_source.back() == raw.size());
}

TEST_CASE("the ranges normalize trusts without asking ICU are NFC in any context", "[normalize]") {
  // normalize skips ICU's check when every character is in U+0080..U+024F or U+1E00..U+1EFF.
  for (auto [lo, hi] : {std::pair<UChar32, UChar32>{0x80, 0x24F}, {0x1E00, 0x1EFF}}) {
    for (UChar32 c = lo; c <= hi; ++c) {
      INFO(c);
      REQUIRE(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES);
      REQUIRE(u_getCombiningClass(c) == 0);
    }
  }
}
