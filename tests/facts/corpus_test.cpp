// The fact corpus (tests/corpus/facts.tsv): sentences of many shapes, provinces and years, each
// with the facts it must give. One test runs every row, prints every failing one, then fails.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>

#include "corpus_file.hpp"
#include "solieu/fact.hpp"

using namespace solieu;

namespace {

const Resources& resources() {
  static const Resources r = Resources::load(SOLIEU_DATA_DIR);
  return r;
}

using test::split;

std::string spaces(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

std::string describe(const Fact& f) {
  std::ostringstream o;
  o << f.metric << ' ' << f.subject << ' ' << (f.status.empty() ? "-" : f.status) << ' ' << f.value << " @"
    << (f.as_of.empty() ? "-" : f.as_of) << " in=" << f.place << " unit=" << f.unit << " approx=" << to_string(f.approx)
    << (f.zone.empty() ? "" : " zone=" + f.zone) << (f.qualifier.empty() ? "" : " q=" + f.qualifier)
    << (f.part_of.empty() ? "" : " part") << (f.listed.empty() ? "" : " list=" + std::to_string(f.listed.size()))
    << (f.whole > 0 ? " whole=" + std::to_string(f.whole) : "") << (f.malformed ? " malformed" : "");
  return o.str();
}

// "" when the fact matches the expectation, else what differs.
std::string mismatch(const Fact& f, const std::string& expected) {
  auto words = split(expected, " ");
  std::vector<std::string> w;
  for (auto& x : words)
    if (!x.empty()) w.push_back(x);
  if (w.size() < 4) return "bad expectation";
  if (f.metric != w[0]) return "metric";
  if (f.subject != w[1]) return "subject";
  if ((f.status.empty() ? "-" : f.status) != w[2]) return "status";
  double v = std::stod(w[3]);
  if (std::fabs(f.value - v) > std::fabs(v) * 1e-9) return "value";
  for (size_t i = 4; i < w.size(); ++i) {
    const std::string& x = w[i];
    auto eq = x.find('=');
    std::string key = eq == std::string::npos ? x : x.substr(0, eq);
    std::string val = eq == std::string::npos ? "" : spaces(x.substr(eq + 1));
    if (x[0] == '@') {
      std::string as_of = x.substr(1);
      if ((f.as_of.empty() ? "-" : f.as_of) != as_of) return "as_of";
    } else if (key == "in") {
      if (f.place != val) return "place";
    } else if (key == "zone") {
      if (f.zone != val) return "zone";
    } else if (key == "q") {
      if (f.qualifier != val) return "qualifier";
    } else if (key == "unit") {
      if (f.unit != val) return "unit";
    } else if (key == "approx") {
      if (to_string(f.approx) != val) return "approx";
    } else if (key == "part") {
      if (f.part_of.empty()) return "part_of";
    } else if (key == "list") {
      if (f.listed.size() != std::stoul(val)) return "listed";
    } else if (key == "whole") {
      if (f.whole != std::stod(val)) return "whole";
    } else if (key == "malformed") {
      if (!f.malformed) return "malformed";
    } else {
      return "unknown extra " + key;
    }
  }
  return "";
}

}  // namespace

TEST_CASE("facts corpus", "[facts][corpus]") {
  int rows = 0, failed = 0;
  std::ostringstream report;
  for (const auto& row : test::read_corpus("facts.tsv")) {
    ++rows;
    const auto& cols = row.cells;
    const int n = row.line;
    REQUIRE(cols.size() >= 2);
    // "\n" written in a row is a line break: bullets and paragraphs fit on one corpus line.
    std::string body;
    for (size_t i = 0; i < cols[1].size(); ++i) {
      if (cols[1][i] == '\\' && i + 1 < cols[1].size() && cols[1][i + 1] == 'n') {
        body += '\n';
        ++i;
      } else {
        body += cols[1][i];
      }
    }
    std::string text = cols[0] == "-" ? body : "---\ndate: " + cols[0] + "\n---\n" + body;
    LoadResult loaded = decode_article("corpus.txt", text, {});
    REQUIRE(loaded.article);
    Extraction x = extract(*loaded.article, resources());
    std::vector<std::string> expected;
    if (cols.size() > 2 && !cols[2].empty()) expected = split(cols[2], " ¦ ");
    std::string problem;
    if (x.facts.size() != expected.size())
      problem = "fact count " + std::to_string(x.facts.size()) + " != " + std::to_string(expected.size());
    for (size_t i = 0; problem.empty() && i < expected.size(); ++i) {
      std::string why = mismatch(x.facts[i], expected[i]);
      if (!why.empty()) problem = "fact " + std::to_string(i + 1) + ": " + why;
    }
    if (!problem.empty()) {
      ++failed;
      std::string got;
      for (const auto& f : x.facts) got += "\n      " + describe(f);
      report << "facts.tsv:" << n << ": " << problem << "\n   text: " << body
             << "\n   expected: " << (cols.size() > 2 ? cols[2] : "") << "\n   got:" << got << "\n";
    }
  }
  INFO(report.str());
  CHECK(failed == 0);
  CHECK(rows >= 50);
}

TEST_CASE("fact text is the source bytes between its start and end", "[facts]") {
  std::string text = "---\ndate: 2023-08-22\n---\r\nHiện tỉnh có 9 KCN được thành lập với tổng diện tích 1.967 ha.\r\n";
  LoadResult loaded = decode_article("a.txt", text, {});
  REQUIRE(loaded.article);
  Extraction x = extract(*loaded.article, resources());
  REQUIRE(x.facts.size() == 2);
  for (const auto& f : x.facts) {
    CHECK(text.substr(f.at.start, f.at.end - f.at.start) == f.text);
    CHECK(f.at.line == 4);
  }
  CHECK(x.facts[1].text == "1.967 ha");
  CHECK(x.facts[1].at.column == 54);
  CHECK(x.facts[0].id == "a#1");
  CHECK(x.facts[1].sentence.rfind("Hiện tỉnh có 9 KCN", 0) == 0);
  for (const auto& q : x.quantities) CHECK(text.substr(q.at.start, q.at.end - q.at.start) == q.text);
}
