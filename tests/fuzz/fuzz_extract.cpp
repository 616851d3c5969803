// fuzz_extract: any bytes through the whole extraction (decode, normalize, tokenize, numbers,
// dates, facts). Checks what the fact sheet promises: every quote is the article's own bytes at
// [start, end), positions are 1-based, intervals hold their value unless malformed.
// Tested by running it (see CMakeLists.txt); crashes become tests in tests/facts/.
#include <cstdint>
#include <string>

#include "fuzz_invariants.hpp"
#include "solieu/fact.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace solieu;
  static const Resources resources = Resources::load(SOLIEU_DATA_DIR);
  LoadResult loaded = decode_article("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size), {});
  fuzz::require(loaded.article.has_value() != loaded.error.has_value(), "an article or an error");
  if (!loaded.article) return 0;
  Article& article = *loaded.article;
  Extraction x = extract(article, resources);
  for (const auto& q : x.quantities) {
    fuzz::require(q.at.start <= q.at.end && q.at.end <= article.source.size(), "a quantity lies in the source");
    fuzz::require(article.source.compare(q.at.start, q.at.end - q.at.start, q.text) == 0,
                  "quantity text is the source bytes");
    fuzz::require(q.at.line >= 1 && q.at.column >= 1, "positions are 1-based");
  }
  for (const auto& f : x.facts) {
    fuzz::require(f.at.start <= f.at.end && f.at.end <= article.source.size(), "a fact lies in the source");
    fuzz::require(article.source.compare(f.at.start, f.at.end - f.at.start, f.text) == 0,
                  "fact text is the source bytes");
    fuzz::require(f.malformed || (f.low <= f.value && f.value <= f.high), "the interval holds the value");
    fuzz::require(!f.metric.empty() && !f.subject.empty(), "a fact has a metric and a subject");
  }
  return 0;
}
