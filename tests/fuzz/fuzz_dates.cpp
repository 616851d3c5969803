// fuzz_dates: any valid UTF-8 through tokenize and the date grammar. Takes libFuzzer's input
// as an article's text (invalid UTF-8 is skipped: load refuses it before any grammar runs);
// checks that every time expression lies inside its sentence, in text order, without overlap,
// with a well-formed as_of, and that article dates are ISO dates.
// Tested by running it (see CMakeLists.txt); crashes become tests in tests/dates/.
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_invariants.hpp"
#include "load/utf8_check.hpp"
#include "solieu/dates.hpp"
#include "solieu/token.hpp"

namespace {

bool digits(const std::string& s, size_t from, size_t n) {
  for (size_t i = from; i < from + n; ++i)
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return true;
}

// "2023", "2023-08", "2023-08-20", "2021-Q2", "2024-H1", "--08", "--08-20", "--Q2", "--H1".
bool well_formed(const std::string& s) {
  size_t i = 0;
  if (s.compare(0, 2, "--") == 0) {
    i = 2;
  } else {
    if (!digits(s, 0, 4)) return false;
    if (s.size() == 4) return true;
    if (s[4] != '-') return false;
    i = 5;
  }
  if (s.size() == i + 2 && (s[i] == 'Q' || s[i] == 'H')) return s[i + 1] >= '1' && s[i + 1] <= '4';
  if (!digits(s, i, 2)) return false;
  if (s.size() == i + 2) return true;
  return s.size() == i + 5 && s[i + 2] == '-' && digits(s, i + 3, 2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace solieu;
  static const TermLexicon terms = TermLexicon::load(SOLIEU_DATA_DIR);
  static const std::shared_ptr<const DateGrammar> grammar = DateGrammar::load(SOLIEU_DATA_DIR);
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (!is_valid_utf8(bytes)) return 0;
  NormalizedText n = normalize(bytes);
  TokenizedText t = tokenize(n, terms);
  auto date = grammar->article_date(t, n);
  auto inferred = grammar->infer_article_date(t, n);
  fuzz::require(!date || (date->size() == 10 && well_formed(*date)), "article_date is a full ISO date");
  fuzz::require(!inferred || well_formed(*inferred), "inferred date is well formed");
  for (const std::string& article : {std::string(), date.value_or("2023-08-22")}) {
    for (const Sentence& s : t.sentences) {
      uint32_t last_end = s.first_token;
      for (const TimeExpr& e : grammar->read(t, n, s.first_token, s.end_token, article)) {
        fuzz::require(e.first_token >= last_end && e.first_token < e.end_token && e.end_token <= s.end_token,
                      "expressions lie in their sentence, in order, without overlap");
        last_end = e.end_token;
        fuzz::require(e.span.start == t.tokens[e.first_token].start && e.span.end == t.tokens[e.end_token - 1].end,
                      "span covers its tokens");
        fuzz::require(e.kind == TimeKind::now ? e.as_of.empty() : well_formed(e.as_of), "as_of is well formed");
        fuzz::require(e.from.empty() || well_formed(e.from), "from is well formed");
      }
    }
  }
  return 0;
}
