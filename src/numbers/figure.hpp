#pragma once
// figure: the digits of one number token -> value and written precision.
// Vietnamese writes "1.460" for 1460 and "75,6" for 75.6; English-style "1,234.5" also occurs in
// copied tables. Decisions for shapes that could be either:
//   - a dot followed by exactly three digits groups thousands ("1.460" = 1460, "2.200.000");
//   - one dot followed by other than three digits is an English decimal ("1.5" = 1.5);
//   - one comma is always the decimal mark ("1,460" = 1.46, "1,10" = 1.1), as Vietnamese writes it;
//   - several commas grouping by three are English thousands ("1,000,000");
//   - both marks: the last one is the decimal mark, the other must group by three ("311.986,8");
//   - anything else ("0204.3854", "1.2.3", a leading zero without a decimal comma) is an identifier.
// Tested by tests/numbers/figure_test.cpp and the reference reader in tests/numbers/reference_test.cpp.
#include <optional>
#include <string_view>

namespace solieu::numbers {

struct Figure {
  double value = 0;
  int decimals = 0;  // digits written after the decimal mark
};

// The figure written by `digits` (ASCII digits with '.'/','), or nullopt when it is an identifier.
std::optional<Figure> parse_figure(std::string_view digits);

// "01", "07", "012": a small count padded with a zero, as administrative writing pads counts of
// zones, projects and firms ("01 KCN", "03 dự án"). parse_figure calls these identifiers; only
// the caller knows whether a counted noun follows, which makes them counts. Nullopt for any other
// shape, for "00" and for more than three digits (a phone number or a code stays one).
std::optional<Figure> parse_padded_count(std::string_view digits);

}  // namespace solieu::numbers
