// PhraseSet matches cue phrases on syllables, so merged terms and single words match alike.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "facts/fact_model.hpp"
#include "facts/phrase_set.hpp"
#include "solieu/error.hpp"

using namespace solieu;

namespace {
const TermLexicon& terms() {
  static const TermLexicon t = TermLexicon::load(SOLIEU_DATA_DIR);
  return t;
}
}  // namespace

TEST_CASE("a phrase matches across a merged term and single syllables alike", "[facts][phrases]") {
  PhraseSet set;
  set.add("đi vào hoạt động", 1);
  set.add("khu công nghiệp", 2);
  set.add("công nghiệp", 3);
  NormalizedText n = normalize("5 KCN đã đi vào hoạt động trong khu công nghiệp");
  TokenizedText t = tokenize(n, terms());
  auto matches = set.find_all(Syllables::of(t, 0, static_cast<uint32_t>(t.tokens.size())));
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].payload == 1);
  CHECK(matches[1].payload == 2);  // longest at its position
  CHECK(matches[2].payload == 3);  // "công nghiệp" starts one syllable later, inside the same term
  CHECK(matches[1].first_token == matches[2].first_token);
}

TEST_CASE("phrases match tone variants through canonical keys", "[facts][phrases]") {
  PhraseSet set;
  set.add("Hòa Phú", 7);
  NormalizedText n = normalize("KCN Hoà Phú mở rộng");
  TokenizedText t = tokenize(n, terms());
  auto matches = set.find_all(Syllables::of(t, 0, static_cast<uint32_t>(t.tokens.size())));
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].payload == 7);
}

TEST_CASE("the fact model loads the shipped data and refuses a broken file", "[facts][data]") {
  auto model = FactModel::load(SOLIEU_DATA_DIR);
  CHECK(model->subject_names.size() >= 2);
  CHECK(model->plan_statuses.count("planned_target") == 1);
  CHECK(model->unit_metrics.at("ha") == "area_ha");

  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "solieu-bad-facts";
  fs::create_directories(dir);
  std::ofstream(dir / "facts.json") << "{\n  \"subjects\": {\"KCN\": [\"kcn\"]},\n  oops\n}\n";
  try {
    FactModel::load(dir.string());
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()).find("facts.json:3:") != std::string::npos);
  }
  std::ofstream(dir / "facts.json") << "{\"subjects\": {\"KCN\": [\"kcn\"]}}";
  CHECK_THROWS_WITH(FactModel::load(dir.string()), Catch::Contains("ambiguous_subjects"));
}
