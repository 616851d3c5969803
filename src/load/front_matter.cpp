// front_matter: a line reader for the `---` block, deliberately not a YAML parser: scrapers
// write flat `key: value` lines, and a YAML library would accept (and misread) far more.
// Tested by tests/load/test_front_matter.cpp.
#include "load/front_matter.hpp"

#include <charconv>

namespace solieu {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Next line of source from pos, without its line ending; advances pos past the ending.
std::optional<std::string_view> next_line(std::string_view source, size_t& pos) {
  if (pos >= source.size()) return std::nullopt;
  size_t end = source.find_first_of("\r\n", pos);
  std::string_view line = source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  if (end == std::string_view::npos) {
    pos = source.size();
  } else {
    pos = end + ((source[end] == '\r' && end + 1 < source.size() && source[end + 1] == '\n') ? 2 : 1);
  }
  return line;
}

std::string unquote(std::string_view v) {
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') || (v.front() == '\'' && v.back() == '\''))) {
    char q = v.front();
    std::string out;
    v = v.substr(1, v.size() - 2);
    for (size_t i = 0; i < v.size(); ++i) {
      // YAML escapes: \" and \\ inside double quotes, '' inside single quotes.
      if (q == '"' && v[i] == '\\' && i + 1 < v.size()) {
        out += v[++i];
      } else if (q == '\'' && v[i] == '\'' && i + 1 < v.size() && v[i + 1] == '\'') {
        out += v[++i];
      } else {
        out += v[i];
      }
    }
    return out;
  }
  return std::string(v);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<std::string> make_date(int year, int month, int day) {
  char buf[16];
  if (year < 1000 || year > 9999) return std::nullopt;
  if (month == 0) {
    std::to_chars(buf, buf + sizeof buf, year);
    return std::string(buf, 4);
  }
  if (month < 1 || month > 12) return std::nullopt;
  std::string out = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
  if (day == 0) return out;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return out + (day < 10 ? "-0" : "-") + std::to_string(day);
}

}  // namespace

std::optional<std::string> parse_article_date(std::string_view value) {
  std::string_view v = trim(value);
  // An ISO date-time keeps its date: the time of day is not a fact solieu dates anything by.
  if (v.size() > 10 && (v[10] == 'T' || v[10] == ' ') && v[4] == '-') v = v.substr(0, 10);
  if (v.size() == 4 && all_digits(v)) return make_date(to_int(v), 0, 0);
  if (v.size() == 7 && v[4] == '-' && all_digits(v.substr(0, 4)) && all_digits(v.substr(5)))
    return make_date(to_int(v.substr(0, 4)), to_int(v.substr(5)), 0);
  if (v.size() == 10 && v[4] == '-' && v[7] == '-' && all_digits(v.substr(0, 4)) && all_digits(v.substr(5, 2)) &&
      all_digits(v.substr(8)))
    return make_date(to_int(v.substr(0, 4)), to_int(v.substr(5, 2)), to_int(v.substr(8)));
  // Vietnamese order: day/month/year ("22/07/2021", "2/8/2022"), also with dots or dashes.
  size_t a = v.find_first_of("/.-");
  if (a == std::string_view::npos) return std::nullopt;
  size_t b = v.find(v[a], a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  std::string_view d = v.substr(0, a), m = v.substr(a + 1, b - a - 1), y = v.substr(b + 1);
  if (d.size() > 2 || m.size() > 2 || y.size() != 4 || !all_digits(d) || !all_digits(m) || !all_digits(y))
    return std::nullopt;
  int day = to_int(d), month = to_int(m);
  if (day == 0 || month == 0) return std::nullopt;
  return make_date(to_int(y), month, day);
}

std::optional<FrontMatter> read_front_matter(std::string_view source, uint32_t from) {
  size_t pos = from;
  auto first = next_line(source, pos);
  if (!first || trim(*first) != "---" || first->substr(0, 3) != "---") return std::nullopt;
  FrontMatter fm;
  while (auto line = next_line(source, pos)) {
    std::string_view t = trim(*line);
    if ((t == "---" || t == "...") && line->substr(0, 3) == t) {
      fm.body_start = static_cast<uint32_t>(pos);
      return fm;
    }
    if (t.empty() || t.front() == '#') continue;  // blank lines and YAML comments
    size_t colon = t.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;  // not `key: value`; skipped
    std::string_view key = trim(t.substr(0, colon));
    std::string_view value = trim(t.substr(colon + 1));
    fm.entries.emplace_back(std::string(key), unquote(value));
  }
  return std::nullopt;  // never closed: the "---" was a rule in the text, not front matter
}

}  // namespace solieu
