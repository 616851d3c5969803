// Tests for the articles.json sidecar: fills what front matter leaves, errors for the manifest.
#include <catch2/catch.hpp>

#include "load/temp_dir.hpp"
#include "solieu/load.hpp"

using namespace solieu;

TEST_CASE("the manifest dates and titles files without front matter", "[manifest]") {
  test::TempDir dir;
  std::string a = dir.write("a.txt", "Tỉnh Bắc Giang hiện có 6 KCN.\n");
  std::string b = dir.write("b.txt", "---\ndate: 2023-08-22\n---\nHiện có 9 KCN.\n");
  dir.write("articles.json",
            "// dates from the scraper log\n"
            "{\"a.txt\": {\"date\": \"22/07/2021\", \"title\": \"Sáu KCN\", \"source\": \"https://x.vn/a\"},\n"
            " \"b.txt\": {\"date\": \"2020-01-01\", \"title\": \"Chín KCN\"}}\n");
  LoadResult ra = load_article(a, {});
  REQUIRE(ra.article);
  CHECK(ra.article->date == "2021-07-22");
  CHECK(ra.article->date_source == DateSource::front_matter);
  CHECK(ra.article->title == "Sáu KCN");
  CHECK(ra.article->url == "https://x.vn/a");
  LoadResult rb = load_article(b, {});
  REQUIRE(rb.article);
  CHECK(rb.article->date == "2023-08-22");  // front matter wins
  CHECK(rb.article->title == "Chín KCN");   // the manifest fills what front matter lacks
  std::vector<InputError> errors;
  CHECK(list_inputs({dir.str()}, {}, errors) == std::vector<std::string>{a, b});
  CHECK(errors.empty());
}

TEST_CASE("a malformed manifest is an error for the manifest, and the articles still load", "[manifest]") {
  test::TempDir dir;
  std::string a = dir.write("a.txt", "Hiện có 9 KCN.\n");
  dir.write("articles.json", "{\n  \"a.txt\": {\"date\": 2023}\n}\n");
  std::vector<InputError> errors;
  auto files = list_inputs({dir.str()}, {}, errors);
  CHECK(files == std::vector<std::string>{a});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == dir / "articles.json");
  CHECK(errors[0].message == "2:3: \"a.txt\".date must be a string");
  LoadResult r = load_article(a, {});
  REQUIRE(r.article);
  CHECK(r.article->date.empty());
}

TEST_CASE("a manifest with a JSON syntax error names line and column", "[manifest]") {
  test::TempDir dir;
  dir.write("a.txt", "Hiện có 9 KCN.\n");
  dir.write("articles.json", "{\"a.txt\": {\"date\": \"2023\",}\n");
  std::vector<InputError> errors;
  list_inputs({dir.str()}, {}, errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.rfind("1:", 0) == 0);
}
