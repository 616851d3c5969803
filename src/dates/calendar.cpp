// calendar: partial dates and their ISO spellings. Tested by tests/dates/test_calendar.cpp.
#include "dates/calendar.hpp"

namespace solieu::dates {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == 0 || is_leap(year))) return 29;
  return days[month - 1];
}

bool valid_day(int year, int month, int day) { return day >= 1 && day <= days_in_month(year, month); }

bool plausible_year(int year) { return year >= 1900 && year <= 2100; }

int CalDate::first_month() const {
  if (month) return month;
  if (quarter) return 3 * (quarter - 1) + 1;
  if (half) return 6 * (half - 1) + 1;
  return 1;
}

int CalDate::last_month() const {
  if (month) return month;
  if (quarter) return 3 * quarter;
  if (half) return 6 * half;
  return 12;
}

std::tuple<int, int, int> CalDate::first_day() const { return {year, first_month(), day ? day : 1}; }

std::tuple<int, int, int> CalDate::last_day() const {
  int m = last_month();
  return {year, m, day ? day : days_in_month(year, m)};
}

namespace {

// v in decimal, zero-padded to `width` characters with the sign counted, as "{:0Nd}" spells it.
// By hand: iso() runs for every time expression, and formatting it went through fmt's parser.
void append_padded(std::string& out, int v, size_t width) {
  long long n = v;
  if (n < 0) {
    out += '-';
    n = -n;
    width = width > 0 ? width - 1 : 0;
  }
  char digits[24];
  size_t len = 0;
  do {
    digits[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  if (len < width) out.append(width - len, '0');
  while (len) out += digits[--len];
}

}  // namespace

std::string CalDate::iso() const {
  std::string out;
  if (!year && !month && !quarter && !half) return out;
  if (year)
    append_padded(out, year, 4);
  else
    out = "-";
  if (month) {
    out += '-';
    append_padded(out, month, 2);
    if (day) {
      out += '-';
      append_padded(out, day, 2);
    }
  } else if (quarter) {
    out += "-Q";
    append_padded(out, quarter, 0);
  } else if (half) {
    out += "-H";
    append_padded(out, half, 0);
  }
  return out;
}

std::optional<int> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<CalDate> parse_iso(std::string_view text) {
  CalDate d;
  if (text.size() < 4) return std::nullopt;
  auto y = parse_digits(text.substr(0, 4));
  if (!y || !plausible_year(*y)) return std::nullopt;
  d.year = *y;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  auto m = parse_digits(text.substr(5, 2));
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  d.month = *m;
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  auto day = parse_digits(text.substr(8, 2));
  if (!day || !valid_day(d.year, d.month, *day)) return std::nullopt;
  d.day = *day;
  return d;
}

}  // namespace solieu::dates
