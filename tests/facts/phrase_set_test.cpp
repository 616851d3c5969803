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

namespace {
bool same(const std::vector<PhraseMatch>& a, const std::vector<PhraseMatch>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].first_token != b[i].first_token || a[i].end_token != b[i].end_token || a[i].payload != b[i].payload ||
        a[i].length != b[i].length)
      return false;
  return true;
}
}  // namespace

TEST_CASE("a group of sets finds in one walk what each set finds alone", "[facts][phrases]") {
  PhraseSet stages, flows, nouns;
  stages.add("đi vào hoạt động", 1);
  stages.add("hoạt động", 2);
  stages.add("thành lập", 3);
  stages.add("thành lập", 4);  // a later duplicate keeps the first payload
  flows.add("thu hút", 10);
  flows.add("thu hút mới", 11);
  flows.add("hoạt động", 12);  // the same phrase in two sets, with its own payload in each
  nouns.add("khu công nghiệp", 20);
  nouns.add("khu", 21);
  PhraseSetGroup group;
  group.add(stages);
  group.add(flows);
  group.add(nouns);
  CHECK(group.size() == 3);
  CHECK(flows.group_slot() == 1);
  NormalizedText n = normalize(
      "Năm 2023, 5 khu công nghiệp đã đi vào hoạt động, 2 KCN được thành lập và các khu thu hút mới 30 dự án, "
      "thu hút 1,2 tỷ USD; hoạt động sản xuất tăng");
  TokenizedText t = tokenize(n, terms());
  Syllables s = Syllables::of(t, 0, static_cast<uint32_t>(t.tokens.size()));
  std::vector<std::vector<PhraseMatch>> found{{PhraseMatch{}}};  // stale content is cleared
  group.find_all(s, found);
  REQUIRE(found.size() == 3);
  CHECK(same(found[stages.group_slot()], stages.find_all(s)));
  CHECK(same(found[flows.group_slot()], flows.find_all(s)));
  CHECK(same(found[nouns.group_slot()], nouns.find_all(s)));
  REQUIRE(found[stages.group_slot()].size() == 4);  // đi vào hoạt động, hoạt động (inside it), thành lập, hoạt động
  CHECK(found[stages.group_slot()][0].payload == 1);
  CHECK(found[stages.group_slot()][2].payload == 3);
  REQUIRE(found[flows.group_slot()].size() == 4);  // hoạt động, thu hút mới, thu hút, hoạt động
  CHECK(found[flows.group_slot()][1].payload == 11);
  CHECK(found[flows.group_slot()][2].payload == 10);
  CHECK(found[flows.group_slot()][3].payload == 12);
}
