// Tests for front matter: keys, meta order, quoted values, date forms, unterminated blocks.
#include <catch2/catch.hpp>

#include "load/front_matter.hpp"
#include "solieu/load.hpp"

using namespace solieu;

namespace {

LoadResult decode(std::string bytes) { return decode_article("a.txt", std::move(bytes), {}); }

}  // namespace

TEST_CASE("known keys and meta in file order", "[front_matter]") {
  std::string text =
      "---\n"
      "title: Bắc Giang thu hút hơn 1 tỷ USD vốn đầu tư trong 8 tháng\n"
      "author: Minh Châu\n"
      "date: 2022-08-23\n"
      "source: https://example.vn/bai-viet.htm\n"
      "tags: \"KCN, FDI\"\n"
      "---\n"
      "Tỉnh Bắc Giang hiện có 6 KCN.\n";
  LoadResult r = decode(text);
  REQUIRE(r.article);
  const Article& a = *r.article;
  CHECK(a.title == "Bắc Giang thu hút hơn 1 tỷ USD vốn đầu tư trong 8 tháng");
  CHECK(a.date == "2022-08-23");
  CHECK(a.date_source == DateSource::front_matter);
  CHECK(a.url == "https://example.vn/bai-viet.htm");
  REQUIRE(a.meta.size() == 2);
  CHECK(a.meta[0] == std::make_pair(std::string("author"), std::string("Minh Châu")));
  CHECK(a.meta[1] == std::make_pair(std::string("tags"), std::string("KCN, FDI")));
  CHECK(a.body_start == text.find("Tỉnh"));
  CHECK(a.source == text);  // front matter stays in the source: offsets count from byte 0
}

TEST_CASE("date forms: year, month, day, Vietnamese order, date-time", "[front_matter]") {
  CHECK(parse_article_date("2023") == "2023");
  CHECK(parse_article_date("2023-08") == "2023-08");
  CHECK(parse_article_date("2023-08-22") == "2023-08-22");
  CHECK(parse_article_date("22/07/2021") == "2021-07-22");
  CHECK(parse_article_date("2/8/2022") == "2022-08-02");
  CHECK(parse_article_date("2022-08-23T09:03:00+07:00") == "2022-08-23");
  CHECK(parse_article_date(" 2024-02-29 ") == "2024-02-29");
  CHECK_FALSE(parse_article_date("2023-02-29"));
  CHECK_FALSE(parse_article_date("2023-13"));
  CHECK_FALSE(parse_article_date("32/01/2021"));
  CHECK_FALSE(parse_article_date("hôm qua"));
  CHECK_FALSE(parse_article_date(""));
}

TEST_CASE("an invalid date is a warning and is ignored", "[front_matter]") {
  LoadResult r = decode("---\ndate: 31/02/2022\ntitle: 'Tin ''nóng'''\n---\nNội dung\n");
  REQUIRE(r.article);
  CHECK(r.article->date.empty());
  CHECK(r.article->date_source == DateSource::none);
  CHECK(r.article->title == "Tin 'nóng'");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("\"31/02/2022\" is not a date") != std::string::npos);
}

TEST_CASE("front matter after a BOM, with CRLF, closed by '...'", "[front_matter]") {
  std::string text = "\xEF\xBB\xBF---\r\nDate: \"22/08/2023\"\r\n# a comment\r\n\r\n...\r\nBody";
  LoadResult r = decode(text);
  REQUIRE(r.article);
  CHECK(r.article->date == "2023-08-22");
  CHECK(r.article->body_start == text.find("Body"));
  CHECK(r.article->encoding == "UTF-8 BOM");
}

TEST_CASE("unterminated front matter is ordinary text", "[front_matter]") {
  std::string text = "---\ntitle: x\nTỉnh Bắc Giang hiện có 6 KCN.\n";
  LoadResult r = decode(text);
  REQUIRE(r.article);
  CHECK(r.article->body_start == 0);
  CHECK(r.article->title.empty());
  CHECK(r.article->meta.empty());
}

TEST_CASE("a '---' that is not on the first line is not front matter", "[front_matter]") {
  LoadResult r = decode("Tiêu đề\n---\ndate: 2022\n---\nBody\n");
  REQUIRE(r.article);
  CHECK(r.article->body_start == 0);
  CHECK(r.article->date.empty());
  CHECK_FALSE(read_front_matter("----\na: b\n---\n", 0));
}
