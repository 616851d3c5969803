// scenario_score: extraction accuracy on the unseen-article sets, with no python.
// Takes each tests/scenarios/unseen*/ folder and its expected.tsv; extracts the articles in
// process and pairs facts the way tests/scenarios/score.py does (its docstring is the spec):
// within an article, an expected and an extracted fact pair only when their values agree to a
// millionth; among those, pairs agreeing on more of place, subject, metric, status and as_of go
// first. A whole fact is right when it pairs and every field agrees. Each set must keep its
// whole-fact precision and recall at or above a floor a little under the figures reached, so a
// change that loses accuracy on text nobody tuned for fails here. score.py stays the verbose tool.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "corpus_file.hpp"
#include "solieu/fact.hpp"
#include "solieu/load.hpp"

using namespace solieu;

namespace {

const Resources& resources() {
  static const Resources r = Resources::load(SOLIEU_DATA_DIR);
  return r;
}

// One fact reduced to what score.py compares.
struct Scored {
  std::string fields[5];  // place, subject, metric, status, as_of ("" when none)
  double value = 0;
};

std::map<std::string, std::vector<Scored>> read_expected(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::map<std::string, std::vector<Scored>> out;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto cols = test::split(line, "\t");
    INFO(path << ":" << n);
    REQUIRE(cols.size() >= 7);
    Scored s;
    s.fields[0] = cols[1];
    s.fields[1] = cols[2];
    s.fields[2] = cols[3];
    s.fields[3] = cols[4] == "-" ? "" : cols[4];
    s.fields[4] = cols[6] == "-" ? "" : cols[6];
    s.value = std::stod(cols[5]);
    out[cols[0]].push_back(s);
  }
  return out;
}

std::map<std::string, std::vector<Scored>> extract_folder(const std::string& folder) {
  LoadOptions options;
  options.globs = {"*.txt"};
  std::vector<InputError> errors;
  std::map<std::string, std::vector<Scored>> out;
  for (const std::string& path : list_inputs({folder}, options, errors)) {
    LoadResult loaded = load_article(path, options);
    REQUIRE(loaded.article);
    Extraction e = extract(*loaded.article, resources());
    auto& facts = out[loaded.article->id];
    for (const Fact& f : e.facts) facts.push_back({{f.place, f.subject, f.metric, f.status, f.as_of}, f.value});
  }
  REQUIRE(errors.empty());
  return out;
}

bool same_value(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max({std::fabs(a), std::fabs(b), 1e-9}); }

int agreeing(const Scored& a, const Scored& b) {
  int n = 0;
  for (int f = 0; f < 5; ++f) n += a.fields[f] == b.fields[f];
  return n;
}

// Facts right in one article: greedy pairing, most agreeing fields first, then by index.
int right_in(const std::vector<Scored>& expected, const std::vector<Scored>& actual) {
  std::vector<std::tuple<int, size_t, size_t>> candidates;
  for (size_t i = 0; i < expected.size(); ++i)
    for (size_t j = 0; j < actual.size(); ++j)
      if (same_value(expected[i].value, actual[j].value))
        candidates.emplace_back(-agreeing(expected[i], actual[j]), i, j);
  std::sort(candidates.begin(), candidates.end());
  std::vector<bool> used_e(expected.size()), used_a(actual.size());
  int right = 0;
  for (const auto& [minus_agree, i, j] : candidates) {
    if (used_e[i] || used_a[j]) continue;
    used_e[i] = used_a[j] = true;
    if (minus_agree == -5) ++right;
  }
  return right;
}

struct Score {
  size_t expected = 0, extracted = 0, right = 0;
  double precision() const { return extracted ? 100.0 * right / extracted : 100.0; }
  double recall() const { return expected ? 100.0 * right / expected : 100.0; }
};

Score score(const std::string& set) {
  const std::string dir = std::string(SOLIEU_SOURCE_DIR) + "/tests/scenarios/" + set;
  auto expected = read_expected(dir + "/expected.tsv");
  auto actual = extract_folder(dir);
  Score s;
  std::vector<std::string> articles;
  for (const auto& [a, facts] : expected) articles.push_back(a);
  for (const auto& [a, facts] : actual)
    if (!expected.count(a)) articles.push_back(a);
  for (const auto& a : articles) {
    const auto& e = expected[a];
    const auto& x = actual[a];
    s.expected += e.size();
    s.extracted += x.size();
    s.right += right_in(e, x);
  }
  return s;
}

}  // namespace

// Floors: the whole-fact figures reached when this test was written, less about two points
// (unseen 100/100, unseen2 100/100, unseen3 99.1/99.1, unseen4 99.6/99.6, unseen5 95.8/98.7,
// unseen6 84.8/95.1, unseen7 81.9/93.0, unseen8 62.4/67.4, unseen9 77.2/83.7). The later sets were written to find
// what the binder misses; each README gives its first, untuned score (unseen5 66.3/72.1, unseen6
// 64.8/72.7, unseen7 54.8/69.3, unseen8 55.7/57.7, unseen9 67.2/64.2), the honest figure for new text. Raise the floors
// when accuracy improves; lowering one needs a reason in the commit message.
TEST_CASE("unseen-article sets keep their whole-fact precision and recall", "[facts][scenario]") {
  struct Floor {
    const char* set;
    double precision, recall;
  };
  const Floor floors[] = {{"unseen", 98.0, 98.0},  {"unseen2", 98.0, 98.0}, {"unseen3", 97.0, 97.0},
                          {"unseen4", 98.0, 98.0}, {"unseen5", 93.0, 96.0}, {"unseen6", 82.0, 93.0},
                          {"unseen7", 80.0, 89.5}, {"unseen8", 60.5, 65.5}, {"unseen9", 75.0, 81.5}};
  for (const Floor& f : floors) {
    const Score s = score(f.set);
    INFO(f.set << ": expected " << s.expected << ", extracted " << s.extracted << ", right " << s.right
               << " (precision " << s.precision() << "%, recall " << s.recall() << "%); "
               << "run tests/scenarios/score.py -v for the facts");
    CHECK(s.expected > 0);
    CHECK(s.precision() >= f.precision);
    CHECK(s.recall() >= f.recall);
  }
}

// The pairing itself, on a small case score.py would score the same way: the better-agreeing
// extracted fact takes the expected one, the other is spurious.
TEST_CASE("scenario pairing prefers the pair agreeing on more fields", "[facts][scenario]") {
  Scored e{{"Bắc Giang", "KCN", "count", "established", "2023"}, 9};
  Scored wrong{{"Bắc Giang", "KCN", "count", "operational", "2023"}, 9};
  Scored good{{"Bắc Giang", "KCN", "count", "established", "2023"}, 9};
  CHECK(right_in({e}, {wrong, good}) == 1);
  CHECK(right_in({e}, {wrong}) == 0);
  CHECK(right_in({e}, {Scored{{"Bắc Giang", "KCN", "count", "established", "2023"}, 9.5}}) == 0);
  CHECK(right_in({e, e}, {good}) == 1);
}

// `solieu check tests/scenarios/unseenN` walks *.md too, so a set's README is read as an article:
// it must quote no figure a reader would take for a fact ("N KCN", not a number), or the set's
// check reports findings about its own documentation.
TEST_CASE("the scenario sets' READMEs give no fact", "[facts][scenario]") {
  const std::filesystem::path root = std::filesystem::path(SOLIEU_SOURCE_DIR) / "tests" / "scenarios";
  size_t readmes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    const auto readme = entry.path() / "README.md";
    if (!entry.is_directory() || !std::filesystem::exists(readme)) continue;
    ++readmes;
    LoadResult loaded = load_article(readme.string(), LoadOptions{});
    REQUIRE(loaded.article);
    const Extraction e = extract(*loaded.article, resources());
    std::string quoted;
    for (const Fact& f : e.facts) quoted += "\n  line " + std::to_string(f.at.line) + ": " + f.text;
    INFO(readme.string() << quoted);
    CHECK(e.facts.empty());
  }
  CHECK(readmes >= 9);
}
