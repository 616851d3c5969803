// The direct record writer (src/report/record_json.cpp, sheet_stream.cpp) against the tree-based
// reference (tree_reference.hpp): the same bytes, in JSON and JSON Lines, on the fixture, on
// records built to be awkward, and on the seed articles as extraction gives them today.
#include <catch2/catch.hpp>
#include <limits>
#include <sstream>

#include "report/json_writer.hpp"
#include "report/sheet_fixture.hpp"
#include "report/tree_reference.hpp"
#include "solieu/report.hpp"

using namespace solieu;

namespace {

std::string render(const FactSheet& sheet, Format format) {
  std::ostringstream out;
  write_report(out, sheet, format, ReportOptions{});
  return out.str();
}

// The first differing line, so a failure shows where rather than two megabytes.
std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream in_a(a), in_b(b);
  std::string line_a, line_b;
  for (int n = 1;; ++n) {
    bool more_a = static_cast<bool>(std::getline(in_a, line_a));
    bool more_b = static_cast<bool>(std::getline(in_b, line_b));
    if (!more_a && !more_b) return "same lines (line endings differ?)";
    if (!more_a || !more_b || line_a != line_b)
      return "line " + std::to_string(n) + ":\n  tree:   " + (more_a ? line_a : "<end>") +
             "\n  direct: " + (more_b ? line_b : "<end>");
  }
}

void check_same(const FactSheet& sheet) {
  std::string tree_json = test::tree::json(sheet);
  std::string direct_json = render(sheet, Format::json);
  INFO(first_difference(tree_json, direct_json));
  CHECK(direct_json == tree_json);
  std::string tree_jsonl = test::tree::jsonl(sheet);
  std::string direct_jsonl = render(sheet, Format::jsonl);
  INFO(first_difference(tree_jsonl, direct_jsonl));
  CHECK(direct_jsonl == tree_jsonl);
}

// Records whose every optional key, null and escape is exercised.
FactSheet awkward_sheet() {
  FactSheet s = test::sample_sheet(true);
  ArticleRecord bare;  // every string empty: nulls where the SPEC allows them, "" elsewhere
  s.articles.push_back(bare);
  ArticleRecord odd;
  odd.id = "odd";
  odd.path = std::string("weird\x01path\x7f\\\"/x.txt");
  odd.date = "2024-H1";
  odd.date_source = DateSource::inferred;
  odd.bytes = std::numeric_limits<uint64_t>::max();
  odd.encoding = "windows-1258";
  odd.url = "https://example.vn/bài-viết?a=1&b=\"2\"";
  odd.title = "Tab\tnewline\nreturn\rformfeed\fbackspace\b";
  // A key given twice keeps its first place and its last value; keys are escaped too.
  odd.meta = {{"author", "A"}, {"tag\"s", "x\\y"}, {"author", "B"}, {"", "empty key"}, {"ngày", "bad \xC3\x28 utf8"}};
  s.articles.push_back(odd);

  QuantityRecord ratio = s.quantities[0];
  ratio.quantity.kind = QuantityKind::ratio;
  ratio.quantity.whole = 55;
  ratio.quantity.noun = "huyện";
  QuantityRecord rank = s.quantities[1];
  rank.quantity.kind = QuantityKind::rank;
  rank.quantity.whole = 63;
  QuantityRecord broken = s.quantities[3];
  broken.quantity.malformed = true;
  broken.quantity.problem = "stacked magnitude words \"tỷ triệu\"";
  broken.quantity.value = 1.51e22;  // beyond 1e21: printed without exponent all the same
  broken.quantity.low = -std::numeric_limits<double>::infinity();
  broken.quantity.high = std::numeric_limits<double>::quiet_NaN();
  QuantityRecord tiny = s.quantities[2];
  tiny.quantity.value = 1.5e-7;
  tiny.quantity.low = -2.5e-5;
  tiny.quantity.high = 0.1 + 0.2;
  tiny.quantity.unit.clear();
  tiny.quantity.approx = solieu::Approx::estimate;
  tiny.text = std::string("nul\0byte", 8);
  QuantityRecord huge = s.quantities[4];
  huge.quantity.value = 9007199254740993.0;
  huge.quantity.low = 9.3e18;  // whole, past int64
  huge.quantity.high = -0.0;
  s.quantities.insert(s.quantities.end(), {ratio, rank, broken, tiny, huge});

  Fact full = s.facts[1];
  full.qualifier = "FDI";
  full.whole = 55;
  full.malformed = true;
  full.problem = "";
  full.period_from = "2023-01";
  full.part_of = "002_bac_giang#1";
  full.listed = {"KCN Quang Châu", "KCN \"Vân\" Trung", "", "bad \xFF byte"};
  full.approx = solieu::Approx::about;
  full.time_source = TimeSource::inferred;
  full.sentence = "Tab\there, \"quoted\", back\\slash, bell\x07, DEL\x7f, Việt, broken \xE1\xBA";
  Fact empty;  // nothing set: nullable keys null, the others empty strings
  Fact huge_fact = s.facts[0];
  huge_fact.value = 1e300;
  huge_fact.low = 4.35e-10;
  huge_fact.high = 6.02e20;
  huge_fact.zone = "Vân Trung";
  huge_fact.approx = solieu::Approx::under;
  s.facts.insert(s.facts.end(), {full, empty, huge_fact});

  Finding bare_finding;  // no facts, no notes: "facts": [] is still written
  Finding accepted = s.findings[0];
  accepted.baseline_reason = "reviewed: the 2030 plan was revised\n(see minutes)";
  accepted.severity = Severity::warning;
  s.findings.insert(s.findings.end(), {bare_finding, accepted});
  s.errors.push_back({"", ""});
  s.errors.push_back({"bad \xC3", "invalid UTF-8 at byte 1"});
  return s;
}

}  // namespace

TEST_CASE("record writer: the fixture sheet, checked and not", "[report][json][reference]") {
  check_same(test::sample_sheet(true));
  check_same(test::sample_sheet(false));
}

TEST_CASE("record writer: empty sheets", "[report][json][reference]") {
  FactSheet empty;
  check_same(empty);
  empty.checked = true;
  check_same(empty);
}

TEST_CASE("record writer: nulls, optional keys, escapes, invalid UTF-8, huge and tiny numbers",
          "[report][json][reference]") {
  FactSheet sheet = awkward_sheet();
  check_same(sheet);
  sheet.checked = false;
  check_same(sheet);
  // Every printed document still parses.
  CHECK_NOTHROW(report::Json::parse(render(sheet, Format::json)));
}

TEST_CASE("record writer: append_number and append_quoted print what format_number and quote print",
          "[report][json][reference]") {
  double value = GENERATE(0.0, -0.0, 1.0, -1.0, 1967.0, 75.6, 1.48e9, 3.11e13, 9.2e18, 9.3e18, -9.3e18, 1e21, 1.5e22,
                          1.5e-7, 2.5e-5, 1.0 / 3, 4294967296.0, 9007199254740993.0, 1e300, 5e-324,
                          std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN());
  std::string appended = "x";
  report::append_number(appended, value);
  CHECK(appended == "x" + report::format_number(value));
  CHECK(report::format_number(value) == report::dump_compact(report::Json(value)));
}

TEST_CASE("record writer: the seed articles as extracted today", "[report][json][reference]") {
  const Resources resources = Resources::load(SOLIEU_DATA_DIR);
  FactSheet sheet;
  LoadOptions options;
  for (const auto& path : list_inputs({std::string(SOLIEU_SOURCE_DIR) + "/data/articles"}, options, sheet.errors)) {
    LoadResult loaded = load_article(path, options);
    REQUIRE(loaded.article);
    Extraction e = extract(*loaded.article, resources);
    ArticleRecord r;
    r.id = loaded.article->id;
    r.path = loaded.article->path;
    r.date = loaded.article->date;
    r.date_source = loaded.article->date_source;
    r.bytes = loaded.article->source.size();
    r.encoding = loaded.article->encoding;
    r.title = loaded.article->title;
    r.url = loaded.article->url;
    r.meta = loaded.article->meta;
    sheet.articles.push_back(r);
    sheet.quantities.insert(sheet.quantities.end(), e.quantities.begin(), e.quantities.end());
    sheet.facts.insert(sheet.facts.end(), e.facts.begin(), e.facts.end());
  }
  REQUIRE(sheet.facts.size() > 40);
  check_same(sheet);
}
