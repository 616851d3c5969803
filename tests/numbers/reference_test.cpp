// reference_test: a slow, obvious reader of plain Vietnamese figures, compared with the grammar
// on generated numbers. The reference knows one convention only (dots group thousands, the comma
// is the decimal mark), which is all the formatter below writes.
#include <catch2/catch.hpp>
#include <string>

#include "numbers/figure.hpp"
#include "numbers/pipeline.hpp"

using namespace solieu;
using namespace solieu::test;

namespace {

// Drop every dot, turn the comma into a point, let the C library read it.
double reference_read(const std::string& vietnamese) {
  std::string plain;
  for (char c : vietnamese) {
    if (c == '.') continue;
    plain += c == ',' ? '.' : c;
  }
  return std::stod(plain);
}

// 1234567 with fraction "05" -> "1.234.567,05".
std::string format_vietnamese(long long whole, const std::string& fraction) {
  std::string digits = std::to_string(whole);
  std::string out;
  for (size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += '.';
    out += digits[k];
  }
  if (!fraction.empty()) out += "," + fraction;
  return out;
}

}  // namespace

TEST_CASE("reference: generated Vietnamese figures read back to the same value", "[reference]") {
  long long whole = GENERATE(take(300, random(0LL, 999999999999LL)));
  int decimals = static_cast<int>(whole % 4);
  // Fraction digits derived from the number so that each case is reproducible from its value.
  std::string fraction;
  for (int k = 0; k < decimals; ++k) fraction += static_cast<char>('0' + (whole / (k + 3)) % 10);
  // "1,460" style (one comma, three decimals) is valid; thousands dots with three decimals too.
  std::string text = format_vietnamese(whole, fraction);
  INFO(text);
  double expected = reference_read(text);

  auto figure = numbers::parse_figure(text);
  REQUIRE(figure);
  CHECK(same_value(figure->value, expected));
  CHECK(figure->decimals == decimals);

  Read r = read_phrase("đạt " + text + " ha");
  REQUIRE(r.quantities.size() == 1);
  CHECK(same_value(r.quantities[0].value, expected));
  CHECK(r.quantities[0].unit == "ha");
  CHECK(r.quantities[0].low <= expected);
  CHECK(r.quantities[0].high >= expected);
}

TEST_CASE("reference: small whole numbers in words equal their digits", "[reference]") {
  // The obvious reading of 0..999 in words, built the textbook way, against the grammar.
  static const char* units[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
  int n = GENERATE(range(1, 1000));
  std::string words;
  int h = n / 100, t = (n / 10) % 10, u = n % 10;
  if (h) words = std::string(units[h]) + " trăm";
  if (t == 0 && u && h) words += " linh " + std::string(units[u]);
  if (t == 1)
    words += std::string(words.empty() ? "" : " ") + "mười" + (u ? std::string(" ") + (u == 5 ? "lăm" : units[u]) : "");
  if (t > 1) {
    words += std::string(words.empty() ? "" : " ") + units[t] + " mươi";
    if (u) words += std::string(" ") + (u == 1 ? "mốt" : u == 5 ? "lăm" : units[u]);
  }
  if (!h && !t) words = units[u];
  INFO(words);
  Read r = read_phrase(words + " dự án");
  REQUIRE(r.quantities.size() == 1);
  CHECK(r.quantities[0].value == n);
  CHECK(r.quantities[0].unit == "project");
}
