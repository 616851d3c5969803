// The tokenizer corpus (tests/corpus/tokens.tsv, sentences.tsv) run as one test each: every
// failing row is printed, then the test fails. The corpus is the tokenizer's specification.
#include <catch2/catch.hpp>
#include <functional>
#include <sstream>

#include "corpus_file.hpp"
#include "solieu/token.hpp"

using namespace solieu;

namespace {

using test::read_corpus;

const TermLexicon& lexicon() {
  static const TermLexicon terms = TermLexicon::load(SOLIEU_DATA_DIR);
  return terms;
}

char kind_letter(TokenKind k) {
  switch (k) {
    case TokenKind::word: return 'w';
    case TokenKind::term: return 't';
    case TokenKind::acronym: return 'a';
    case TokenKind::number: return 'n';
    case TokenKind::percent: return '%';
    case TokenKind::date: return 'd';
    case TokenKind::fraction: return 'f';
    case TokenKind::range: return 'r';
    case TokenKind::punct: return 'p';
    case TokenKind::symbol: return 's';
  }
  return '?';
}

// Runs one corpus file: `render` turns an input into the line the corpus expects. Failing rows
// are gathered and shown with the single final check (an UNSCOPED_INFO before a later passing
// assertion would be spent on it and lost).
size_t check_corpus(const std::string& name, const std::function<std::string(const std::string&)>& render) {
  auto rows = read_corpus(name);
  std::ostringstream report;
  int failed = 0;
  for (const auto& row : rows) {
    REQUIRE(row.cells.size() == 2);
    const std::string& input = row.cells[0];
    const std::string& expected = row.cells[1];
    std::string got = render(input);
    if (got != expected) {
      ++failed;
      report << name << ":" << row.line << ": " << input << "\n   expected: " << expected << "\n   got:      " << got
             << "\n";
    }
  }
  INFO(report.str());
  CHECK(failed == 0);
  return rows.size();
}

}  // namespace

TEST_CASE("tokens corpus", "[tokenize][corpus]") {
  size_t rows = check_corpus("tokens.tsv", [](const std::string& input) {
    NormalizedText n = normalize(input);
    TokenizedText t = tokenize(n, lexicon());
    std::string got;
    for (const auto& tok : t.tokens) {
      if (!got.empty()) got += " ¦ ";
      got += kind_letter(tok.kind);
      got += ':';
      got += n.text.substr(tok.start, tok.end - tok.start);
    }
    return got;
  });
  CHECK(rows >= 80);
}

TEST_CASE("sentences corpus", "[tokenize][corpus]") {
  check_corpus("sentences.tsv", [](const std::string& input) {
    NormalizedText n = normalize(input);
    TokenizedText t = tokenize(n, lexicon());
    std::string got;
    for (const auto& s : t.sentences) {
      if (!got.empty()) got += " ¦ ";
      Span src = n.source_span({s.start, s.end});
      got += input.substr(src.start, src.end - src.start);
    }
    return got;
  });
}

TEST_CASE("token spans index the normalized text and keys are canonical", "[tokenize]") {
  NormalizedText n = normalize("KCN Hoà Phú mở rộng 1.460 ha");
  TokenizedText t = tokenize(n, lexicon());
  REQUIRE(t.tokens.size() == 7);
  CHECK(t.tokens[0].key == "kcn");
  CHECK(t.tokens[1].key == canonical_key("Hòa"));
  CHECK(t.tokens[5].key == "1.460");
  for (const auto& tok : t.tokens) {
    CHECK(tok.start < tok.end);
    CHECK(tok.end <= n.text.size());
  }
}

TEST_CASE("a place term keeps its lexicon entry", "[tokenize]") {
  NormalizedText n = normalize("tỉnh Bac Kan và Bắc Ninh");
  TokenizedText t = tokenize(n, lexicon());
  REQUIRE(t.tokens.size() == 4);
  REQUIRE(t.tokens[1].kind == TokenKind::term);
  CHECK(lexicon().entries()[t.tokens[1].term].value == "Bắc Kạn");
  CHECK(lexicon().entries()[t.tokens[3].term].value == "Bắc Ninh");
}

TEST_CASE("empty and blank texts give no tokens and no sentences", "[tokenize]") {
  for (const char* s : {"", " ", "\n\n", "\t \n"}) {
    NormalizedText n = normalize(s);
    TokenizedText t = tokenize(n, lexicon());
    CHECK(t.tokens.empty());
    CHECK(t.sentences.empty());
  }
}

TEST_CASE("every token belongs to exactly one sentence", "[tokenize]") {
  NormalizedText n = normalize("Tỉnh có 6 KCN. Trong đó, 5 KCN hoạt động; 1 KCN mới.\nQuang cảnh. |\nHết");
  TokenizedText t = tokenize(n, lexicon());
  uint32_t next = 0;
  for (const auto& s : t.sentences) {
    CHECK(s.first_token == next);
    CHECK(s.end_token > s.first_token);
    next = s.end_token;
  }
  CHECK(next == t.tokens.size());
}
