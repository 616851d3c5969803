// Tests for decode_article: what the bytes are (UTF-8, BOM, UTF-16, legacy, mojibake, binary).
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <catch2/catch.hpp>

#include <map>

#include "load/legacy.hpp"
#include "solieu/load.hpp"

using namespace solieu;

namespace {

const std::string kSentence =
    "Tỉnh Bắc Giang hiện có 6 khu công nghiệp với tổng diện tích 1.460 ha, thu hút đầu tư nước ngoài.\n";

std::string from_unicode(const icu::UnicodeString& u, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(encoding, &status);
  REQUIRE(U_SUCCESS(status));
  ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(static_cast<size_t>(u.length()) * 4 + 8, '\0');
  int32_t len = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(), u.length(), &status);
  ucnv_close(conv);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(len));
  return out;
}

// windows-1258 has ă ơ ư đ and the Latin-1 vowels precomposed, and tones as combining marks:
// encode each letter as (base with its vowel mark) + (tone), as Windows itself does.
std::string to_cp1258(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString d = nfd->normalize(icu::UnicodeString::fromUTF8(utf8), status);
  icu::UnicodeString base, tone, out;
  auto flush = [&] {
    out.append(nfc->normalize(base, status)).append(tone);
    base.remove();
    tone.remove();
  };
  for (int32_t i = 0; i < d.length(); ++i) {
    char16_t c = d.charAt(i);
    if (c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323) {
      tone.append(c);
    } else {
      if (c < 0x0300 || c > 0x036F) flush();
      base.append(c);
    }
  }
  flush();
  return from_unicode(out, "windows-1258");
}

LoadResult decode(std::string bytes, std::string encoding = "") {
  LoadOptions options;
  options.encoding = std::move(encoding);
  return decode_article("dir/sample.txt", std::move(bytes), options);
}

std::string mojibake(const std::string& utf8) {
  // Read the UTF-8 bytes as windows-1252 and write the result as UTF-8: the scraper accident.
  std::string error;
  auto m = convert_with_icu(utf8, "windows-1252", error);
  REQUIRE(m);
  return *m;
}

}  // namespace

TEST_CASE("plain UTF-8 is kept byte for byte", "[decode]") {
  LoadResult r = decode(kSentence);
  REQUIRE(r.article);
  CHECK(r.article->source == kSentence);
  CHECK(r.article->encoding == "UTF-8");
  CHECK(r.article->id == "sample");
  CHECK(r.article->path == "dir/sample.txt");
  CHECK(r.warnings.empty());
}

TEST_CASE("a UTF-8 BOM stays in the source so offsets count from the file's first byte", "[decode]") {
  LoadResult r = decode("\xEF\xBB\xBF" + kSentence);
  REQUIRE(r.article);
  CHECK(r.article->encoding == "UTF-8 BOM");
  CHECK(r.article->source.substr(0, 3) == "\xEF\xBB\xBF");
  CHECK(r.article->source.find("Bắc") == 3 + kSentence.find("Bắc"));
}

TEST_CASE("UTF-16 with a BOM is converted", "[decode]") {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(kSentence);
  SECTION("little endian") {
    LoadResult r = decode("\xFF\xFE" + from_unicode(u, "UTF-16LE"));
    REQUIRE(r.article);
    CHECK(r.article->encoding == "UTF-16LE");
    CHECK(r.article->source == kSentence);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] == "decoded as UTF-16LE; offsets refer to the converted text");
  }
  SECTION("big endian") {
    LoadResult r = decode("\xFE\xFF" + from_unicode(u, "UTF-16BE"));
    REQUIRE(r.article);
    CHECK(r.article->encoding == "UTF-16BE");
    CHECK(r.article->source == kSentence);
  }
  SECTION("little endian without a BOM, told by its NUL pattern") {
    LoadResult r = decode(from_unicode(u, "UTF-16LE"));
    REQUIRE(r.article);
    CHECK(r.article->encoding == "UTF-16LE");
    CHECK(r.article->source == kSentence);
  }
}

TEST_CASE("a NUL byte means a binary file", "[decode]") {
  LoadResult r = decode(std::string("PK\x03\x04 header\0\x01\x02 rest", 20));
  REQUIRE(r.error);
  CHECK(r.error->message == "binary file (NUL byte at 11)");
  CHECK(r.error->path == "dir/sample.txt");
  CHECK_FALSE(r.article);
}

TEST_CASE("alternating NULs in a binary file are not taken for UTF-16", "[decode]") {
  LoadResult r = decode(std::string("\x01\x00\x02\x00\x03\x00\x04\x00\x7F\x00\x10\x00", 12));
  REQUIRE(r.error);
  CHECK(r.error->message == "binary file (NUL byte at 1)");
}

TEST_CASE("invalid UTF-8 that is no known encoding reports the byte", "[decode]") {
  std::string bytes = "Tỉnh Bắc Giang \xFF\xFE\x80\x81 ©";
  LoadResult r = decode(bytes);
  REQUIRE(r.error);
  INFO(r.error->message);
  CHECK(r.error->message.rfind("invalid UTF-8 at byte 19 (", 0) == 0);
  CHECK(r.error->message.find("--encoding windows-1258") != std::string::npos);
}

TEST_CASE("windows-1258 is detected, converted and composed", "[decode]") {
  std::string bytes = to_cp1258(kSentence);
  REQUIRE(bytes.find("B\xE3\xEC"
                     "c Giang") != std::string::npos);  // ă + combining acute
  LoadResult r = decode(bytes);
  REQUIRE(r.article);
  CHECK(r.article->encoding == "windows-1258");
  CHECK(r.article->source == kSentence);
  CHECK(r.article->source.find("Bắc Giang") != std::string::npos);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0] == "decoded as windows-1258; offsets refer to the converted text");
}

TEST_CASE("TCVN3 (ABC) is detected by its letters", "[decode]") {
  // "Bắc Giang có 6 khu công nghiệp, tỉnh thu hút đầu tư với diện tích lớn" in TCVN3.
  std::string bytes =
      "B\xBE"
      "c Giang c\xE3 6 khu c\xAB"
      "ng nghi\xD6"
      "p, t\xD8"
      "nh thu h\xF3"
      "t \xAE\xC7"
      "u t\xAD"
      " v\xED"
      "i di\xD6"
      "n t\xDD"
      "ch l\xED"
      "n\n";
  LoadResult r = decode(bytes);
  REQUIRE(r.article);
  CHECK(r.article->encoding == "TCVN3");
  CHECK(r.article->source == "Bắc Giang có 6 khu công nghiệp, tỉnh thu hút đầu tư với diện tích lớn\n");
  CHECK(r.warnings.at(0) == "decoded as TCVN3; offsets refer to the converted text");
}

TEST_CASE("a forced encoding is used as given", "[decode]") {
  SECTION("tcvn3 by name") {
    LoadResult r = decode(
        "B\xBE"
        "c Giang",
        "tcvn3");
    REQUIRE(r.article);
    CHECK(r.article->source == "Bắc Giang");
  }
  SECTION("an ICU converter") {
    LoadResult r = decode(to_cp1258("Hòa Phú"), "windows-1258");
    REQUIRE(r.article);
    CHECK(r.article->source == "Hòa Phú");
    CHECK(r.article->encoding == "windows-1258");
  }
  SECTION("an unknown name is an error") {
    LoadResult r = decode("abc", "no-such-charset");
    REQUIRE(r.error);
    CHECK(r.error->message == "unknown encoding 'no-such-charset'");
  }
  SECTION("forced UTF-8 still refuses invalid bytes") {
    LoadResult r = decode("ab\xC3", "utf-8");
    REQUIRE(r.error);
    CHECK(r.error->message == "invalid UTF-8 at byte 2");
  }
}

TEST_CASE("double-encoded UTF-8 (mojibake) is repaired with a warning", "[decode]") {
  std::string broken = mojibake(kSentence);
  REQUIRE(broken.find("BÄ") == std::string::npos);
  REQUIRE(broken.find("Báº¯c") != std::string::npos);
  LoadResult r = decode(broken);
  REQUIRE(r.article);
  CHECK(r.article->source == kSentence);
  CHECK(r.article->encoding == "UTF-8 (mojibake repaired)");
  REQUIRE_FALSE(r.warnings.empty());
  CHECK(r.warnings[0].rfind("repaired double-encoded UTF-8 (mojibake)", 0) == 0);
}

TEST_CASE("mojibake next to genuine Vietnamese is repaired where it is broken", "[decode]") {
  std::string text = "Bắc Giang " + mojibake("có đường giao thông thuận lợi, thu hút đầu tư") + " tốt";
  LoadResult r = decode(text);
  REQUIRE(r.article);
  CHECK(r.article->source == "Bắc Giang có đường giao thông thuận lợi, thu hút đầu tư tốt");
}

TEST_CASE("genuine text with Latin-1 letters is not taken for mojibake", "[decode]") {
  std::string text = "Café Hòa Phú, Đình Trám, Ông Ánh nói «ừ» ©2021";
  LoadResult r = decode(text);
  REQUIRE(r.article);
  CHECK(r.article->source == text);
  CHECK(r.warnings.empty());
}

TEST_CASE("empty and blank files are refused", "[decode]") {
  CHECK(decode("").error->message == "empty file");
  CHECK(decode(" \n\t\r\n").error->message == "no text (only whitespace)");
  CHECK(decode("\xEF\xBB\xBF \xC2\xA0\xE2\x80\x8B\n").error->message == "no text (only whitespace)");
  CHECK(decode("---\ntitle: x\n---\n\n").error->message == "no text (only front matter)");
}

TEST_CASE("line endings of every kind are kept as bytes", "[decode]") {
  std::string text = "dòng 1\r\ndòng 2\rdòng 3\n";
  LoadResult r = decode(text);
  REQUIRE(r.article);
  CHECK(r.article->source == text);
}

TEST_CASE("the id is the file name without extension, and stdin is 'stdin'", "[decode]") {
  LoadOptions options;
  CHECK(decode_article("data/articles/002_ee0f98f5484a5f99.txt", "x", options).article->id == "002_ee0f98f5484a5f99");
  CHECK(decode_article("a/b.c.md", "x", options).article->id == "b.c");
  CHECK(decode_article("-", "x", options).article->id == "stdin");
}

TEST_CASE("the seed articles load as plain UTF-8", "[decode][seed]") {
  for (const char* name : {"000_79beec965ee36a26", "002_ee0f98f5484a5f99", "004_12683446562c8134"}) {
    std::string path = std::string(SOLIEU_SOURCE_DIR) + "/data/articles/" + name + ".txt";
    LoadResult r = load_article(path, {});
    REQUIRE(r.article);
    CHECK(r.article->id == name);
    CHECK(r.article->encoding == "UTF-8");
    CHECK(r.warnings.empty());
    CHECK(r.article->source.find("Bắc Giang") != std::string::npos);
  }
}

TEST_CASE("load_article reports files it cannot read", "[decode]") {
  LoadResult r = load_article("/nonexistent/solieu/x.txt", {});
  REQUIRE(r.error);
  CHECK(r.error->message == "No such file or directory");
  LoadResult d = load_article(SOLIEU_SOURCE_DIR, {});
  REQUIRE(d.error);
  CHECK(d.error->message == "Is a directory");
}

namespace {

std::string read_seed(const char* name) {
  LoadResult r = load_article(std::string(SOLIEU_SOURCE_DIR) + "/data/articles/" + name + ".txt", {});
  REQUIRE(r.article);
  return r.article->source;
}

// Encodes lower-cased text in TCVN3 by inverting the decoder one byte at a time: this tests
// detection on whole articles; the table itself is checked by the literal bytes above.
std::string to_tcvn3(const std::string& utf8) {
  std::map<std::string, char> reverse;
  for (int b = 0x80; b < 0x100; ++b)
    reverse.emplace(decode_tcvn3(std::string(1, static_cast<char>(b))), static_cast<char>(b));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  u.toLower(icu::Locale::getRoot());
  std::string out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    std::string ch;
    icu::UnicodeString(u.char32At(i)).toUTF8String(ch);
    if (ch.size() == 1)
      out += ch;
    else if (auto it = reverse.find(ch); it != reverse.end())
      out += it->second;
    else
      out += '?';
  }
  return out;
}

// Encodes text in VNI-Windows the way the VNI keyboard fonts spell it: base letter, then one mark
// letter (combined marks for a circumflex or breve with a tone); ơ ư đ and toned i are single.
std::string to_vni(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  const std::u16string tones = u"\u0301\u0300\u0309\u0303\u0323";  // order of the mark letters below
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length(); ++i) {
    char16_t c = u.charAt(i);
    if (c == u'đ' || c == u'Đ') {
      out.append(c == u'đ' ? u'ñ' : u'Ñ');
      continue;
    }
    icu::UnicodeString d = nfd->normalize(icu::UnicodeString(c), status);
    char16_t base = d.charAt(0);
    bool upper = u_isupper(base);
    char16_t vowel_mark = 0;
    int tone = -1;
    for (int32_t k = 1; k < d.length(); ++k) {
      auto at = tones.find(d.charAt(k));
      if (at != std::u16string::npos)
        tone = static_cast<int>(at);
      else
        vowel_mark = d.charAt(k);
    }
    auto cased = [upper](char16_t x) { return upper ? static_cast<char16_t>(u_toupper(x)) : x; };
    if (d.length() == 1 || u_tolower(base) > 'z') {
      out.append(c);
    } else if (u_tolower(base) == 'i' && tone >= 0) {
      out.append(cased(std::u16string(u"íìæóò")[static_cast<size_t>(tone)]));
    } else if (u_tolower(base) == 'y' && tone == 4) {
      out.append(cased(u'î'));
    } else if (vowel_mark == 0x031B) {
      out.append(cased(u_tolower(base) == 'o' ? u'ô' : u'ö'));
      if (tone >= 0) out.append(cased(std::u16string(u"ùøûõï")[static_cast<size_t>(tone)]));
    } else {
      out.append(base);
      if (vowel_mark == 0x0302)
        out.append(cased(tone < 0 ? u'â' : std::u16string(u"áàåãä")[static_cast<size_t>(tone)]));
      else if (vowel_mark == 0x0306)
        out.append(cased(tone < 0 ? u'ê' : std::u16string(u"éèúüë")[static_cast<size_t>(tone)]));
      else if (tone >= 0)
        out.append(cased(std::u16string(u"ùøûõï")[static_cast<size_t>(tone)]));
    }
  }
  return from_unicode(out, "windows-1252");
}

}  // namespace

TEST_CASE("VNI-Windows is detected by its mark letters", "[decode]") {
  // "Bắc Giang có 6 khu công nghiệp, đầu tư với diện tích lớn" in VNI-Windows.
  std::string bytes =
      "Ba\xE9"
      "c Giang co\xF9 6 khu co\xE2"
      "ng nghie\xE4"
      "p, \xF1"
      "a\xE0"
      "u t\xF6 v\xF4\xF9"
      "i "
      "die\xE4"
      "n t\xED"
      "ch l\xF4\xF9"
      "n\n";
  LoadResult r = decode(bytes);
  REQUIRE(r.article);
  CHECK(r.article->encoding == "VNI-Windows");
  CHECK(r.article->source == "Bắc Giang có 6 khu công nghiệp, đầu tư với diện tích lớn\n");
}

TEST_CASE("whole seed articles round-trip through windows-1258, TCVN3, VNI and mojibake", "[decode][seed]") {
  for (const char* name : {"000_79beec965ee36a26", "001_3c2afc087e3e96fb", "002_ee0f98f5484a5f99",
                           "003_ee2dd747b677cf08", "004_12683446562c8134"}) {
    INFO(name);
    std::string seed = read_seed(name);
    LoadResult w = decode(to_cp1258(seed));
    REQUIRE(w.article);
    CHECK(w.article->encoding == "windows-1258");
    CHECK(w.article->source == seed);
    std::string tcvn = to_tcvn3(seed);
    LoadResult t = decode(tcvn);
    REQUIRE(t.article);
    CHECK(t.article->encoding == "TCVN3");
    CHECK(t.article->source.find("bắc giang") != std::string::npos);
    LoadResult v = decode(to_vni(seed));
    REQUIRE(v.article);
    CHECK(v.article->encoding == "VNI-Windows");
    CHECK(v.article->source == seed);
    LoadResult m = decode(mojibake(seed));
    REQUIRE(m.article);
    CHECK(m.article->source == seed);
  }
}
