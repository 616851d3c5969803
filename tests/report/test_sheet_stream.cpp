// SheetStream and its spools (src/report/sheet_stream.cpp, spool.cpp): records fed article by
// article give the bytes write_report gives for the whole sheet, spools that spill to disk give
// back what was appended, and leave no file behind.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "report/sheet_fixture.hpp"
#include "report/spool.hpp"
#include "report/tree_reference.hpp"
#include "solieu/report.hpp"

using namespace solieu;
namespace fs = std::filesystem;

namespace {

std::string fresh_dir() {
  char pattern[] = "/tmp/solieu-spool-test-XXXXXX";
  const char* made = mkdtemp(pattern);
  REQUIRE(made != nullptr);
  return made;
}

size_t files_in(const std::string& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

// Feeds the stream as the CLI does: each article, then its quantities, then its facts.
std::string streamed(const FactSheet& sheet, Format format, const std::string& dir = {}) {
  std::ostringstream out;
  SheetStream stream(out, format, ReportOptions{}, dir);
  for (const auto& a : sheet.articles) {
    stream.add(a);
    for (const auto& q : sheet.quantities)
      if (q.article == a.id) stream.add(q);
    for (const auto& f : sheet.facts)
      if (f.article == a.id) stream.add(f);
  }
  stream.finish(sheet.errors, sheet.checked ? &sheet.findings : nullptr);
  return out.str();
}

std::string whole(const FactSheet& sheet, Format format) {
  std::ostringstream out;
  write_report(out, sheet, format, ReportOptions{});
  return out.str();
}

// Enough facts with long sentences that every spool outgrows memory and spills.
FactSheet big_sheet() {
  FactSheet sheet = test::sample_sheet(true);
  ArticleRecord article = sheet.articles[1];
  article.id = "005_big";
  sheet.articles.push_back(article);
  Fact model = sheet.facts[0];
  model.article = article.id;
  QuantityRecord quantity = sheet.quantities[0];
  quantity.article = article.id;
  std::string sentence;
  while (sentence.size() < 1500) sentence += "Hiện tỉnh có 9 KCN được thành lập với tổng diện tích 1.967 ha. ";
  for (int n = 0; n < 2000; ++n) {
    Fact f = model;
    f.id = article.id + "#" + std::to_string(n + 1);
    f.value = n * 1.5;
    f.sentence = sentence + std::to_string(n);
    sheet.facts.push_back(f);
    QuantityRecord q = quantity;
    q.quantity.value = n / 7.0;
    q.text = sentence.substr(0, 300);
    sheet.quantities.push_back(q);
  }
  return sheet;
}

}  // namespace

TEST_CASE("spool: what was appended comes back in order, from memory or from disk", "[report][stream]") {
  std::string dir = fresh_dir();
  {
    report::Spool spool(dir, 64);
    std::string expected;
    for (int i = 0; i < 1000; ++i) {
      std::string piece = "record " + std::to_string(i) + (i % 7 == 0 ? std::string("\0\n", 2) : "\n");
      spool.buffer() += piece;
      expected += piece;
      spool.spill_if_full();
    }
    CHECK(spool.size() == expected.size());
    CHECK(files_in(dir) == 0);  // the spill file is unlinked as soon as it is made
    std::ostringstream out;
    spool.copy_to(out);
    CHECK(out.str() == expected);
    // Appending after a copy goes on at the end, and a second copy gives everything.
    spool.buffer() += std::string(200, 'x');
    spool.spill_if_full();
    expected += std::string(200, 'x');
    std::ostringstream again;
    spool.copy_to(again);
    CHECK(again.str() == expected);
  }
  CHECK(files_in(dir) == 0);
  fs::remove_all(dir);

  const std::string small_dir = fresh_dir();
  {
    report::Spool small(small_dir);
    CHECK(small.empty());
    small.buffer() += "in memory";
    small.spill_if_full();
    std::ostringstream out;
    small.copy_to(out);
    CHECK(out.str() == "in memory");
  }
  fs::remove_all(small_dir);
}

TEST_CASE("spool: a folder that cannot hold the file is an error naming it", "[report][stream]") {
  report::Spool spool("/proc/no/such/dir", 1);
  spool.buffer() += "xx";
  CHECK_THROWS_WITH(spool.spill_if_full(), Catch::Contains("/proc/no/such/dir"));
}

TEST_CASE("stream: article by article gives the bytes of the whole sheet", "[report][stream]") {
  for (bool checked : {false, true}) {
    FactSheet sheet = test::sample_sheet(checked);
    CHECK(streamed(sheet, Format::json) == whole(sheet, Format::json));
    CHECK(streamed(sheet, Format::jsonl) == whole(sheet, Format::jsonl));
  }
  FactSheet sheet = test::sample_sheet(false);
  CHECK(streamed(sheet, Format::text) == whole(sheet, Format::text));
  FactSheet empty;
  CHECK(streamed(empty, Format::text) == whole(empty, Format::text));
  CHECK(streamed(empty, Format::json) == whole(empty, Format::json));
}

TEST_CASE("stream: spilled spools give the tree reference's bytes and leave no file", "[report][stream]") {
  std::string dir = fresh_dir();
  FactSheet sheet = big_sheet();
  std::string json = streamed(sheet, Format::json, dir);
  CHECK(json.size() > (size_t{3} << 20));  // more than a spool keeps in memory
  CHECK(json == test::tree::json(sheet));
  CHECK(streamed(sheet, Format::jsonl, dir) == test::tree::jsonl(sheet));
  CHECK(files_in(dir) == 0);
  fs::remove_all(dir);
}

TEST_CASE("stream: SARIF needs the whole sheet", "[report][stream]") {
  std::ostringstream out;
  CHECK_THROWS(SheetStream(out, Format::sarif, ReportOptions{}));
}
