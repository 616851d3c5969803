// The date corpus (tests/corpus/dates.tsv, dates.negative.tsv), one test per file: every
// failing row is printed, then the test fails. The corpus is the date grammar's specification.
// Rows: article_date<TAB>kind<TAB>as_of<TAB>from<TAB>phrase[<TAB>role], "-" for an empty field;
// the phrase must give exactly that one time expression (and that role, when a sixth field names one). Negative rows:
// one phrase, no expression.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "dates/harness.hpp"

using namespace solieu;
using namespace solieu::test;

namespace {

std::vector<std::pair<int, std::vector<std::string>>> read_rows(const std::string& name) {
  std::ifstream in(std::string(SOLIEU_SOURCE_DIR) + "/tests/corpus/" + name);
  REQUIRE(in);
  std::vector<std::pair<int, std::vector<std::string>>> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string f;
    while (std::getline(ss, f, '\t')) fields.push_back(f);
    rows.emplace_back(n, std::move(fields));
  }
  return rows;
}

std::string field(const std::string& f) { return f == "-" ? std::string() : f; }

}  // namespace

TEST_CASE("dates corpus", "[dates][corpus]") {
  auto rows = read_rows("dates.tsv");
  REQUIRE(rows.size() >= 80);
  int failed = 0;
  for (const auto& [line, f] : rows) {
    if (f.size() != 5 && f.size() != 6) {
      FAIL_CHECK("dates.tsv:" << line << ": expected 5 or 6 fields, got " << f.size());
      ++failed;
      continue;
    }
    Read r = read_phrase(f[4], field(f[0]));
    bool ok = r.times.size() == 1 && kind_name(r.times[0].kind) == f[1] && r.times[0].as_of == field(f[2]) &&
              r.times[0].from == field(f[3]) && (f.size() < 6 || role_name(r.times[0].role) == f[5]);
    if (!ok) {
      ++failed;
      UNSCOPED_INFO("dates.tsv:" << line << ": " << f[4] << " (article " << f[0] << ")\n  want " << f[1] << " " << f[2]
                                 << " from " << f[3] << (f.size() > 5 ? " role " + f[5] : std::string()) << "\n  got  "
                                 << describe(r));
    }
  }
  INFO(failed << " of " << rows.size() << " rows failed");
  CHECK(failed == 0);
}

TEST_CASE("dates negative corpus", "[dates][corpus]") {
  auto rows = read_rows("dates.negative.tsv");
  REQUIRE(rows.size() >= 15);
  int failed = 0;
  for (const auto& [line, f] : rows) {
    Read r = read_phrase(f[0], f.size() > 1 ? field(f[1]) : std::string());
    if (!r.times.empty()) {
      ++failed;
      UNSCOPED_INFO("dates.negative.tsv:" << line << ": " << f[0] << "\n  got " << describe(r));
    }
  }
  INFO(failed << " of " << rows.size() << " rows failed");
  CHECK(failed == 0);
}

TEST_CASE("merged terms do not change what is read", "[dates][corpus]") {
  // The same corpus with the real term lexicon: cue phrases match syllables, not tokens.
  auto rows = read_rows("dates.tsv");
  int failed = 0;
  for (const auto& [line, f] : rows) {
    if (f.size() < 5) continue;
    Read plain = read_phrase(f[4], field(f[0]));
    Read merged = read_phrase(f[4], field(f[0]), all_terms());
    if (describe(plain) != describe(merged)) {
      ++failed;
      UNSCOPED_INFO("dates.tsv:" << line << ": " << describe(plain) << " vs " << describe(merged));
    }
  }
  CHECK(failed == 0);
}
