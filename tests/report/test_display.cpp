// Display widths and source windows (src/report/display.cpp).
#include <catch2/catch.hpp>

#include "report/display.hpp"

using namespace solieu::report;

TEST_CASE("display: Vietnamese letters are one column, combining marks none, CJK two", "[report][display]") {
  CHECK(code_points("Bắc Giang") == 9);
  CHECK(display_width("Bắc Giang") == 9);
  // "ế" decomposed: e + U+0302 + U+0301, three code points drawn as one column.
  CHECK(code_points("e\xCC\x82\xCC\x81") == 3);
  CHECK(display_width("e\xCC\x82\xCC\x81") == 1);
  CHECK(display_width("越南") == 4);
  CHECK(display_width("a\tb") == 3);
  CHECK(pad("Bắc", 5) == "Bắc  ");
  CHECK(clip("Khu công nghiệp Quang Châu", 10) == "Khu công …");
  CHECK(display_width(clip("Khu công nghiệp Quang Châu", 10)) == 10);
}

TEST_CASE("display: short lines shown whole, caret at the figure's display column", "[report][display]") {
  std::string line = "Hiện tỉnh có 9 KCN được thành lập";
  Excerpt e = excerpt(line, 14, 5);
  CHECK(e.text == line);
  CHECK(e.caret_at == 13);
  CHECK(e.caret_width == 5);
}

TEST_CASE("display: long lines cut to a window around the figure", "[report][display]") {
  std::string before(150, 'x');
  std::string after(150, 'y');
  std::string line = before + "1.967 ha" + after;
  Excerpt e = excerpt(line, 151, 8, 100);
  CHECK(display_width(e.text) <= 102);  // the window and its two ellipses
  CHECK(e.text.rfind("…", 0) == 0);
  CHECK(e.text.size() >= 3);
  CHECK(e.text.substr(e.text.size() - 3) == "…");
  // The caret still points at the figure inside the window.
  auto all = cells(e.text);
  std::string under;
  int column = 0;
  for (const auto& cell : all) {
    if (column >= e.caret_at && column < e.caret_at + e.caret_width) under += cell.bytes;
    column += cell.width;
  }
  CHECK(under == "1.967 ha");
}

TEST_CASE("display: positions outside the line never crash and still give a caret", "[report][display]") {
  Excerpt past = excerpt("ngắn", 40, 3);
  CHECK(past.text == "ngắn");
  CHECK(past.caret_at == 4);
  CHECK(past.caret_width == 1);
  Excerpt zero = excerpt("", 0, 0);
  CHECK(zero.text.empty());
  CHECK(zero.caret_at == 0);
  CHECK(zero.caret_width == 1);
  Excerpt invalid = excerpt(
      "a\xFF"
      "b 9 KCN",
      5, 5);
  CHECK(invalid.text ==
        "a\xEF\xBF\xBD"
        "b 9 KCN");
  CHECK(invalid.caret_at == 4);
}
