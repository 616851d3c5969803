// fuzz_load: any bytes through decode_article. Takes libFuzzer's input as a file's bytes;
// checks that loading either fails with a message or gives valid UTF-8 whose front matter and
// normalized view keep their invariants.
// Tested by running it (see CMakeLists.txt); crashes become tests in tests/load/.
#include <cstdint>
#include <string>

#include "fuzz_invariants.hpp"
#include "solieu/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace solieu;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  LoadResult r = decode_article("fuzz/input.txt", bytes, {});
  fuzz::require(r.article.has_value() != r.error.has_value(), "exactly one of article and error");
  if (r.error) {
    fuzz::require(!r.error->message.empty(), "errors have a message");
    return 0;
  }
  const Article& a = *r.article;
  fuzz::require(is_valid_utf8(a.source), "source is valid UTF-8");
  fuzz::require(a.body_start <= a.source.size(), "body_start is inside the source");
  fuzz::require(a.id == "input", "id is the file stem");
  if (a.encoding == "UTF-8" && a.source != bytes) fuzz::require(false, "UTF-8 input is kept byte for byte");
  fuzz::check_normalized(a.source, a.body_start, true);
  return 0;
}
