#pragma once
// char_class: what kind of character starts at a byte, for the tokenizer's one pass.
// ASCII is decided by table; other code points by ICU's property tables (no UTF-16 detour).
#include <unicode/uchar.h>

#include <cstdint>
#include <string_view>

namespace solieu::detail {

enum class CharClass : uint8_t { space, newline, letter, digit, punct, other };

struct Decoded {
  char32_t cp;
  uint32_t length;
};

// Decodes one code point of valid UTF-8 (the loader refused anything else; a stray byte is
// taken as one code point of its own so that the scan always advances).
inline Decoded decode_utf8(std::string_view s, uint32_t i) {
  auto b = [&](uint32_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  if ((c >> 5) == 0x6 && i + 1 < s.size()) return {static_cast<char32_t>(((c & 0x1F) << 6) | (b(i + 1) & 0x3F)), 2};
  if ((c >> 4) == 0xE && i + 2 < s.size())
    return {static_cast<char32_t>(((c & 0x0F) << 12) | ((b(i + 1) & 0x3F) << 6) | (b(i + 2) & 0x3F)), 3};
  if ((c >> 3) == 0x1E && i + 3 < s.size())
    return {static_cast<char32_t>(((c & 0x07) << 18) | ((b(i + 1) & 0x3F) << 12) | ((b(i + 2) & 0x3F) << 6) |
                                  (b(i + 3) & 0x3F)),
            4};
  return {0xFFFD, 1};
}

// What ICU says of a code point, without a table.
inline CharClass classify_with_icu(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::newline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::space;
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::letter;
    if (cp >= '0' && cp <= '9') return CharClass::digit;
    if (cp < 0x20 || cp == 0x7F) return CharClass::space;  // control characters separate tokens
    return CharClass::punct;
  }
  UChar32 c = static_cast<UChar32>(cp);
  // Letters and the combining marks an unnormalizable NFD leftover may carry stay in the word.
  if (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK) return CharClass::letter;
  if (u_isdigit(c)) return CharClass::other;  // non-ASCII digits are not read as numbers
  if (u_isUWhiteSpace(c)) return CharClass::space;
  if (u_ispunct(c)) return CharClass::punct;
  return CharClass::other;
}

// Class and case of every code point below U+2100, asked of ICU once: Vietnamese letters
// (Latin-1, Latin Extended, combining marks, U+1EA0..U+1EF9) and the general punctuation of
// news text (dashes, curly quotes, ellipsis) all fall there, and a property lookup per letter
// was a good part of the tokenizer's time.
inline constexpr char32_t kTabledCodePoints = 0x2100;
inline constexpr uint8_t kUpperBit = 0x80;

inline const uint8_t* code_point_table() {
  static const struct Table {
    uint8_t entry[kTabledCodePoints];
    Table() {
      for (char32_t cp = 0; cp < kTabledCodePoints; ++cp) {
        bool upper = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(static_cast<UChar32>(cp)) != 0;
        entry[cp] = static_cast<uint8_t>(static_cast<uint8_t>(classify_with_icu(cp)) | (upper ? kUpperBit : 0));
      }
    }
  } table;
  return table.entry;
}

inline CharClass classify(char32_t cp) {
  if (cp < kTabledCodePoints) return static_cast<CharClass>(code_point_table()[cp] & ~kUpperBit);
  return classify_with_icu(cp);
}

inline bool is_upper(char32_t cp) {
  if (cp < kTabledCodePoints) return (code_point_table()[cp] & kUpperBit) != 0;
  return u_isupper(static_cast<UChar32>(cp));
}

}  // namespace solieu::detail
