#pragma once
// calendar: a possibly partial calendar date -> ISO text, validity, first and last day.
// Takes year/month/day or a quarter or half, any of them unknown (0); gives "2023-08-20",
// "2023-08", "2021-Q2", "2024-H1", "2023", or year-less "--08-20", "--08", "--Q2", "--H1".
// A year-less form says "the year was not stated and no article date gave it": never a guess.
// Tested by tests/dates/test_calendar.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace solieu::dates {

struct CalDate {
  int year = 0;  // 0: unknown
  int month = 0;
  int day = 0;
  int quarter = 0;  // 1..4 when the date is a quarter
  int half = 0;     // 1..2 when the date is a half-year

  bool has_year() const { return year != 0; }
  bool empty() const { return !year && !month && !day && !quarter && !half; }
  // First and last month the date covers (1..12).
  int first_month() const;
  int last_month() const;
  // (year, month, day) of its first and last day; year 0 when unknown.
  std::tuple<int, int, int> first_day() const;
  std::tuple<int, int, int> last_day() const;
  // "2023-08-20", "--08", "2021-Q2", ... or "" when nothing is known.
  std::string iso() const;
};

bool is_leap(int year);
int days_in_month(int year, int month);  // year 0: February has 29
bool valid_day(int year, int month, int day);
// A plausible calendar year as written in the news: 1900..2100.
bool plausible_year(int year);

// "2023-08-22", "2023-08", "2023" (article dates) -> CalDate; nullopt for anything else.
std::optional<CalDate> parse_iso(std::string_view text);

// Plain ASCII digits -> value; nullopt for anything else or more than 9 digits.
std::optional<int> parse_digits(std::string_view text);

}  // namespace solieu::dates
