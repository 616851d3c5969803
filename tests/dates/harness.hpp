#pragma once
// harness: a phrase or an article through normalize, tokenize and the date grammar, as the
// tests of tests/dates/ need it. The grammar reads data/dates.json from the source tree.
#include <memory>
#include <string>
#include <vector>

#include "solieu/dates.hpp"
#include "solieu/text.hpp"
#include "solieu/token.hpp"

namespace solieu::test {

inline const DateGrammar& grammar() {
  static const std::shared_ptr<const DateGrammar> g = DateGrammar::load(SOLIEU_DATA_DIR);
  return *g;
}

// An empty lexicon, as the corpus pipeline prescribes: cue phrases must not depend on merging.
inline const TermLexicon& no_terms() {
  static const TermLexicon terms;
  return terms;
}

inline const TermLexicon& all_terms() {
  static const TermLexicon terms = TermLexicon::load(SOLIEU_DATA_DIR);
  return terms;
}

inline const char* kind_name(TimeKind k) {
  switch (k) {
    case TimeKind::point: return "point";
    case TimeKind::period: return "period";
    case TimeKind::target: return "target";
    case TimeKind::now: return "now";
  }
  return "?";
}

inline const char* role_name(TimeRole r) {
  switch (r) {
    case TimeRole::plain: return "plain";
    case TimeRole::event: return "event";
    case TimeRole::deadline: return "deadline";
  }
  return "?";
}

struct Read {
  NormalizedText text;
  TokenizedText tokens;
  std::vector<TimeExpr> times;
};

inline Read read_phrase(const std::string& phrase, const std::string& article_date,
                        const TermLexicon& terms = no_terms()) {
  Read r;
  r.text = normalize(phrase);
  r.tokens = tokenize(r.text, terms);
  r.times = grammar().read(r.tokens, r.text, 0, static_cast<uint32_t>(r.tokens.tokens.size()), article_date);
  return r;
}

// "target 2030 (from -) «đến năm 2030»", the way failures are printed.
inline std::string describe(const Read& r) {
  std::string out;
  for (const auto& t : r.times) {
    if (!out.empty()) out += "; ";
    out += std::string(kind_name(t.kind)) + " " + (t.as_of.empty() ? "-" : t.as_of) + " from " +
           (t.from.empty() ? "-" : t.from) + (t.role == TimeRole::plain ? "" : std::string(" ") + role_name(t.role)) +
           " «" + r.text.text.substr(t.span.start, t.span.end - t.span.start) + "»";
  }
  return out.empty() ? "nothing" : out;
}

}  // namespace solieu::test
