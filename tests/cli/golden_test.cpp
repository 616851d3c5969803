// Golden files: the reviewed reports of data/articles in every format. A change in extraction
// or rules shows up as a diff here; refresh with SOLIEU_UPDATE_GOLDEN=1 and review the diff
// (git diff tests/golden) line by line before committing it.
#include <catch2/catch.hpp>
#include <cstdlib>

#include "cli/run.hpp"

using namespace solieu::test;

namespace {

void compare(const std::string& name, const std::string& args, int expected_code) {
  Run r = run_solieu(args);
  CHECK(r.code == expected_code);
  std::string path = std::string(SOLIEU_SOURCE_DIR) + "/tests/golden/seeds/" + name;
  if (std::getenv("SOLIEU_UPDATE_GOLDEN")) write_file(path, r.out);
  std::string expected = slurp(path);
  INFO("golden file " << path << " differs; run with SOLIEU_UPDATE_GOLDEN=1 and review git diff");
  CHECK(r.out == expected);
}

}  // namespace

TEST_CASE("golden: extract json", "[golden]") { compare("extract.json", "extract data/articles --quiet", 0); }
TEST_CASE("golden: extract jsonl", "[golden]") {
  compare("extract.jsonl", "extract data/articles --format jsonl --quiet", 0);
}
TEST_CASE("golden: extract text", "[golden]") {
  compare("extract.txt", "extract data/articles --format text --quiet", 0);
}
TEST_CASE("golden: check json", "[golden]") { compare("check.json", "check data/articles --format json --quiet", 1); }
TEST_CASE("golden: check text", "[golden]") {
  compare("check.txt", "check data/articles --format text --color never --quiet", 1);
}
TEST_CASE("golden: check text in Vietnamese", "[golden]") {
  compare("check.vi.txt", "check data/articles --format text --color never --lang vi --quiet", 1);
}
TEST_CASE("golden: check sarif", "[golden]") {
  compare("check.sarif", "check data/articles --format sarif --quiet", 1);
}
