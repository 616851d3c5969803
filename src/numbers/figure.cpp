// figure: digits with Vietnamese (or English) separators -> value, decimals.
// Tested by tests/numbers/figure_test.cpp and tests/numbers/reference_test.cpp.
#include "numbers/figure.hpp"

#include <string>
#include <vector>

namespace solieu::numbers {
namespace {

struct Group {
  std::string_view digits;
  char separator_before = 0;  // '.' or ',' before this group; 0 for the first
};

bool all_three(const std::vector<Group>& groups, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k)
    if (groups[k].digits.size() != 3) return false;
  return true;
}

// Value of integer digits followed by fraction digits, computed exactly as one decimal string
// would be, so that "311.986,8" gives the double closest to 311986.8.
double decimal_value(const std::string& integer, const std::string& fraction) {
  std::string text = integer.empty() ? "0" : integer;
  if (!fraction.empty()) text += "." + fraction;
  return std::stod(text);
}

}  // namespace

std::optional<Figure> parse_figure(std::string_view s) {
  std::vector<Group> groups;
  size_t i = 0;
  char sep = 0;
  while (i <= s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i) return std::nullopt;  // empty group: "1..2", trailing mark, not digits
    groups.push_back({s.substr(i, j - i), sep});
    if (j == s.size()) break;
    if (s[j] != '.' && s[j] != ',') return std::nullopt;
    sep = s[j];
    i = j + 1;
  }
  if (groups.empty() || groups.size() > 8) return std::nullopt;

  // Which separator is the decimal mark, if any, and where the fraction starts.
  size_t n = groups.size();
  size_t dots = 0, commas = 0;
  for (size_t k = 1; k < n; ++k) (groups[k].separator_before == '.' ? dots : commas) += 1;
  size_t fraction_group = n;  // index of the group after the decimal mark; n = none
  if (dots && commas) {
    char last = groups[n - 1].separator_before;
    for (size_t k = 1; k + 1 < n; ++k)
      if (groups[k].separator_before == last) return std::nullopt;  // "1,234.5,6"
    if (!all_three(groups, 1, n - 1)) return std::nullopt;
    fraction_group = n - 1;
  } else if (dots) {
    if (all_three(groups, 1, n)) {
      fraction_group = n;
    } else if (n == 2) {
      fraction_group = 1;  // "1.5": an English decimal
    } else {
      return std::nullopt;
    }
  } else if (commas) {
    if (n == 2) {
      fraction_group = 1;
    } else if (all_three(groups, 1, n)) {
      fraction_group = n;
    } else {
      return std::nullopt;
    }
  }
  // Thousands groups need a first group of one to three digits ("1460.000" is no figure).
  if (fraction_group > 1 && groups[0].digits.size() > 3) return std::nullopt;
  std::string integer, fraction;
  for (size_t k = 0; k < n; ++k) (k < fraction_group ? integer : fraction) += groups[k].digits;
  // "0204", "09", "0204.3854": a leading zero marks a code, a phone number or a clock; only a
  // decimal comma keeps it a figure ("01,10" = 1,1).
  bool comma_decimal = fraction_group < n && groups[fraction_group].separator_before == ',';
  if (integer.size() > 1 && integer[0] == '0' && !comma_decimal) return std::nullopt;
  if (integer.size() > 18) return std::nullopt;
  Figure f;
  f.value = decimal_value(integer, fraction);
  f.decimals = static_cast<int>(fraction.size());
  return f;
}

std::optional<Figure> parse_padded_count(std::string_view digits) {
  if (digits.size() < 2 || digits.size() > 3 || digits[0] != '0') return std::nullopt;
  double value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value == 0) return std::nullopt;
  return Figure{value, 0};
}

}  // namespace solieu::numbers
