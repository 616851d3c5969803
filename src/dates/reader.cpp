// reader: the date grammar. A left-to-right scan over the sentence's syllables: at each place
// the composite shapes are tried first ("từ X đến Y", "tính đến X", "tầm nhìn X", "đến X"),
// then the words of now, then a single time ("atom": day, month, quarter, half, year, range).
// Cue words come from data/dates.json; only the shapes live here.
// Tested by tests/corpus/dates.tsv and dates.negative.tsv.
#include "dates/reader.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace solieu::dates {

namespace {

constexpr size_t npos = static_cast<size_t>(-1);

struct Atom {
  CalDate d;     // the time; for a range or a span of months, its end
  CalDate from;  // start of a range or span of months
  bool has_from = false;
  TimeKind kind = TimeKind::point;  // point, period (ranges, spans), now ("sáu tháng qua")
  bool year_start = false;          // "đầu năm": as a period's start, the first day
  size_t end = 0;                   // one past its last item
};

struct YearTail {
  int year = 0;  // 0: said relatively ("năm nay") with no article date to resolve it
  size_t end = 0;
};

// A key cut at a separator. Every shape asks for two or three parts, so four are kept and the
// rest only counted: splitting never allocates, and it runs on every figure of a sentence.
class Parts {
 public:
  size_t size() const { return n_; }
  std::string_view operator[](size_t i) const { return at_[i]; }
  void push_back(std::string_view part) {
    if (n_ < at_.size()) at_[n_] = part;
    ++n_;
  }

 private:
  std::array<std::string_view, 4> at_;
  size_t n_ = 0;
};

Parts split(std::string_view s, char sep) {
  Parts out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    std::string_view part = s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    out.push_back(part);
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

// (y, m, d) tuples compare in calendar order; a year-less date never compares as later.
bool later(const std::tuple<int, int, int>& a, const std::tuple<int, int, int>& b) { return a > b; }

class Reader {
 public:
  // `sets`: scratch space, reused from sentence to sentence.
  Reader(const DateData& data, const TokenizedText& tokens, const NormalizedText& text, uint32_t first, uint32_t end,
         const std::optional<CalDate>& article, std::vector<uint64_t>& sets)
      : data_(data), tokens_(tokens), article_(article), keys_(tokens, text, first, end), sets_(sets) {
    sets_.resize(keys_.size());
    for (size_t k = 0; k < keys_.size(); ++k) sets_[k] = data_.first_sets(keys_.hash(k));
  }

  std::vector<TimeExpr> run() {
    std::vector<TimeExpr> out;
    size_t suppress_at = npos;
    size_t i = 0;
    while (i < keys_.size()) {
      // Most syllables start no time: no phrase opens with them and they are no figure.
      const bool opens = sets_[i] & data_.openers;
      if (!opens && !is_figure(i)) {
        ++i;
        continue;
      }
      if (opens) {
        if (size_t len = match(data_.comparison_cues, i)) {
          // "so với năm 2022", "(giá so sánh 2010)": a base of comparison dates nothing.
          suppress_at = i + len;
          i += len;
          continue;
        }
        if (size_t len = match(data_.not_now, i)) {
          i += len;
          continue;
        }
      }
      TimeExpr e;
      size_t end = expression(i, opens, e);
      if (end == 0) {
        ++i;
        continue;
      }
      if (i != suppress_at && (!e.as_of.empty() || e.kind == TimeKind::now)) {
        e.role = role(i);
        // "từ X" after an act word is when the act happened, not a span up to today: "được chấp
        // thuận chủ trương đầu tư từ tháng 11/2016" was approved in 2016-11.
        if (e.role == TimeRole::event && e.kind == TimeKind::now && !e.from.empty()) {
          e.kind = TimeKind::point;
          e.as_of = std::move(e.from);
          e.from.clear();
        }
        e.first_token = keys_.token(i);
        e.end_token = keys_.token(end - 1) + 1;
        e.span = {tokens_.tokens[e.first_token].start, tokens_.tokens[e.end_token - 1].end};
        out.push_back(std::move(e));
      }
      i = end;
    }
    return out;
  }

 private:
  const DateData& data_;
  const TokenizedText& tokens_;
  const std::optional<CalDate>& article_;
  const Syllables keys_;
  // Per syllable: DateData::first_sets of it. One lookup each, where the grammar asks a dozen
  // sets at a place.
  std::vector<uint64_t>& sets_;

  // Length of the longest phrase of `set` at syllable `at`, or 0; `value` gets its value.
  size_t match(const PhraseSet& set, size_t at, int* value = nullptr) const {
    if (at >= keys_.size() || !(sets_[at] & set.bit())) return 0;
    return set.match(keys_, at, value);
  }

  // --- small readers -------------------------------------------------------------------------

  const Token& token(size_t i) const { return tokens_.tokens[keys_.token(i)]; }
  bool is(size_t i, TokenKind k) const { return i < keys_.size() && token(i).kind == k; }
  // A token whose own shape may be a time: "2023", "22/8", "2021-2025", "22.07.2021".
  bool is_figure(size_t i) const {
    TokenKind k = token(i).kind;
    return k == TokenKind::number || k == TokenKind::date || k == TokenKind::range;
  }

  std::optional<int> number(size_t i) const {
    if (!is(i, TokenKind::number)) return std::nullopt;
    return parse_digits(keys_[i]);
  }
  std::optional<int> year(size_t i) const {
    if (!is(i, TokenKind::number) || keys_[i].size() != 4) return std::nullopt;
    auto y = parse_digits(keys_[i]);
    if (!y || !plausible_year(*y)) return std::nullopt;
    return y;
  }
  // A small count, in digits or words: "6", "sáu", "mười hai".
  std::optional<int> count(size_t i, size_t& len, int max) const {
    if (auto n = number(i); n && *n >= 1 && *n <= max) {
      len = 1;
      return n;
    }
    int v = 0;
    if ((len = match(data_.count_words, i, &v)) && v >= 1 && v <= max) return v;
    return std::nullopt;
  }
  std::optional<int> month_name(size_t i, size_t& len) const {
    if (auto n = number(i); n && *n >= 1 && *n <= 12) {
      len = 1;
      return n;
    }
    int v = 0;
    if ((len = match(data_.month_words, i, &v))) return v;
    return std::nullopt;
  }
  std::optional<int> roman_or_count(std::string_view key, int max) const {
    // Date tokens keep their spelling ("II/2021"): Roman numerals are looked up in lower case.
    std::string lower(key);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (auto it = data_.roman.find(lower); it != data_.roman.end() && it->second <= max) return it->second;
    if (auto n = parse_digits(key); n && *n >= 1 && *n <= max) return n;
    return std::nullopt;
  }
  // Whether a phrase of `set` ends exactly at i (the cue right before an item).
  bool ends_at(const PhraseSet& set, size_t i) const {
    for (size_t k = 1; k <= 4 && k <= i; ++k)
      if (match(set, i - k) == k) return true;
    return false;
  }
  bool after_count(size_t i) const {
    if (i == 0) return false;
    if (is(i - 1, TokenKind::number)) return true;
    size_t len = 0;
    int v = 0;
    for (size_t k = 1; k <= 2 && k <= i; ++k)
      if ((len = match(data_.count_words, i - k, &v)) == k) return true;
    return false;
  }
  // Any phrase of `set` in items [from, to).
  bool any_in(const PhraseSet& set, size_t from, size_t to) const {
    to = std::min(to, keys_.size());
    for (size_t k = from; k < to; ++k)
      if (match(set, k)) return true;
    return false;
  }

  // "năm 2023", "năm nay", "năm ngoái" at j.
  std::optional<YearTail> year_tail(size_t j) const {
    int offset = 0;
    if (size_t len = match(data_.of_words, j); len && match(data_.year_word, j + len)) j += len;
    if (size_t len = match(data_.relative_years, j, &offset)) {
      return YearTail{article_ ? article_->year + offset : 0, j + len};
    }
    if (size_t len = match(data_.year_word, j)) {
      if (auto y = year(j + len)) return YearTail{*y, j + len + 1};
    }
    return std::nullopt;
  }

  void complete(CalDate& d) const {
    if (d.has_year() || !article_ || !article_->has_year()) return;
    d.year = article_->year;
    // A news article reports the past: a year-less time well after its date is last year's.
    if (article_->month && d.first_month() - article_->month > data_.future_months) d.year -= 1;
  }

  // --- single times ---------------------------------------------------------------------------

  // "22/8", "15/7/2021", "8/2023" (date tokens), checked against the calendar.
  std::optional<Atom> date_token(size_t i, bool cued) const {
    if (!is(i, TokenKind::date)) return std::nullopt;
    auto parts = split(keys_[i], '/');
    Atom a;
    a.end = i + 1;
    if (parts.size() == 3) {
      auto d = parse_digits(parts[0]), m = parse_digits(parts[1]), y = parse_digits(parts[2]);
      if (!d || !m || !y) return std::nullopt;
      // Two-digit years pivot at 50, as people write them: "31/12/23" is 2023, "3/9/91" 1991.
      int year = parts[2].size() == 2 ? (*y <= 50 ? 2000 : 1900) + *y : parts[2].size() == 4 ? *y : 0;
      if (!plausible_year(year) || *m < 1 || *m > 12 || !valid_day(year, *m, *d)) return std::nullopt;
      a.d = {year, *m, *d};
      return a;
    }
    if (parts.size() != 2) return std::nullopt;
    auto first = parse_digits(parts[0]), second = parse_digits(parts[1]);
    if (!first || !second) return std::nullopt;
    if (parts[1].size() == 4) {  // month/year
      if (*first < 1 || *first > 12 || !plausible_year(*second)) return std::nullopt;
      a.d = {*second, *first};
      // "Q1/2024": a quarter letter glued before the date.
      if (i > 0 && !token(i).space_before && data_.quarter_letters.count(keys_[i - 1]) && *first <= 4)
        a.d = CalDate{*second, 0, 0, *first};
      return a;
    }
    if (!cued || *second < 1 || *second > 12 || !valid_day(0, *second, *first)) return std::nullopt;
    a.d = {0, *second, *first};
    return a;
  }

  // "22-07-2021" (range, dash, year), "2024-10-14" (ISO: year, month, day) and "22.07.2021" (a
  // number no Vietnamese amount spells).
  std::optional<Atom> full_date_other(size_t i) const {
    Parts parts;
    size_t end = i + 1;
    if (is(i, TokenKind::range) && i + 2 < keys_.size() && keys_[i + 1] == "-" && !token(i + 1).space_before &&
        !token(i + 2).space_before) {
      parts = split(keys_[i], '-');
      if (parts.size() != 2) return std::nullopt;
      if (year(i + 2)) {
        parts.push_back(keys_[i + 2]);
      } else if (parts[0].size() == 4 && is(i + 2, TokenKind::number) && keys_[i + 2].size() <= 2) {
        Parts day_first;
        day_first.push_back(keys_[i + 2]);
        day_first.push_back(parts[1]);
        day_first.push_back(parts[0]);
        parts = day_first;
      } else {
        return std::nullopt;
      }
      end = i + 3;
    } else if (is(i, TokenKind::number)) {
      parts = split(keys_[i], '.');
      if (parts.size() != 3 || parts[1].size() > 2 || parts[2].size() != 4) return std::nullopt;
    } else {
      return std::nullopt;
    }
    auto d = parse_digits(parts[0]), m = parse_digits(parts[1]), y = parse_digits(parts[2]);
    if (!d || !m || !y || parts[0].size() > 2 || !plausible_year(*y) || *m < 1 || *m > 12 || !valid_day(*y, *m, *d))
      return std::nullopt;
    Atom a;
    a.d = {*y, *m, *d};
    a.end = end;
    return a;
  }

  // "2022-2025", "2021 - 2030", "2021-25": a span of years.
  std::optional<Atom> year_range(size_t i) const {
    if (!is(i, TokenKind::range)) return std::nullopt;
    auto parts = split(keys_[i], '-');
    if (parts.size() != 2 || parts[0].size() != 4) return std::nullopt;
    auto a = parse_digits(parts[0]), b = parse_digits(parts[1]);
    if (!a || !b || !plausible_year(*a)) return std::nullopt;
    int to = parts[1].size() == 4 ? *b : parts[1].size() == 2 ? *a / 100 * 100 + *b : 0;
    if (to <= *a || to - *a > 100 || !plausible_year(to)) return std::nullopt;
    Atom r;
    r.kind = TimeKind::period;
    r.from = {*a};
    r.d = {to};
    r.has_from = true;
    r.end = i + 1;
    return r;
  }

  // "tháng 8", "tháng 8/2023", "tháng 8 năm 2023", "tháng tám năm nay".
  std::optional<Atom> month(size_t i) const {
    size_t len = match(data_.month_word, i);
    if (!len || after_count(i)) return std::nullopt;  // "6 tháng" is a span, read elsewhere
    size_t j = i + len;
    if (auto a = date_token(j, false); a && !a->d.day) return a->d.has_year() ? std::optional<Atom>(*a) : std::nullopt;
    if (is(j, TokenKind::range)) {  // "tháng 8-2023"
      auto parts = split(keys_[j], '-');
      auto m = parts.size() == 2 ? parse_digits(parts[0]) : std::nullopt;
      auto y = parts.size() == 2 && parts[1].size() == 4 ? parse_digits(parts[1]) : std::nullopt;
      if (m && y && *m >= 1 && *m <= 12 && plausible_year(*y)) {
        Atom a;
        a.d = {*y, *m};
        a.end = j + 1;
        return a;
      }
      return std::nullopt;
    }
    size_t ml = 0;
    auto m = month_name(j, ml);
    if (!m) return std::nullopt;
    Atom a;
    a.d.month = *m;
    a.end = j + ml;
    if (auto tail = year_tail(a.end)) {
      a.d.year = tail->year;
      a.end = tail->end;
    }
    return a;
  }

  // "ngày 20/8", "ngày 15/7/2021", "ngày 15 tháng 7 năm 2021", "mồng 3 tháng 3".
  std::optional<Atom> day(size_t i) const {
    size_t len = match(data_.day_words, i);
    if (!len) return std::nullopt;
    size_t j = i + len;
    j += match(data_.day_words, j);  // "ngày mồng 3"
    if (auto a = date_token(j, true); a && a->d.day) return a;
    if (auto a = full_date_other(j)) return a;
    return day_in_words(j);
  }

  // "15 tháng 7", and its year when one follows ("15 tháng 7 năm 2021"), checked against the
  // calendar (a year-less 29 tháng 2 stands).
  std::optional<Atom> day_in_words(size_t j) const {
    auto d = number(j);
    if (!d || !match(data_.month_word, j + 1)) return std::nullopt;
    size_t ml = 0;
    auto m = month_name(j + 2, ml);
    if (!m || !valid_day(0, *m, *d)) return std::nullopt;
    Atom a;
    a.d = {0, *m, *d};
    a.end = j + 2 + ml;
    if (auto tail = year_tail(a.end)) {
      if (tail->year && !valid_day(tail->year, *m, *d)) return std::nullopt;
      a.d.year = tail->year;
      a.end = tail->end;
    }
    return a;
  }

  // "12 tháng 10 năm 2017": a day without "ngày", so only with its year ("6 tháng 10 dự án"
  // and "6 tháng đầu năm" are not days).
  std::optional<Atom> day_month_year(size_t i) const {
    auto a = day_in_words(i);
    if (!a || !a->d.year) return std::nullopt;
    return a;
  }

  // "quý II/2021", "quý 2/2021", "quý II năm 2021", "quý hai".
  std::optional<Atom> quarter(size_t i) const {
    size_t len = match(data_.quarter_words, i);
    if (!len) return std::nullopt;
    size_t j = i + len;
    Atom a;
    if (is(j, TokenKind::date)) {
      auto parts = split(keys_[j], '/');
      if (parts.size() != 2 || parts[1].size() != 4) return std::nullopt;
      auto q = roman_or_count(parts[0], 4);
      auto y = parse_digits(parts[1]);
      if (!q || !y || !plausible_year(*y)) return std::nullopt;
      a.d.year = *y;
      a.d.quarter = *q;
      a.end = j + 1;
      return a;
    }
    size_t ql = 1;
    std::optional<int> q = roman_or_count(keys_.size() > j ? keys_[j] : std::string_view(), 4);
    if (q && !is(j, TokenKind::number) && !is(j, TokenKind::word) && !is(j, TokenKind::acronym)) q.reset();
    if (!q) q = count(j, ql, 4);
    if (!q) return std::nullopt;
    a.d.quarter = *q;
    a.end = j + ql;
    if (auto tail = year_tail(a.end)) {
      a.d.year = tail->year;
      a.end = tail->end;
    }
    return a;
  }

  // The year after a phrase that ends in "năm" ("nửa đầu năm 2024", "cả năm nay"): re-read
  // that "năm" with what follows it. Gives the end and the year (0: none stated).
  std::pair<size_t, int> phrase_year(size_t phrase_end, bool& stated) const {
    stated = false;
    size_t last = phrase_end - 1;
    if (match(data_.year_word, last) == 1) {
      if (auto tail = year_tail(last)) {
        stated = true;
        return {tail->end, tail->year};
      }
    }
    if (auto tail = year_tail(phrase_end)) {
      stated = true;
      return {tail->end, tail->year};
    }
    if (auto y = year(phrase_end)) {
      stated = true;
      return {phrase_end + 1, *y};
    }
    return {phrase_end, 0};
  }

  // "9 tháng" with nothing after it that names the year: the months of the article's year so
  // far ("Trong 9 tháng, các CCN thu hút 5 dự án", "Giá trị xuất khẩu 6 tháng: 121 triệu USD"),
  // read only where a report's period is said, never where a duration is: the count must end
  // within months_so_far_lag months before the article's month ("9 tháng" of an October
  // article, not of a May one), no duration word may stand before it ("sau 6 tháng", "định kỳ
  // 6 tháng") or after it ("6 tháng tới", "6 tháng kể từ"), and a lead like "trong" must open
  // its clause ("hoàn thành trong 9 tháng" is a duration). Gives the year, or nullopt.
  // `i`: the count; `k`: just after "tháng".
  std::optional<int> months_so_far_year(size_t i, size_t k, int n) const {
    if (!article_ || !article_->has_year() || !article_->month) return std::nullopt;
    if (n < data_.months_so_far_min || n > data_.months_so_far_max) return std::nullopt;
    int year = article_->year, gap = article_->month - n;
    if (gap < 0) {
      gap += 12;
      year -= 1;
    }
    if (gap > data_.months_so_far_lag) return std::nullopt;
    if (ends_at(data_.months_so_far_not_after, i) || match(data_.months_so_far_not_before, k)) return std::nullopt;
    if (is(k, TokenKind::number) || is(k, TokenKind::date)) return std::nullopt;  // "6 tháng 10": a day
    // "thời gian thuê 6 tháng": a duration's noun a word or two before.
    for (size_t b = i; b + data_.months_so_far_noun_reach > i && b > 0; --b)
      if (ends_at(data_.months_so_far_duration_nouns, b)) return std::nullopt;
    size_t lead = npos;  // the longest lead ending right before the count
    for (size_t len = 1; len <= 3 && len <= i; ++len)
      if (match(data_.months_so_far_leads, i - len) == len) lead = i - len;
    if (lead != npos && lead != 0 && !is(lead - 1, TokenKind::punct)) return std::nullopt;
    return year;
  }

  // "6 tháng đầu năm 2024", "chín tháng năm 2023", "6 tháng cuối năm", "sáu tháng qua".
  std::optional<Atom> month_span(size_t i) const {
    size_t cl = 0;
    auto n = count(i, cl, 12);
    if (!n) return std::nullopt;
    size_t ml = match(data_.month_word, i + cl);
    if (!ml) return std::nullopt;
    size_t k = i + cl + ml;
    Atom a;
    if (size_t len = match(data_.months_past, k)) {
      a.kind = TimeKind::now;
      a.end = k + len;
      return a;
    }
    bool to_december = false;
    size_t len = match(data_.months_from_january, k);
    bool year_needed = false;
    if (!len && (len = match(data_.months_of_year, k))) year_needed = true;
    if (!len && (len = match(data_.months_to_december, k))) to_december = true;
    int y = 0;
    if (len) {
      bool stated = false;
      auto [end, stated_year] = phrase_year(k + len, stated);
      if (year_needed && !stated) return std::nullopt;
      a.end = end;
      y = stated_year;
    } else if (auto so_far = months_so_far_year(i, k, *n)) {
      a.end = k;
      y = *so_far;
    } else {
      return std::nullopt;
    }
    a.d.year = y;
    a.from.year = y;
    a.has_from = true;
    a.kind = TimeKind::period;
    int first = to_december ? 13 - *n : 1, last = to_december ? 12 : *n;
    a.from.month = first;
    if (*n == 12) {
      a.kind = TimeKind::point;
      a.has_from = false;
    } else if (*n == 6) {
      a.d.half = to_december ? 2 : 1;
    } else if (*n == 3) {
      a.d.quarter = to_december ? 4 : 1;
    } else {
      a.d.month = last;
    }
    return a;
  }

  // "nửa đầu năm 2024", "cả năm 2023", "cuối năm 2022", "đầu năm nay".
  std::optional<Atom> year_phrase(size_t i) const {
    int half = 0;
    bool stated = false;
    if (size_t len = match(data_.halves, i, &half)) {
      Atom a;
      auto [end, y] = phrase_year(i + len, stated);
      a.end = end;
      a.d = {y};
      a.d.half = half;
      a.from = {y, half == 1 ? 1 : 7};
      a.has_from = true;
      a.kind = TimeKind::period;
      return a;
    }
    if (size_t len = match(data_.whole_year, i)) {
      Atom a;
      auto [end, y] = phrase_year(i + len, stated);
      a.end = end;
      a.d = {y};
      return a;
    }
    if (size_t len = match(data_.year_parts, i)) {
      bool start = match(data_.year_start, i) == len;
      size_t j = i + len;
      if (match(data_.year_word, j) == 1) {
        Atom a;
        auto [end, y] = phrase_year(j + 1, stated);
        a.end = end;
        a.d = {y};
        a.year_start = start;
        return a;
      }
      if (auto a = month(j)) return a;    // "cuối tháng 8/2023"
      if (auto a = quarter(j)) return a;  // "so với cuối quý II": the quarter, a base here
    }
    return std::nullopt;
  }

  // A bare four-digit year is a year always, or only after a year cue ("trong 2022").
  enum class BareYear { yes, after_cue };

  // One time: a day, month, quarter, span of months, year, or range of years. The readers led
  // by a word ("ngày", "tháng", "quý", "năm", ...) are asked only where some phrase opens: the
  // syllable's mask of sets says at once that none of them could match.
  std::optional<Atom> atom(size_t i, BareYear bare) const {
    if (i >= keys_.size()) return std::nullopt;
    const bool opens = sets_[i] & data_.openers;
    if (opens) {
      if (auto a = day(i)) return a;
    }
    if (is(i, TokenKind::date)) {
      // "Thứ Ba (11/6)": a weekday cues the day in the bracket after it.
      const bool bracketed = i >= 2 && keys_[i - 1] == "(" && ends_at(data_.day_cues, i - 1);
      if (auto a = date_token(i, ends_at(data_.day_cues, i) || bracketed)) return a;
    }
    if (auto a = full_date_other(i)) return a;
    if (opens) {
      if (auto a = month(i)) return a;
      if (auto a = quarter(i)) return a;
    }
    if (auto a = day_month_year(i)) return a;
    if (auto a = month_span(i)) return a;
    if (opens) {
      if (auto a = year_phrase(i)) return a;
      if (match(data_.year_word, i)) {
        if (auto r = year_range(i + 1)) {  // "năm 2021-2022"
          r->end = i + 2;
          return r;
        }
      }
      if (auto tail = year_tail(i)) {
        Atom a;
        a.d.year = tail->year;
        a.end = tail->end;
        return a;
      }
    }
    if (auto r = year_range(i)) return r;
    if (auto y = year(i); y && (bare == BareYear::yes || ends_at(data_.year_cues, i))) {
      Atom a;
      a.d.year = *y;
      a.end = i + 1;
      return a;
    }
    return std::nullopt;
  }

  // What the time starting at syllable i dates: a deadline right after a deadline word ("trước
  // năm 2026"), an act's date when an act word stands up to event_reach syllables before it in
  // its clause ("được chấp thuận chủ trương đầu tư từ tháng 11/2016").
  TimeRole role(size_t i) const {
    if (ends_at(data_.deadline_words, i)) return TimeRole::deadline;
    // Back from the time to its clause's start: one mask test per syllable, a match only where
    // some act word opens.
    for (size_t s = i; s > 0 && s + data_.event_reach + 2 > i;) {
      --s;
      if (is(s, TokenKind::punct)) break;
      if (size_t len = match(data_.event_cues, s); len && s + len <= i && s + len + data_.event_reach > i)
        return TimeRole::event;
    }
    return TimeRole::plain;
  }

  // --- composite shapes -------------------------------------------------------------------

  bool plan_near(size_t start, size_t end) const {
    size_t from = start >= 4 ? start - 4 : 0;
    if (any_in(data_.past_cues, end, end + 6)) return false;
    return any_in(data_.plan_cues, from, start) || any_in(data_.plan_cues, end, end + 4);
  }

  // Whether a time said with "đến"/"vào" (or a bare year) is a plan's horizon rather than
  // an as-of date: it lies after the article date, or a plan word stands beside it.
  bool is_future(const CalDate& d, bool to_word, size_t start, size_t end) const {
    bool year_only = !d.month && !d.quarter && !d.half;
    if (article_ && article_->has_year()) {
      auto art = article_->first_day();
      if (later(d.first_day(), art)) return true;
      if (!later(d.last_day(), art)) return false;
      return (to_word && year_only) || plan_near(start, end);
    }
    if (!d.has_year()) return false;
    if (to_word) return year_only && !any_in(data_.past_cues, end, end + 6);
    return year_only && plan_near(start, end);
  }

  static void set(TimeExpr& e, TimeKind kind, const CalDate& as_of, const CalDate* from = nullptr) {
    e.kind = kind;
    e.as_of = kind == TimeKind::now ? std::string() : as_of.iso();
    e.from = from ? from->iso() : std::string();
  }

  // A lone atom as a TimeExpr.
  void atom_expr(Atom a, size_t start, TimeExpr& e) const {
    complete(a.d);
    if (a.has_from) complete(a.from);
    if (a.kind == TimeKind::now) return set(e, TimeKind::now, a.d, a.has_from ? &a.from : nullptr);
    if (a.kind == TimeKind::period) return set(e, TimeKind::period, a.d, &a.from);
    bool future = is_future(a.d, false, start, a.end);
    set(e, future ? TimeKind::target : TimeKind::point, a.d);
  }

  // The start of a period written "đầu năm 2023": its first day, at the end's precision.
  static CalDate period_start(const Atom& x, const CalDate& end) {
    if (x.has_from) return x.from;
    if (!x.year_start) return x.d;
    CalDate s{x.d.year};
    if (end.day) {
      s.month = 1;
      s.day = 1;
    } else if (end.month || end.quarter || end.half) {
      s.month = 1;
    }
    return s;
  }

  // "từ X đến Y", "từ nay đến Y", "từ X đến nay", "từ X".
  size_t from_to(size_t i, TimeExpr& e) const {
    size_t len = match(data_.from_words, i);
    size_t j = i + len;
    bool from_now = false;
    std::optional<Atom> x;
    if (size_t n = match(data_.now_words, j)) {
      from_now = true;
      j += n;
    } else if ((x = atom(j, BareYear::yes))) {
      j = x->end;
    } else {
      return 0;
    }
    size_t to = match(data_.to_words, j);
    if (!to) {
      if (from_now) return 0;  // "từ nay": from now on, no time of its own
      Atom a = *x;
      complete(a.d);
      CalDate start = period_start(a, a.d);
      set(e, TimeKind::now, a.d, &start);  // "từ đầu năm 2023, ...": until the article's date
      return j;
    }
    size_t k = j + to;
    k += match(data_.end_words, k);
    if (size_t n = match(data_.now_words, k)) {
      if (from_now) return 0;
      Atom a = *x;
      complete(a.d);
      CalDate start = period_start(a, article_ ? *article_ : a.d);
      set(e, TimeKind::now, a.d, &start);
      return k + n;
    }
    auto y = atom(k, BareYear::yes);
    if (!y) return 0;
    if (from_now) {
      complete(y->d);
      set(e, TimeKind::target, y->d);
      return y->end;
    }
    Atom a = *x, b = *y;
    // Each end lends its year to the other: "từ đầu năm 2023 đến ngày 20/8".
    if (!a.d.has_year() && b.d.has_year()) a.d.year = a.d.first_month() > b.d.first_month() ? b.d.year - 1 : b.d.year;
    if (!b.d.has_year() && a.d.has_year()) b.d.year = b.d.first_month() < a.d.first_month() ? a.d.year + 1 : a.d.year;
    if (a.has_from && !a.from.has_year()) a.from.year = a.d.year;
    complete(a.d);
    complete(b.d);
    CalDate start = period_start(a, b.d);
    set(e, TimeKind::period, b.d, &start);
    return b.end;
  }

  // "tính đến ngày 30/6/2023", "tính đến nay": an as-of point, never a plan.
  size_t as_of(size_t i, TimeExpr& e) const {
    size_t k = i + match(data_.as_of_words, i);
    k += match(data_.end_words, k);
    if (size_t n = match(data_.now_words, k)) {
      set(e, TimeKind::now, {});
      return k + n;
    }
    auto a = atom(k, BareYear::yes);
    if (!a) return 0;
    complete(a->d);
    set(e, a->kind == TimeKind::now ? TimeKind::now : TimeKind::point, a->d);
    return a->end;
  }

  // "tầm nhìn đến năm 2050", "tầm nhìn 2045".
  size_t vision(size_t i, TimeExpr& e) const {
    size_t k = i + match(data_.vision_words, i);
    k += match(data_.to_words, k);
    k += match(data_.end_words, k);
    auto a = atom(k, BareYear::yes);
    if (!a || a->kind == TimeKind::now) return 0;
    complete(a->d);
    set(e, TimeKind::target, a->d);
    return a->end;
  }

  // "đến năm 2030", "đến hết năm 2024", "đến nay", "đến ngày 20/8".
  size_t to_time(size_t i, TimeExpr& e) const {
    size_t k = i + match(data_.to_words, i);
    k += match(data_.end_words, k);
    if (size_t n = match(data_.now_words, k)) {
      set(e, TimeKind::now, {});
      return k + n;
    }
    auto a = atom(k, BareYear::yes);
    if (!a) return 0;
    if (a->kind == TimeKind::now) {
      set(e, TimeKind::now, {});
      return a->end;
    }
    complete(a->d);
    set(e, is_future(a->d, true, i, a->end) ? TimeKind::target : TimeKind::point, a->d);
    return a->end;
  }

  // The time that starts at i. `opens`: some phrase opens with syllable i (else only a
  // figure's own shape can start a time there).
  size_t expression(size_t i, bool opens, TimeExpr& e) const {
    if (!opens) {
      if (auto a = atom(i, BareYear::after_cue)) {
        atom_expr(*a, i, e);
        return a->end;
      }
      return 0;
    }
    if (match(data_.from_words, i)) {
      if (size_t end = from_to(i, e)) return end;
    }
    if (match(data_.as_of_words, i)) {
      if (size_t end = as_of(i, e)) return end;
    }
    if (match(data_.vision_words, i)) {
      if (size_t end = vision(i, e)) return end;
    }
    if (match(data_.to_words, i)) {
      if (size_t end = to_time(i, e)) return end;
    }
    if (size_t len = match(data_.now, i)) {
      set(e, TimeKind::now, {});
      return i + len;
    }
    int offset = 0;
    if (size_t len = match(data_.relative_years, i, &offset)) {
      // "5 năm trước", "những năm tới": a duration or a vague plural, not a year.
      if (after_count(i) || ends_at(data_.plural_words, i)) return i + len;
      if (!article_) {
        if (offset != 0) return i + len;  // last year of an unknown year: say nothing
        set(e, TimeKind::now, {});        // this year: the article's own time
        return i + len;
      }
    }
    if (size_t len = match(data_.period_words, i)) {
      if (auto r = year_range(i + len)) {
        set(e, TimeKind::period, r->d, &r->from);
        return r->end;
      }
      if (match(data_.from_words, i + len)) {
        if (size_t end = from_to(i + len, e)) return end;
      }
    }
    if (auto a = atom(i, BareYear::after_cue)) {
      atom_expr(*a, i, e);
      return a->end;
    }
    return 0;
  }
};

}  // namespace

std::vector<TimeExpr> read_times(const DateData& data, const TokenizedText& tokens, const NormalizedText& text,
                                 uint32_t first, uint32_t end, const std::optional<CalDate>& article) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(tokens.tokens.size()));
  if (first >= end) return {};
  // Most sentences hold no time at all: only a figure or a word some time opens with can start
  // one, and the reader is built only when one of them is there.
  bool may_hold_time = false;
  for (uint32_t t = first; t < end && !may_hold_time; ++t) {
    const Token& tok = tokens.tokens[t];
    if (tok.kind == TokenKind::punct || tok.kind == TokenKind::symbol) continue;
    if (tok.kind == TokenKind::number || tok.kind == TokenKind::date || tok.kind == TokenKind::range) {
      may_hold_time = true;
      break;
    }
    // A percent or fraction is no time, but a phrase might open with it as with a word; a token
    // the tokenizer cut otherwise than the reader does is left to the reader.
    if (tok.kind == TokenKind::percent || tok.kind == TokenKind::fraction) may_hold_time = tok.piece_count != 1;
    for (uint32_t p = tok.first_piece; p < tok.first_piece + tok.piece_count && !may_hold_time; ++p)
      may_hold_time = data.starters.may_start(tokens.pieces[p]);
  }
  if (!may_hold_time) return {};
  // One buffer per thread for the syllables' masks: a sentence read costs no allocation for them.
  thread_local std::vector<uint64_t> sets;
  return Reader(data, tokens, text, first, end, article, sets).run();
}

}  // namespace solieu::dates
