// utf8_check: an 8-bytes-at-a-time ASCII skip, then the RFC 3629 table for multi-byte sequences.
// Tested by tests/load/test_utf8.cpp.
#include "load/utf8_check.hpp"

#include <cstdint>
#include <cstring>

namespace solieu {

size_t first_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    // Most of an article is ASCII (digits, spaces, unaccented letters): skip it a word at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (!ascii_word(word)) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    size_t length = utf8_sequence_length(p + i, n - i);
    if (length == 0) return i;
    i += length;
  }
  return kValidUtf8;
}

}  // namespace solieu
