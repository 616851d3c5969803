// Tests for canonical_key and folded_key: old- and new-style tone placement meet.
#include <catch2/catch.hpp>

#include "solieu/text.hpp"

using namespace solieu;

TEST_CASE("old and new tone placement give the same key", "[keys]") {
  CHECK(canonical_key("Hoà Phú") == canonical_key("Hòa Phú"));
  CHECK(canonical_key("Hoà Phú") == "hòa phú");
  CHECK(canonical_key("thuỷ") == "thủy");
  CHECK(canonical_key("uỷ ban") == "ủy ban");
  CHECK(canonical_key("UỶ BAN") == "ủy ban");
  CHECK(canonical_key("Khoẻ") == "khỏe");
  CHECK(canonical_key("khỏe") == "khỏe");
  CHECK(canonical_key("hoá chất") == "hóa chất");
  CHECK(canonical_key("Thuỵ") == "thụy");
}

TEST_CASE("qu- and gi- keep their tone on the following vowel", "[keys]") {
  CHECK(canonical_key("quý") == "quý");
  CHECK(canonical_key("Quý") == "quý");
  CHECK(canonical_key("quả") == "quả");
  CHECK(canonical_key("giữ") == "giữ");
  CHECK(canonical_key("gìn") == "gìn");
  CHECK(canonical_key("giá") == "giá");
  CHECK(canonical_key("Quốc lộ") == "quốc lộ");
}

TEST_CASE("closed syllables and marked vowels are left where they belong", "[keys]") {
  CHECK(canonical_key("Hoàng") == "hoàng");
  CHECK(canonical_key("thuận") == "thuận");
  CHECK(canonical_key("Nội Hoàng") == "nội hoàng");
  CHECK(canonical_key("người") == "người");
  CHECK(canonical_key("mía") == "mía");
  CHECK(canonical_key("của") == "của");
  CHECK(canonical_key("ngoài") == "ngoài");
  CHECK(canonical_key("Đình Trám") == "đình trám");
}

TEST_CASE("decomposed input meets composed input", "[keys]") {
  CHECK(canonical_key("Ba\xCC\x86\xCC\x81"
                      "c Giang") == "bắc giang");
  CHECK(canonical_key("Ho\xCC\x80"
                      "a") == "hòa");
  CHECK(canonical_key("hoa\xCC\x80") == "hòa");
}

TEST_CASE("non-Vietnamese and ASCII words pass through lower-cased", "[keys]") {
  CHECK(canonical_key("KCN") == "kcn");
  CHECK(canonical_key("FDI-2023") == "fdi-2023");
  CHECK(canonical_key("Café") == "café");
  CHECK(canonical_key("") == "");
}

TEST_CASE("folded keys drop every diacritic and đ", "[keys]") {
  CHECK(folded_key("Bắc Giang") == "bac giang");
  CHECK(folded_key("Bắc Giang") == folded_key("Bac Giang"));
  CHECK(folded_key("Đình Trám") == "dinh tram");
  CHECK(folded_key("Hoà Phú") == folded_key("Hòa Phú"));
  CHECK(folded_key("KHU CÔNG NGHIỆP") == "khu cong nghiep");
}
