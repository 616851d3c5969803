#pragma once
// fuzz_invariants: what must hold of normalize's output for any input, shared by the load and
// normalize fuzzers. A broken invariant aborts, which libFuzzer records as a crash.
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "load/utf8_check.hpp"
#include "solieu/text.hpp"

namespace solieu::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
  }
}

// to_source is monotonic and within [from, size]; the text is valid UTF-8; for valid UTF-8
// input, normalizing again changes nothing.
inline void check_normalized(std::string_view source, uint32_t from, bool input_valid) {
  NormalizedText n = normalize(source, from);
  require(n.to_source.size() == n.text.size() + 1, "to_source has text.size() + 1 entries");
  require(n.to_source.back() == source.size(), "to_source ends at the end of the source");
  for (size_t i = 0; i < n.text.size(); ++i) {
    require(n.to_source[i] <= n.to_source[i + 1], "to_source is monotonic");
    require(n.to_source[i] >= from && n.to_source[i] < source.size(), "to_source points into the source");
  }
  require(is_valid_utf8(n.text), "normalized text is valid UTF-8");
  if (input_valid) require(normalize(n.text).text == n.text, "normalize is idempotent");
  Span whole = n.source_span({0, static_cast<uint32_t>(n.text.size())});
  require(whole.start <= whole.end && whole.end <= source.size(), "source_span stays in bounds");
}

}  // namespace solieu::fuzz
