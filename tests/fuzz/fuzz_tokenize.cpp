// fuzz_tokenize: any bytes through normalize and tokenize. Checks that tokens are non-empty,
// ordered, inside the text and never overlap, and that sentences partition the tokens.
// Tested by running it (see CMakeLists.txt); crashes become tests in tests/tokenize/.
#include <cstdint>
#include <string>

#include "fuzz_invariants.hpp"
#include "solieu/token.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace solieu;
  static const TermLexicon terms = TermLexicon::load(SOLIEU_DATA_DIR);
  std::string_view source(reinterpret_cast<const char*>(data), size);
  NormalizedText n = normalize(source);
  TokenizedText t = tokenize(n, terms);
  uint32_t last_end = 0;
  for (const Token& tok : t.tokens) {
    fuzz::require(tok.start < tok.end, "a token is not empty");
    fuzz::require(tok.start >= last_end, "tokens are ordered and do not overlap");
    fuzz::require(tok.end <= n.text.size(), "a token lies inside the text");
    fuzz::require(tok.kind != TokenKind::term || tok.term < terms.entries().size(), "a term names its entry");
    last_end = tok.end;
  }
  uint32_t next = 0;
  for (const Sentence& s : t.sentences) {
    fuzz::require(s.first_token == next && s.end_token > s.first_token, "sentences partition the tokens");
    fuzz::require(s.start == t.tokens[s.first_token].start && s.end == t.tokens[s.end_token - 1].end,
                  "a sentence spans its tokens");
    next = s.end_token;
  }
  fuzz::require(next == t.tokens.size(), "every token is in a sentence");
  return 0;
}
