// Properties of every read, over the seed articles with and without an article date:
// expressions lie in their sentence, in text order, never overlap, and their span is the bytes
// of their tokens; as_of is empty exactly for `now`.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dates/harness.hpp"

using namespace solieu;
using namespace solieu::test;

TEST_CASE("reads keep their invariants on the seed articles", "[dates][properties]") {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(std::string(SOLIEU_SOURCE_DIR) + "/data/articles"))
    files.push_back(e.path());
  REQUIRE(files.size() >= 5);
  auto article = GENERATE(std::string(), std::string("2023-08-22"), std::string("2021"));
  size_t total = 0;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    NormalizedText n = normalize(ss.str());
    TokenizedText t = tokenize(n, all_terms());
    for (const Sentence& s : t.sentences) {
      uint32_t last = s.first_token;
      for (const TimeExpr& e : grammar().read(t, n, s.first_token, s.end_token, article)) {
        ++total;
        CHECK(e.first_token >= last);
        CHECK(e.first_token < e.end_token);
        CHECK(e.end_token <= s.end_token);
        CHECK(e.span.start == t.tokens[e.first_token].start);
        CHECK(e.span.end == t.tokens[e.end_token - 1].end);
        CHECK(e.as_of.empty() == (e.kind == TimeKind::now));
        last = e.end_token;
      }
    }
  }
  CHECK(total >= 30);
}

TEST_CASE("a sub-range of a sentence reads only inside it", "[dates][properties]") {
  Read r = read_phrase("năm 2022 đạt 5 tỷ, đến năm 2030 có 29 KCN", "");
  REQUIRE(r.times.size() == 2);
  auto second_start = r.times[1].first_token;
  auto only = grammar().read(r.tokens, r.text, second_start, static_cast<uint32_t>(r.tokens.tokens.size()), "");
  REQUIRE(only.size() == 1);
  CHECK(only[0].kind == TimeKind::target);
  CHECK(only[0].as_of == "2030");
  CHECK(grammar().read(r.tokens, r.text, 5, 3, "").empty());
  CHECK(grammar().read(r.tokens, r.text, 0, 9999, "").size() == 2);
}
