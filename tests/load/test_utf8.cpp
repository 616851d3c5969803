// Tests for load/utf8_check: well-formed UTF-8 and the offset of the first bad sequence.
#include <catch2/catch.hpp>

#include "load/utf8_check.hpp"

using namespace solieu;

TEST_CASE("valid UTF-8: ASCII, Vietnamese, 4-byte, long ASCII runs", "[utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("Tỉnh Bắc Giang hiện có 6 khu công nghiệp"));
  CHECK(is_valid_utf8("emoji \xF0\x9F\x98\x80 ok"));
  CHECK(is_valid_utf8(std::string(1000, 'a') + "đ"));
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST_CASE("invalid UTF-8 reports the offset of the first bad sequence", "[utf8]") {
  CHECK(first_invalid_utf8("abc\xFF") == 3);
  CHECK(first_invalid_utf8("B\xE3\xEC"
                           "c") == 1);                             // windows-1258 bytes
  CHECK(first_invalid_utf8(std::string(20, 'x') + "\x80") == 20);  // stray continuation after a fast ASCII run
  CHECK(first_invalid_utf8("ok \xC3") == 3);                       // truncated at the end
  CHECK(first_invalid_utf8("\xE1\xBA") == 0);                      // truncated 3-byte sequence
  CHECK(first_invalid_utf8("Bắc\xC3(") == 5);                      // bad continuation byte
}

TEST_CASE("overlongs, surrogates and code points above U+10FFFF are refused", "[utf8]") {
  CHECK(first_invalid_utf8("\xC0\xAF") == 0);            // overlong '/'
  CHECK(first_invalid_utf8("\xC1\xBF") == 0);            // overlong
  CHECK(first_invalid_utf8("a\xE0\x80\xAF") == 1);       // overlong 3-byte
  CHECK(first_invalid_utf8("ab\xF0\x80\x80\xAF") == 2);  // overlong 4-byte
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0);        // U+D800
  CHECK(first_invalid_utf8("\xED\xBF\xBF") == 0);        // U+DFFF
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);    // U+110000
  CHECK(first_invalid_utf8("\xF5\x80\x80\x80") == 0);
  CHECK(is_valid_utf8("\xED\x9F\xBF"));  // U+D7FF, just below the surrogates
}
