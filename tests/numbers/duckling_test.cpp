// duckling_test: conformance with Duckling's Vietnamese corpus (tests/peers/duckling-vi/, BSD,
// see its README). A row passes when the phrase gives exactly one quantity spanning the whole
// input with the expected value (and, for money, unit: Duckling's "$" and "đô" are USD here).
// Rows where Duckling is wrong for news text are listed below with the reason, and not counted.
#include <catch2/catch.hpp>
#include <iostream>
#include <map>

#include "numbers/pipeline.hpp"

using namespace solieu;
using namespace solieu::test;

namespace {

// Where we disagree with Duckling on purpose.
const std::map<std::string, std::string> exceptions = {
    {"không", "bare \"không\" is \"not\" in running text; it never stands alone as zero"},
    {"một", "bare \"một\" is the article \"a\"; a lone number word needs a counted noun"},
    {"hai", "a lone number word needs a counted noun (\"hai bên\" is \"both sides\")"},
    {"trăm", "a lone \"trăm\" is indefinite in news (\"hàng trăm\"); it needs a noun or more words"},
    {"- 1.200.000", "a dash and a space start a list item in articles, not a minus sign"},
};

struct Tally {
  int passed = 0, counted = 0;
  std::vector<std::string> failures;
};

void check_row(Tally& tally, const std::string& input, double value, const std::string& unit) {
  if (exceptions.count(input)) return;
  ++tally.counted;
  Read r = read_phrase(input);
  bool ok = r.quantities.size() == 1;
  if (ok) {
    const Quantity& q = r.quantities[0];
    ok = same_value(q.value, value) && q.span.start == 0 && q.span.end == r.text.text.size() &&
         (unit.empty() || q.unit == unit);
  }
  if (ok)
    ++tally.passed;
  else
    tally.failures.push_back("\"" + input + "\" want " + std::to_string(value) + " " + unit + "; got " + describe(r));
}

std::string peer(const char* name) { return std::string(SOLIEU_SOURCE_DIR) + "/tests/peers/duckling-vi/" + name; }

}  // namespace

TEST_CASE("Duckling numeral and amount_of_money corpus: at least 98% conform", "[duckling]") {
  Tally tally;
  for (const Row& row : read_tsv(peer("numeral.tsv"))) {
    if (row.cells.size() < 3 || row.cells[0] == "input") continue;
    check_row(tally, row.cells[0], std::stod(row.cells[2]), "");
  }
  for (const Row& row : read_tsv(peer("amount_of_money.tsv"))) {
    if (row.cells.size() < 6 || row.cells[0] == "input" || row.cells[5] != "exact") continue;
    std::string unit = row.cells[3];
    if (unit == "$") unit = "USD";
    if (unit != "VND" && unit != "USD") continue;
    check_row(tally, row.cells[0], std::stod(row.cells[2]), unit);
  }
  double rate = tally.counted ? 100.0 * tally.passed / tally.counted : 0;
  std::cout << "Duckling conformance: " << tally.passed << "/" << tally.counted << " = " << rate << "% ("
            << exceptions.size() << " rows excepted)\n";
  for (const auto& f : tally.failures) std::cout << "  FAIL " << f << "\n";
  REQUIRE(tally.counted >= 60);
  CHECK(rate >= 98.0);
}
