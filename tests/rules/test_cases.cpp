// The per-kind corpora: tests/rules/<kind>/cases.json lists facts in and the findings expected
// out (rule, verdict, severity, fact ids, odd one out first), run through the default rules.
// These files are each kind's specification; negative cases (where a naive checker would cry
// wolf) expect no finding at all.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>

#include "load/json_file.hpp"
#include "rules/fact_builder.hpp"
#include "solieu/rule.hpp"

using namespace solieu;

namespace {

std::string describe(const std::string& rule, const std::string& verdict, const std::string& severity,
                     const std::vector<std::string>& facts) {
  return fmt::format("{} {} {} [{}]", rule, verdict, severity, fmt::join(facts, ", "));
}

}  // namespace

TEST_CASE("every kind's cases.json gives the expected findings", "[rules][cases]") {
  namespace fs = std::filesystem;
  const RuleSet all = RuleSet::load(SOLIEU_RULES_DIR);
  const Messages messages = Messages::load(SOLIEU_DATA_DIR, "en");
  std::vector<fs::path> files;
  for (const auto& dir : fs::directory_iterator(fs::path(SOLIEU_SOURCE_DIR) / "tests/rules"))
    if (dir.is_directory() && fs::exists(dir.path() / "cases.json")) files.push_back(dir.path() / "cases.json");
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 9);
  size_t cases = 0, negatives = 0;
  for (const auto& file : files) {
    const nlohmann::json doc = read_json_file(file.string());
    RuleSet rules;
    for (const auto& id : doc.at("rules")) {
      const Rule* r = all.find(id.get<std::string>());
      INFO(file.string() << ": rule " << id);
      REQUIRE(r);
      rules.add(*r);
    }
    for (const auto& c : doc.at("cases")) {
      INFO(file.string() << ": " << c.at("name").get<std::string>());
      std::vector<Fact> facts;
      for (const auto& f : c.at("facts")) facts.push_back(test::fact_from_json(f));
      std::vector<std::string> got, want;
      for (const auto& f : rules.run(facts, messages)) {
        got.push_back(describe(f.rule, f.verdict, to_string(f.severity), f.facts));
        CHECK(!f.message.empty());
        CHECK(!f.explanation.empty());
        CHECK(f.message.find('{') == std::string::npos);
        CHECK(f.explanation.find('{') == std::string::npos);
        CHECK(f.notes.size() + 1 == f.facts.size());
      }
      for (const auto& e : c.at("expect"))
        want.push_back(describe(e.at("rule"), e.at("verdict"), e.at("severity"), e.at("facts")));
      std::sort(got.begin(), got.end());
      std::sort(want.begin(), want.end());
      CHECK(got == want);
      ++cases;
      if (want.empty() || c.value("cry_wolf", false)) ++negatives;
    }
  }
  CHECK(cases >= 30);
  CHECK(negatives >= 8);
}
