#pragma once
// pipeline: a phrase -> its quantities, through the real normalizer, tokenizer (with the term
// lexicon) and number grammar, as an article sentence would go. Shared by the numbers tests.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "solieu/quantity.hpp"
#include "solieu/text.hpp"
#include "solieu/token.hpp"

namespace solieu::test {

inline const TermLexicon& terms() {
  static const TermLexicon lexicon = TermLexicon::load(SOLIEU_DATA_DIR);
  return lexicon;
}

inline const NumberGrammar& grammar() {
  static const auto g = NumberGrammar::load(SOLIEU_DATA_DIR);
  return *g;
}

struct Read {
  NormalizedText text;
  std::vector<Quantity> quantities;
  std::string span_text(const Quantity& q) const { return text.text.substr(q.span.start, q.span.end - q.span.start); }
};

// Reads the whole phrase as one sentence (the tokenizer's sentence split is not under test here).
inline Read read_phrase(const std::string& phrase) {
  Read r;
  r.text = normalize(phrase);
  TokenizedText toks = tokenize(r.text, terms());
  r.quantities = grammar().read(toks, r.text, 0, static_cast<uint32_t>(toks.tokens.size()));
  return r;
}

inline std::string describe(const Read& r) {
  std::ostringstream out;
  out << r.quantities.size() << " quantities:";
  for (const auto& q : r.quantities) {
    out << " [" << (q.kind == QuantityKind::ratio ? "ratio " : q.kind == QuantityKind::rank ? "rank " : "") << q.value;
    if (q.whole) out << "/" << q.whole;
    out << " unit=" << q.unit << " noun=" << q.noun << " approx=" << to_string(q.approx) << " text=\"" << r.span_text(q)
        << "\" interval=" << q.low << ".." << q.high << (q.malformed ? " malformed" : "") << "]";
  }
  return out.str();
}

// Rows of a tab-separated corpus file: comments (#) and blank lines skipped; each row keeps its line number.
struct Row {
  int line = 0;
  std::vector<std::string> cells;
};

inline std::vector<Row> read_tsv(const std::string& path) {
  std::ifstream in(path);
  std::vector<Row> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Row row;
    row.line = n;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      row.cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// Values compare with a relative tolerance: "31,1 nghìn tỷ" is 3.11e13 up to rounding.
inline bool same_value(double a, double b) {
  double scale = std::max({1.0, std::abs(a), std::abs(b)});
  return std::abs(a - b) <= 1e-9 * scale;
}

}  // namespace solieu::test
