// seed_test: the grammar over whole seed articles, sentence by sentence as the pipeline runs it.
// Asserts figures the articles state and spans that index the text; "[.dump]" prints everything
// read, for review when the data changes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "numbers/pipeline.hpp"

using namespace solieu;
using namespace solieu::test;

namespace {

struct ArticleRead {
  NormalizedText text;
  TokenizedText tokens;
  std::vector<Quantity> quantities;
  std::string quote(const Quantity& q) const { return text.text.substr(q.span.start, q.span.end - q.span.start); }
};

ArticleRead read_article(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  ArticleRead a;
  a.text = normalize(buffer.str());
  a.tokens = tokenize(a.text, terms());
  for (const Sentence& s : a.tokens.sentences) {
    auto qs = grammar().read(a.tokens, a.text, s.first_token, s.end_token);
    a.quantities.insert(a.quantities.end(), qs.begin(), qs.end());
  }
  return a;
}

std::vector<std::filesystem::path> seeds() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(SOLIEU_SOURCE_DIR) + "/data/articles"))
    if (e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

bool has(const ArticleRead& a, const std::string& quote, double value, const std::string& unit) {
  for (const auto& q : a.quantities)
    if (a.quote(q) == quote && same_value(q.value, value) && q.unit == unit) return true;
  return false;
}

}  // namespace

TEST_CASE("seed articles: stated figures are read with their units", "[seeds]") {
  auto paths = seeds();
  REQUIRE(paths.size() >= 5);
  ArticleRead a = read_article(paths[0]);  // 000: Bắc Giang 2021
  CHECK(has(a, "6 khu công nghiệp", 6, "zone"));
  CHECK(has(a, "1.460 ha", 1460, "ha"));
  CHECK(has(a, "57 CCN", 57, "zone"));
  CHECK(has(a, "hơn 30 nước", 30, ""));
  for (const auto& q : a.quantities) {
    CHECK(q.value != 2021);  // years are dates, not quantities
    CHECK(q.value != 2026);
  }
}

TEST_CASE("seed articles: spans are ordered, disjoint and inside the text", "[seeds]") {
  for (const auto& path : seeds()) {
    ArticleRead a = read_article(path);
    uint32_t last_end = 0;
    for (const auto& q : a.quantities) {
      INFO(path.filename().string() << ": " << a.quote(q));
      CHECK(q.span.start >= last_end);
      CHECK(q.span.start < q.span.end);
      CHECK(q.span.end <= a.text.text.size());
      CHECK(q.number_span.start >= q.span.start);
      CHECK(q.number_span.end <= q.span.end);
      CHECK(q.low <= q.value);
      CHECK(q.value <= q.high);
      last_end = q.span.end;
    }
  }
}

TEST_CASE("seed articles: dump every quantity", "[.dump]") {
  for (const auto& path : seeds()) {
    ArticleRead a = read_article(path);
    std::cout << "== " << path.filename().string() << "\n";
    for (const auto& q : a.quantities)
      std::cout << "  "
                << (q.kind == QuantityKind::rank    ? "rank "
                    : q.kind == QuantityKind::ratio ? "ratio "
                                                    : "")
                << q.value << (q.whole ? "/" + std::to_string(q.whole) : "") << " [" << q.unit << "|" << q.noun << "|"
                << to_string(q.approx) << "] \"" << a.quote(q) << "\"" << (q.malformed ? " MALFORMED" : "") << "\n";
  }
}

// For trying phrases by hand: `test_numbers "[.stdin]" < phrases.txt` prints what each line reads as.
TEST_CASE("read phrases from standard input", "[.stdin]") {
  std::string line;
  while (std::getline(std::cin, line)) std::cout << line << "\n  -> " << describe(read_phrase(line)) << "\n";
}
