#pragma once
// utf8_check: is a byte string well-formed UTF-8, and if not, where does it first go wrong.
// Takes raw bytes; gives the offset of the first bad sequence. Overlongs, surrogates and code
// points above U+10FFFF are refused, as RFC 3629 requires: a lenient check would let the
// normalizer see text the rest of solieu cannot spell back.
// Tested by tests/load/test_utf8.cpp.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace solieu {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Length (2..4) of the well-formed multi-byte sequence starting at p[0] (a byte >= 0x80), with
// `avail` bytes readable from p; 0 when it is ill-formed or cut short. Inline: the JSON writer
// checks the strings it quotes with it, byte by byte, in the same pass that escapes them.
inline size_t utf8_sequence_length(const unsigned char* p, size_t avail) {
  const unsigned char c = p[0];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c == 0xE0) {
    need = 2, lo = 0xA0;  // below: overlong
  } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    need = 2;
  } else if (c == 0xED) {
    need = 2, hi = 0x9F;  // above: UTF-16 surrogates
  } else if (c == 0xF0) {
    need = 3, lo = 0x90;  // below: overlong
  } else if (c >= 0xF1 && c <= 0xF3) {
    need = 3;
  } else if (c == 0xF4) {
    need = 3, hi = 0x8F;  // above: beyond U+10FFFF
  } else {
    return 0;  // continuation byte without a lead, C0/C1 overlong lead, or F5..FF
  }
  if (need >= avail) return 0;  // truncated
  if (p[1] < lo || p[1] > hi) return 0;
  for (size_t k = 2; k <= need; ++k)
    if ((p[k] & 0xC0) != 0x80) return 0;
  return need + 1;
}

// Whether none of the 8 bytes in `word` has its high bit set: plain ASCII, skipped a word at a time.
inline bool ascii_word(uint64_t word) { return (word & 0x8080808080808080ULL) == 0; }

// Offset of the first byte of the first ill-formed sequence, or kValidUtf8.
size_t first_invalid_utf8(std::string_view bytes);

inline bool is_valid_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) == kValidUtf8; }

}  // namespace solieu
