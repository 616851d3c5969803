// fuzz_normalize: any bytes through normalize and the matching keys. Takes libFuzzer's input as
// a source buffer (valid UTF-8 or not: normalize must stay total); checks the map invariants,
// idempotence on valid input, and that keys are valid UTF-8 and stable.
// Tested by running it (see CMakeLists.txt); crashes become tests in tests/load/.
#include <cstdint>
#include <string>

#include "fuzz_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace solieu;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  bool valid = is_valid_utf8(source);
  uint32_t from = size > 0 ? data[0] % (size + 1) : 0;
  fuzz::check_normalized(source, 0, valid);
  fuzz::check_normalized(source, from, valid);
  if (valid && size < 256) {
    std::string key = canonical_key(source);
    fuzz::require(is_valid_utf8(key), "canonical_key is valid UTF-8");
    fuzz::require(canonical_key(key) == key, "canonical_key is idempotent");
    std::string folded = folded_key(source);
    fuzz::require(is_valid_utf8(folded), "folded_key is valid UTF-8");
    fuzz::require(folded_key(folded) == folded, "folded_key is idempotent");
  }
  return 0;
}
