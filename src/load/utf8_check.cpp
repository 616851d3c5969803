// utf8_check: an 8-bytes-at-a-time ASCII skip, then the RFC 3629 table for multi-byte sequences.
// Tested by tests/load/test_utf8.cpp.
#include "load/utf8_check.hpp"

#include <cstdint>
#include <cstring>

namespace solieu {

namespace {

bool in(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

}  // namespace

size_t first_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Most of an article is ASCII (digits, spaces, unaccented letters): skip it a word at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (in(c, 0xC2, 0xDF)) {
      need = 1;
    } else if (c == 0xE0) {
      need = 2, lo = 0xA0;  // below: overlong
    } else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) {
      need = 2;
    } else if (c == 0xED) {
      need = 2, hi = 0x9F;  // above: UTF-16 surrogates
    } else if (c == 0xF0) {
      need = 3, lo = 0x90;  // below: overlong
    } else if (in(c, 0xF1, 0xF3)) {
      need = 3;
    } else if (c == 0xF4) {
      need = 3, hi = 0x8F;  // above: beyond U+10FFFF
    } else {
      return i;  // continuation byte without a lead, C0/C1 overlong lead, or F5..FF
    }
    if (i + need >= n) return i;  // truncated at the end of the input
    if (!in(p[i + 1], lo, hi)) return i;
    for (size_t k = 2; k <= need; ++k) {
      if (!in(p[i + k], 0x80, 0xBF)) return i;
    }
    i += need + 1;
  }
  return kValidUtf8;
}

}  // namespace solieu
