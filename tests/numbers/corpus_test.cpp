// corpus_test: tests/corpus/numbers.tsv, units.tsv and numbers.negative.tsv, row by row.
// Every failing row is reported with what the grammar read, then the test fails once.
#include <catch2/catch.hpp>
#include <cmath>

#include "numbers/pipeline.hpp"

using namespace solieu;
using namespace solieu::test;

namespace {

std::string corpus(const char* name) { return std::string(SOLIEU_SOURCE_DIR) + "/tests/corpus/" + name; }

// Options after the spelling: kind=ratio|rank, whole=N, noun=..., malformed, interval=LOW..HIGH.
std::string check_options(const Quantity& q, const std::vector<std::string>& cells, size_t from) {
  for (size_t k = from; k < cells.size(); ++k) {
    const std::string& o = cells[k];
    if (o.empty()) continue;
    if (o == "malformed") {
      if (!q.malformed) return "expected malformed";
    } else if (o.rfind("kind=", 0) == 0) {
      std::string kind = o.substr(5);
      QuantityKind want = kind == "ratio"  ? QuantityKind::ratio
                          : kind == "rank" ? QuantityKind::rank
                                           : QuantityKind::amount;
      if (q.kind != want) return "expected kind " + kind;
    } else if (o.rfind("whole=", 0) == 0) {
      if (!same_value(q.whole, std::stod(o.substr(6)))) return "expected " + o;
    } else if (o.rfind("noun=", 0) == 0) {
      if (q.noun != o.substr(5)) return "expected " + o;
    } else if (o.rfind("interval=", 0) == 0) {
      std::string range = o.substr(9);
      size_t dots = range.find("..");
      double lo = std::stod(range.substr(0, dots)), hi = std::stod(range.substr(dots + 2));
      if (!same_value(q.low, lo) || !same_value(q.high, hi)) return "expected " + o;
    } else if (o.rfind("text=", 0) == 0) {
      // checked by the caller, which has the text
    } else {
      return "unknown option " + o;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("numbers corpus: each spelling reads as exactly its quantity", "[corpus]") {
  auto rows = read_tsv(corpus("numbers.tsv"));
  REQUIRE(rows.size() >= 100);
  int failures = 0;
  for (const Row& row : rows) {
    INFO("numbers.tsv:" << row.line);
    if (row.cells.size() < 4) {
      FAIL_CHECK("numbers.tsv:" << row.line << ": fewer than 4 columns");
      ++failures;
      continue;
    }
    double value = std::stod(row.cells[0]);
    std::string unit = row.cells[1] == "-" ? "" : row.cells[1];
    std::string approx = row.cells[2] == "-" ? "" : row.cells[2];
    Read r = read_phrase(row.cells[3]);
    std::string why;
    if (r.quantities.size() != 1) {
      why = "expected one quantity";
    } else {
      const Quantity& q = r.quantities[0];
      if (!same_value(q.value, value))
        why = "value";
      else if (q.unit != unit)
        why = "unit";
      else if (to_string(q.approx) != approx)
        why = "approx";
      else
        why = check_options(q, row.cells, 4);
      if (why.empty()) {
        for (size_t k = 4; k < row.cells.size(); ++k)
          if (row.cells[k].rfind("text=", 0) == 0 && r.span_text(q) != row.cells[k].substr(5)) why = "span text";
      }
    }
    if (!why.empty()) {
      ++failures;
      UNSCOPED_INFO("numbers.tsv:" << row.line << ": \"" << row.cells[3] << "\": " << why << "; got " << describe(r));
    }
  }
  if (failures) FAIL(failures << " of " << rows.size() << " rows of numbers.tsv failed");
}

TEST_CASE("units corpus: each spelling gives its unit and noun", "[corpus]") {
  auto rows = read_tsv(corpus("units.tsv"));
  REQUIRE(rows.size() >= 30);
  int failures = 0;
  for (const Row& row : rows) {
    std::string unit = row.cells[0] == "-" ? "" : row.cells[0];
    std::string noun = row.cells.size() > 1 && row.cells[1] != "-" ? row.cells[1] : "";
    Read r = read_phrase(row.cells.size() > 2 ? row.cells[2] : "");
    std::string why;
    if (r.quantities.size() != 1)
      why = "expected one quantity";
    else if (r.quantities[0].unit != unit)
      why = "unit";
    else if (r.quantities[0].noun != noun)
      why = "noun";
    if (!why.empty()) {
      ++failures;
      UNSCOPED_INFO("units.tsv:" << row.line << ": \"" << row.cells[2] << "\": " << why << "; got " << describe(r));
    }
  }
  if (failures) FAIL(failures << " of " << rows.size() << " rows of units.tsv failed");
}

TEST_CASE("negative corpus: these phrases give no quantity (or not the one named)", "[corpus]") {
  auto rows = read_tsv(corpus("numbers.negative.tsv"));
  REQUIRE(rows.size() >= 30);
  int failures = 0;
  for (const Row& row : rows) {
    Read r = read_phrase(row.cells[0]);
    bool bad = false;
    if (row.cells.size() > 1 && row.cells[1].rfind("not ", 0) == 0) {
      double banned = std::stod(row.cells[1].substr(4));
      for (const auto& q : r.quantities)
        if (same_value(q.value, banned)) bad = true;
    } else {
      bad = !r.quantities.empty();
    }
    if (bad) {
      ++failures;
      UNSCOPED_INFO("numbers.negative.tsv:" << row.line << ": \"" << row.cells[0] << "\": got " << describe(r));
    }
  }
  if (failures) FAIL(failures << " of " << rows.size() << " rows of numbers.negative.tsv failed");
}
