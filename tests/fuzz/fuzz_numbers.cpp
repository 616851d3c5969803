// fuzz_numbers: arbitrary bytes -> normalize, tokenize, read every sentence's quantities.
// Checks the grammar's promises on any input: quantities in order, not overlapping, spans inside
// the text and inside their sentence, the value inside its interval. Seed it from the corpus:
//   tests/fuzz/corpus/numbers/ holds phrases from tests/corpus/numbers.tsv and the seed articles.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "load/utf8_check.hpp"
#include "solieu/quantity.hpp"
#include "solieu/text.hpp"
#include "solieu/token.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The loader refuses invalid UTF-8 before anything else runs; so does this target.
  if (size > 4096 || !solieu::is_valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size))) return 0;
  static const solieu::TermLexicon terms = solieu::TermLexicon::load(SOLIEU_DATA_DIR);
  static const auto grammar = solieu::NumberGrammar::load(SOLIEU_DATA_DIR);
  std::string input(reinterpret_cast<const char*>(data), size);
  solieu::NormalizedText text = solieu::normalize(input);
  solieu::TokenizedText tokens = solieu::tokenize(text, terms);
  for (const solieu::Sentence& s : tokens.sentences) {
    uint32_t last = s.start;
    for (const solieu::Quantity& q : grammar->read(tokens, text, s.first_token, s.end_token)) {
      check(q.span.start >= last && q.span.start < q.span.end && q.span.end <= s.end);
      check(q.first_token >= s.first_token && q.end_token <= s.end_token && q.first_token < q.end_token);
      check(q.number_span.start >= q.span.start && q.number_span.end <= q.span.end);
      check(!(q.low > q.value) && !(q.value > q.high));
      last = q.span.end;
    }
  }
  return 0;
}
