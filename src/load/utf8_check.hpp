#pragma once
// utf8_check: is a byte string well-formed UTF-8, and if not, where does it first go wrong.
// Takes raw bytes; gives the offset of the first bad sequence. Overlongs, surrogates and code
// points above U+10FFFF are refused, as RFC 3629 requires: a lenient check would let the
// normalizer see text the rest of solieu cannot spell back.
// Tested by tests/load/test_utf8.cpp.
#include <cstddef>
#include <string_view>

namespace solieu {

inline constexpr size_t kValidUtf8 = static_cast<size_t>(-1);

// Offset of the first byte of the first ill-formed sequence, or kValidUtf8.
size_t first_invalid_utf8(std::string_view bytes);

inline bool is_valid_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) == kValidUtf8; }

}  // namespace solieu
