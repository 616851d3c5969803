// article_date: a byline or dateline near the top -> the article's date; failing that, a
// fallback inferred from the dates the text states.
// Bylines: a full date on a short line, or beside a byline sign ("Minh Châu|22/07/2021 09:03",
// "Thứ Hai, 22/07/2021", "Cập nhật: 10:30 ngày 05/01/2024"). Datelines: a year-less day at the
// head of a lead ("BẮC GIANG – Chiều 22/8, ..."), whose year must come from the text itself.
// Tested by tests/dates/test_article_date.cpp.
#include <algorithm>
#include <set>

#include "dates/calendar.hpp"
#include "dates/date_grammar.hpp"
#include "dates/reader.hpp"

namespace solieu::dates {

namespace {

struct Line {
  uint32_t first = 0, end = 0;  // tokens
};

// The lines that start near the top: among the first `max_lines` lines and within the first
// `max_bytes` bytes, whichever ends first (a date further down is the body's, not a byline).
std::vector<Line> top_lines(const TokenizedText& tokens, uint32_t max_lines, uint32_t max_bytes) {
  std::vector<Line> lines;
  for (uint32_t t = 0; t < tokens.tokens.size(); ++t) {
    const Token& tok = tokens.tokens[t];
    if (t == 0 || tok.line_before) {
      if (!lines.empty()) lines.back().end = t;
      if (lines.size() >= max_lines || tok.start >= max_bytes) break;
      lines.push_back({t, static_cast<uint32_t>(tokens.tokens.size())});
    }
  }
  return lines;
}

// "Jun 18, 2024", "June 18 2024", "18 June 2024", "18 Jun, 2024": an English date on one line,
// its month name capitalized ("may" is a Vietnamese word too). Gives the ISO date and its tokens.
struct EnglishDate {
  std::string iso;
  uint32_t first = 0, end = 0;
};
std::optional<EnglishDate> english_date(const DateData& data, const TokenizedText& tokens, const NormalizedText& text,
                                        const Syllables& keys, size_t k, uint32_t line_end) {
  int month = 0;
  if (data.english_months.match(keys, k, &month) != 1) return std::nullopt;
  const uint32_t m = keys.token(k);
  if (!tokens.tokens[m].capitalized) return std::nullopt;
  auto number = [&](uint32_t t, int low, int high) -> std::optional<int> {
    if (t >= line_end || tokens.tokens[t].kind != TokenKind::number) return std::nullopt;
    auto v = parse_digits(tokens.text(tokens.tokens[t], text));
    if (!v || *v < low || *v > high) return std::nullopt;
    return v;
  };
  auto skip = [&](uint32_t t, const char* punct) {
    return t < line_end && tokens.tokens[t].kind == TokenKind::punct && tokens.text(tokens.tokens[t], text) == punct
               ? t + 1
               : t;
  };
  auto made = [&](int y, int d, uint32_t first, uint32_t end) -> std::optional<EnglishDate> {
    if (!valid_day(y, month, d)) return std::nullopt;
    return EnglishDate{CalDate{y, month, d}.iso(), first, end};
  };
  // Month Day, Year
  uint32_t t = skip(m + 1, ".");
  if (auto d = number(t, 1, 31)) {
    uint32_t y = skip(t + 1, ",");
    if (auto year = number(y, 1900, 2100)) return made(*year, *d, m, y + 1);
  }
  // Day Month Year
  if (m > 0)
    if (auto d = number(m - 1, 1, 31)) {
      uint32_t y = skip(skip(m + 1, "."), ",");
      if (auto year = number(y, 1900, 2100)) return made(*year, *d, m - 1, y + 1);
    }
  return std::nullopt;
}

bool full_date(const std::string& iso) { return iso.size() == 10 && iso[0] != '-'; }
bool has_year(const std::string& iso) { return iso.size() >= 4 && iso[0] != '-'; }
int year_of(const std::string& iso) { return parse_digits(std::string_view(iso).substr(0, 4)).value_or(0); }

// A clock time right after a date: "09:03", "9h03".
bool time_follows(const TokenizedText& tokens, uint32_t t, uint32_t end) {
  if (t + 2 >= end) return false;
  const Token& a = tokens.tokens[t];
  const Token& b = tokens.tokens[t + 1];
  if (a.kind != TokenKind::number || tokens.tokens[t + 2].kind != TokenKind::number) return false;
  return (b.kind == TokenKind::punct && b.end - b.start == 1 && !b.space_before) || b.key == "h" || b.key == "g";
}

// Whether a sentence holds a token a year can come from. With no article date to complete
// them, every year the reader gives was written as a figure ("2023", "15/7/2021",
// "2021-2025"), so a sentence without one dates nothing and is not read.
bool has_figure(const TokenizedText& tokens, const Sentence& s) {
  for (uint32_t t = s.first_token; t < s.end_token && t < tokens.tokens.size(); ++t) {
    TokenKind k = tokens.tokens[t].kind;
    if (k == TokenKind::number || k == TokenKind::date || k == TokenKind::range) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> Grammar::article_date(const TokenizedText& tokens, const NormalizedText& text) const {
  const auto lines = top_lines(tokens, data_.dateline_lines, data_.dateline_bytes);
  const std::optional<CalDate> none;

  // 1. A full date in a byline.
  for (const Line& line : lines) {
    auto times = read_times(data_, tokens, text, line.first, line.end, none);
    uint32_t words = 0;
    for (uint32_t t = line.first; t < line.end; ++t) words += tokens.tokens[t].kind != TokenKind::punct;
    const Syllables keys(tokens, text, line.first, line.end);
    auto byline = [&](uint32_t first, uint32_t end) {
      bool cue = false;
      for (size_t k = 0; k < keys.size() && !cue; ++k) {
        if (keys.token(k) + 4 < first || keys.token(k) > end + 3) continue;
        cue = data_.byline_cues.match(keys, k) != 0;
      }
      return words <= data_.byline_max_tokens || cue || time_follows(tokens, end, line.end) ||
             (first >= line.first + 3 && time_follows(tokens, first - 3, first));
    };
    for (const auto& e : times) {
      if (!full_date(e.as_of) || e.kind == TimeKind::period) continue;
      if (byline(e.first_token, e.end_token)) return e.as_of;
    }
    // "Đăng bởi Thu Trang | Jun 18, 2024": an English date, on the same terms.
    for (size_t k = 0; k < keys.size(); ++k)
      if (auto e = english_date(data_, tokens, text, keys, k, line.end))
        if (byline(e->first, e->end)) return e->iso;
  }

  // 2. A year-less dateline at the head of a lead; its year only from the text.
  std::optional<CalDate> day;
  uint32_t day_token = 0;
  for (const Line& line : lines) {
    auto times = read_times(data_, tokens, text, line.first, line.end, none);
    for (const auto& e : times) {
      if (e.first_token > line.first + data_.dateline_lead_tokens) break;
      if (e.as_of.size() == 7 && e.as_of.compare(0, 2, "--") == 0 && e.kind != TimeKind::period) {
        auto m = parse_digits(std::string_view(e.as_of).substr(2, 2));
        auto d = parse_digits(std::string_view(e.as_of).substr(5, 2));
        if (m && d) day = CalDate{0, *m, *d};
        day_token = e.first_token;
        break;
      }
    }
    if (day) break;
  }
  if (!day) return std::nullopt;

  // The years the text states as facts (not plans), and the dated facts a date must not precede.
  std::set<int, std::greater<>> years;
  // The years the dateline's own sentence states of its event come first, whatever the text
  // dates later: "Chiều 27/12, ... tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm
  // vụ năm 2024" was held in 2023, though the speech it introduces sets tasks "trong năm 2024".
  std::set<int, std::greater<>> lead_years;
  std::vector<std::tuple<int, int, int>> dated;
  for (const Sentence& s : tokens.sentences) {
    if (!has_figure(tokens, s)) continue;
    const bool lead = s.first_token <= day_token && day_token < s.end_token;
    const auto times = read_times(data_, tokens, text, s.first_token, s.end_token, none);
    if (times.empty()) continue;
    const Syllables keys(tokens, text, s.first_token, s.end_token);
    for (const auto& e : times) {
      // With no article date yet, a plan word anywhere in the sentence reads its every year as a
      // target; in the dateline's sentence only a year right after one is the plan's.
      if (lead && e.kind == TimeKind::target && e.first_token != day_token && has_year(e.as_of) &&
          e.as_of.size() == 4 && !planned(keys, e))
        lead_years.insert(year_of(e.as_of));
      if (e.kind == TimeKind::target || e.kind == TimeKind::now) continue;
      // "Chiều 27/12, ... tổng kết năm 2023, triển khai nhiệm vụ năm 2024": the plan's year is
      // no candidate for the dateline's.
      if (planned(keys, e)) continue;
      if (e.kind == TimeKind::period) {
        if (has_year(e.from)) years.insert(year_of(e.from));
        if (has_year(e.from) && lead && e.first_token != day_token) lead_years.insert(year_of(e.from));
        if (has_year(e.as_of) && e.as_of.size() >= 7) years.insert(year_of(e.as_of));
        if (e.as_of.size() < 7) continue;  // "giai đoạn 2022-2025" may end in the future
      } else if (has_year(e.as_of)) {
        years.insert(year_of(e.as_of));
        if (lead && e.first_token != day_token) lead_years.insert(year_of(e.as_of));
      }
      if (auto d = parse_iso(e.as_of)) dated.push_back(d->first_day());
    }
  }
  for (int y : lead_years)
    if (valid_day(y, day->month, day->day)) return CalDate{y, day->month, day->day}.iso();
  for (int y : years) {
    if (!valid_day(y, day->month, day->day)) continue;
    std::tuple<int, int, int> candidate{y, day->month, day->day};
    bool consistent = std::none_of(dated.begin(), dated.end(), [&](const auto& d) { return d > candidate; });
    if (consistent) return CalDate{y, day->month, day->day}.iso();
  }
  return std::nullopt;
}

// The fallback: an article is no older than the latest past date it states. First the latest
// full date that is no deadline ("Nghị quyết ... ngày 28/4/2021"), else the latest year a
// sentence with a past word states ("năm 2021 ... đã"). Deadlines and plans are left out:
// "đến ngày 31/12/2025 phải hoàn thành" says nothing of when the article was written.
bool Grammar::planned(const Syllables& keys, const TimeExpr& e) const {
  size_t at = keys.first_of(e.first_token);
  if (data_.to_words.match(keys, at) || data_.end_words.match(keys, at)) return true;
  for (size_t k = at >= 6 ? at - 6 : 0; k < at; ++k)
    if (data_.plan_cues.match(keys, k)) return true;
  return false;
}

std::optional<std::string> Grammar::infer_article_date(const TokenizedText& tokens, const NormalizedText& text) const {
  const std::optional<CalDate> none;
  std::string best_day;
  int best_year = 0;
  for (const Sentence& s : tokens.sentences) {
    if (!has_figure(tokens, s)) continue;
    const auto times = read_times(data_, tokens, text, s.first_token, s.end_token, none);
    if (times.empty()) continue;
    const Syllables keys(tokens, text, s.first_token, s.end_token);
    int past = -1;  // whether the sentence has a past word: looked for once, when first asked
    for (const auto& e : times) {
      if (e.kind == TimeKind::target || e.kind == TimeKind::now) continue;
      // A deadline ("đến ngày 31/12/2025", "phấn đấu ... ngày 1/7") dates a plan, not the article.
      if (planned(keys, e)) continue;
      for (const std::string* iso : {&e.as_of, &e.from}) {
        if (full_date(*iso) && *iso > best_day) best_day = *iso;
      }
      // The latest year counts only while no full date is known.
      if (!best_day.empty() || e.kind != TimeKind::point || !has_year(e.as_of)) continue;
      if (past < 0) {
        past = 0;
        for (size_t k = 0; k < keys.size() && !past; ++k) past = data_.past_cues.match(keys, k) != 0;
      }
      if (past) best_year = std::max(best_year, year_of(e.as_of));
    }
  }
  if (!best_day.empty()) return best_day;
  if (best_year) return CalDate{best_year}.iso();
  return std::nullopt;
}

}  // namespace solieu::dates
