// numbers: one sentence's tokens -> Quantity (value, unit, approx, interval), in text order.
// Takes token spans into the normalized text; gives spans from the qualifier through the unit.
// "1.460 ha" is [1459.5, 1460.5]: rules compare intervals, not doubles.
//
// What becomes a quantity, and what does not (the corpus files spell it out):
//   - A figure in digits is a quantity, with or without a unit, unless its context makes it an
//     identifier or a date: glued to letters ("1A", "QL18", "Covid-19", "105-NQ/TU", "219/QĐ-TTg"),
//     after a code word ("Quốc lộ 18", "Điều 5"), a clock ("09:03"), a run of figures (a phone
//     number), a leading zero ("0204"; but "01 KCN", before a counted noun, is a padded count),
//     a day/month/quarter/year after its word ("ngày 22", "năm 2030"), or a plain 1900..2100
//     with no unit after it (a year). Dates, bare ranges ("2022-2025") and durations ("8 tháng")
//     belong to the dates stage.
//   - A range with a unit ("từ 500 đến 700 ha", "500-700 ha", "60-70%", "từ 60% đến 70%") is ONE
//     quantity: the midpoint, approx "about", its interval reaching from end to end as written.
//   - Number words are often not numbers: "không" is "not", "một" is "a", "năm" is "year". A
//     single number word becomes a quantity only when a unit or counted noun follows it ("hai đề
//     xuất", "một dự án", "ba khu công nghiệp"); a longer number phrase ("hai mươi", "một trăm",
//     "năm nghìn") always does. Bare "không" never does; a capitalized number word inside a
//     sentence is a name ("Ba Đình"); "hàng trăm", "vài chục" are indefinite.
//   - "35/55 cụm công nghiệp" is a ratio; "thứ 2/63" and "thứ 13" are ranks; a date-shaped
//     "10/10" is a ratio when a counted noun follows it or "thứ" precedes it.
//   - Qualifiers: the closest one before the figure, across at most two gap words ("ước đạt
//     khoảng 258,8" is about: "khoảng" is closer than "ước").
// Tested by tests/corpus/numbers.tsv, numbers.negative.tsv, units.tsv and tests/numbers/.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <vector>

#include "numbers/figure.hpp"
#include "numbers/number_data.hpp"
#include "numbers/number_phrase.hpp"
#include "solieu/quantity.hpp"

namespace solieu {
namespace numbers {
namespace {

bool glued(const Token& t) { return !t.space_before; }
bool is_letters(const Token& t) {
  return t.kind == TokenKind::word || t.kind == TokenKind::acronym || t.kind == TokenKind::term;
}

class SentenceReader {
 public:
  SentenceReader(const NumberData& d, const TokenizedText& t, const NormalizedText& n, uint32_t first, uint32_t end)
      : d_(d), t_(t), n_(n), first_(first), end_(std::min<uint32_t>(end, static_cast<uint32_t>(t.tokens.size()))) {}

  std::vector<Quantity> run() {
    std::vector<Quantity> out;
    uint32_t i = first_;
    while (i < end_) {
      std::optional<Quantity> q = at(i, out.empty() ? first_ : out.back().end_token);
      if (!q) {
        ++i;
        continue;
      }
      i = q->end_token;
      out.push_back(std::move(*q));
    }
    join_ranges(out);
    convert(out);
    return out;
  }

 private:
  const Token& tok(uint32_t i) const { return t_.tokens[i]; }
  std::string_view raw(uint32_t i) const { return t_.text(t_.tokens[i], n_); }
  bool key_is(uint32_t i, std::string_view k) const { return i < end_ && tok(i).key == k; }
  bool raw_is(uint32_t i, std::string_view r) const { return i < end_ && raw(i) == r; }

  // The quantity starting at token i (after any qualifier or prefix), or nullopt.
  std::optional<Quantity> at(uint32_t i, uint32_t floor) {
    const Token& t = tok(i);
    // A word that neither signs nor spells a number opens nothing (a word has one piece, its key).
    if (t.kind == TokenKind::word && !d_.opening_words.may_start(t_.pieces[t.first_piece])) return std::nullopt;
    if (t.kind == TokenKind::fraction || t.kind == TokenKind::date) return slashed(i, floor);
    if (t.kind == TokenKind::percent) return percent(i, floor);
    if (t.kind == TokenKind::number && i > first_ && key_is(i - 1, "thứ")) return rank(i, floor);
    if (std::optional<Quantity> r = dashed_range(i, floor)) return r;

    // A sign: "âm 5", "-1,2M" (a dash glued to the figure, not a list dash "- 5").
    uint32_t start = i;
    bool negative = false;
    if (d_.negative.count(t.key) && i + 1 < end_) {
      negative = true;
      ++i;
    } else if (raw(i) == "-" && (t.space_before || i == first_) && i + 1 < end_ && glued(tok(i + 1)) &&
               (tok(i + 1).kind == TokenKind::number || raw(i + 1) == ",")) {
      negative = true;
      ++i;
    }
    const Token& lead = tok(i);
    bool word_led = lead.kind == TokenKind::word && d_.is_number_word(lead.key);
    if (lead.kind != TokenKind::number && !word_led && raw(i) != ",") return std::nullopt;

    std::optional<NumberPhrase> p = read_number_phrase(d_, t_, n_, i, end_);
    if (!p) return std::nullopt;
    // A prefix unit ("$10", "US$ 5", "USD1,23") sits before the figure (and before a sign).
    PhraseMatch prefix = d_.units_before.ending_at(t_, n_, floor, start);

    if (p->starts_with_digits) {
      if (!prefix && identifier(i, *p)) return std::nullopt;
      if (dated(i, *p)) return std::nullopt;
    } else if (!words_allowed(i, *p)) {
      return std::nullopt;
    }

    Quantity q;
    q.value = negative ? -p->value : p->value;
    q.decimals = p->decimals;
    q.scale = p->scale;
    q.malformed = p->malformed;
    q.problem = p->problem;
    uint32_t j = p->end;
    bool has_unit = unit_after(j, q);
    if (!has_unit && d_.time_nouns.longest(t_, n_, j, end_)) return std::nullopt;  // "8 tháng": a duration
    if (!has_unit && prefix) {
      q.unit = d_.units[prefix.payload].unit;
      has_unit = true;
    }
    if (!has_unit) {
      // A lone number word needs a noun; a plain figure 1900..2100 without one is a year.
      if (!p->starts_with_digits && p->end - i == 1) return std::nullopt;
      if (p->starts_with_digits && year_shaped(i, *p)) return std::nullopt;
    }
    if (has_unit) subunit(j, q);
    uint32_t number_first = start;
    uint32_t span_first = prefix ? std::min(prefix.first, start) : start;
    span_first = qualifier(span_first, floor, q);
    q.first_token = span_first;
    q.end_token = j;
    q.span = {tok(span_first).start, tok(j - 1).end};
    q.number_span = {tok(number_first).start, tok(p->end - 1).end};
    finish(q, p->has_magnitude);
    return q;
  }

  // Whether a digit-led figure is an identifier rather than an amount.
  bool identifier(uint32_t i, const NumberPhrase& p) const {
    const Token& t = tok(i);
    // A leading zero ("0204"), "0204.3854", "1.2.3"; "01 KCN" was read as a padded count.
    if (t.kind == TokenKind::number && !p.padded && !parse_figure(raw(i))) return true;
    if (i > first_ && glued(t)) {
      const Token& prev = tok(i - 1);
      if (is_letters(prev)) return true;  // "QL18", "A1"
      // "Covid-19", "NQ/TU 5": a dash or slash glued on both sides.
      if ((raw(i - 1) == "-" || raw(i - 1) == "/" || raw(i - 1) == ".") && i - 1 > first_ && glued(tok(i - 1)) &&
          (is_letters(tok(i - 2)) || tok(i - 2).kind == TokenKind::number))
        return true;
      if (raw(i - 1) == ":" && i - 1 > first_ && glued(tok(i - 1)) && tok(i - 2).kind == TokenKind::number) return true;
    }
    uint32_t e = p.end;
    if (e < end_ && glued(tok(e)) && !p.has_magnitude) {
      // "105-NQ", "219/QĐ-TTg", "09:03", "1A", "9h30": a glued tail that is no unit.
      if ((raw(e) == "-" || raw(e) == "/" || raw(e) == ":" || raw(e) == ".") && e + 1 < end_ && glued(tok(e + 1)) &&
          (is_letters(tok(e + 1)) || tok(e + 1).kind == TokenKind::number))
        return true;
      if (is_letters(tok(e)) && !d_.units_after.longest(t_, n_, e, end_)) return true;
    }
    // A run of plain figures is a phone number or a table row: "0912 345 678".
    if (p.end - p.first == 1) {
      if (e < end_ && tok(e).kind == TokenKind::number) return true;
      if (i > first_ && tok(i - 1).kind == TokenKind::number && t.space_before) return true;
    }
    if (d_.code_before.ending_at(t_, n_, first_, i)) return true;
    return false;
  }

  bool plain_integer(uint32_t i, const NumberPhrase& p) const {
    return p.end - p.first == 1 && raw(i).find_first_not_of("0123456789") == std::string_view::npos;
  }

  bool year_shaped(uint32_t i, const NumberPhrase& p) const {
    return plain_integer(i, p) && raw(i).size() == 4 && p.value >= d_.year_min && p.value <= d_.year_max;
  }

  // "ngày 22", "tháng 8", "quý 2", "năm 2030", "đến 2030": a date the dates stage reads.
  bool dated(uint32_t i, const NumberPhrase& p) const {
    if (!plain_integer(i, p)) return false;
    PhraseMatch m = d_.date_before.ending_at(t_, n_, first_, i);
    if (!m) return false;
    double max = d_.date_max[m.payload];
    return max == 0 ? year_shaped(i, p) : p.value <= max;
  }

  bool words_allowed(uint32_t i, const NumberPhrase& p) const {
    const Token& t = tok(i);
    if (t.capitalized && i > first_) return false;  // "Ba Đình", "Hai Bà Trưng"
    if (p.end - i == 1 && d_.digits.count(t.key) && d_.digits.at(t.key) == 0) return false;  // "không có"
    if (i > first_ && d_.indefinite.count(tok(i - 1).key)) return false;  // "hàng trăm", "vài chục"
    return true;
  }

  // Unit or counted noun right after the figure; advances j past it.
  bool unit_after(uint32_t& j, Quantity& q) const {
    PhraseMatch m = d_.units_after.longest(t_, n_, j, end_);
    if (!m) return false;
    // A counted noun glued to a figure is no noun ("5A"); units may be glued ("7.000ha", "10$").
    const UnitInfo& u = d_.units[m.payload];
    q.unit = u.unit;
    q.noun = u.noun;
    j = m.end;
    return true;
  }

  // "2 đô 23 xu", "2 đô la và 23 xen": cents after a money unit.
  void subunit(uint32_t& j, Quantity& q) const {
    for (const Subunit& s : d_.subunits) {
      if (s.unit != q.unit) continue;
      uint32_t k = j;
      if (PhraseMatch m = s.joiners.longest(t_, n_, k, end_)) k = m.end;
      if (k >= end_) return;
      std::optional<NumberPhrase> p = read_number_phrase(d_, t_, n_, k, end_);
      if (!p || p->has_magnitude || p->decimals != 0 || p->value >= s.per) return;
      if (p->starts_with_digits && !plain_integer(k, *p)) return;
      uint32_t e = p->end;
      PhraseMatch word = s.words.longest(t_, n_, e, end_);
      if (word) {
        e = word.end;
      } else if (e < end_ && tok(e).kind != TokenKind::punct) {
        return;  // "hai đô 23" only when nothing else follows the cents
      }
      q.value += (q.value < 0 ? -p->value : p->value) / s.per;
      q.decimals = 2;
      j = e;
      return;
    }
  }

  // Moves the span start back over the closest qualifier; sets q.approx.
  uint32_t qualifier(uint32_t s, uint32_t floor, Quantity& q) const {
    uint32_t e = s;
    for (int gaps = 0; gaps <= 2; ++gaps) {
      if (PhraseMatch m = d_.approx.ending_at(t_, n_, floor, e)) {
        q.approx = static_cast<Approx>(m.payload);
        return m.first;
      }
      PhraseMatch g = d_.approx_gap.ending_at(t_, n_, floor, e);
      if (!g) break;
      e = g.first;
    }
    return s;
  }

  std::optional<Quantity> percent(uint32_t i, uint32_t floor) {
    std::string_view text = raw(i);
    std::optional<Figure> f = parse_figure(text.substr(0, text.size() - 1));
    if (!f) return std::nullopt;
    Quantity q;
    q.value = f->value;
    q.decimals = f->decimals;
    q.unit = "%";
    uint32_t s = i;
    if (i > first_ && raw(i - 1) == "-" && glued(tok(i)) && (tok(i - 1).space_before || i - 1 == first_)) {
      q.value = -q.value;
      s = i - 1;
    }
    q.number_span = {tok(s).start, tok(i).end - 1};
    s = qualifier(s, floor, q);
    q.first_token = s;
    q.end_token = i + 1;
    q.span = {tok(s).start, tok(i).end};
    finish(q, false);
    return q;
  }

  // "500-700 ha", "60-70%" (one range token) and "5.500-6.000 ha" (figure, dash, figure, all
  // glued): the two ends of one range, only with a unit or counted noun after them. Without one,
  // "2022-2025" is the dates stage's period and "105-NQ" an identifier.
  std::optional<Quantity> dashed_range(uint32_t i, uint32_t floor) {
    if (d_.range_ends.empty()) return std::nullopt;
    std::string_view low_text, high_text;
    uint32_t j = i + 1;
    if (tok(i).kind == TokenKind::range) {
      std::string_view text = raw(i);
      size_t dash = text.find('-');
      if (dash == std::string_view::npos) return std::nullopt;
      low_text = trim(text.substr(0, dash));
      high_text = trim(text.substr(dash + 1));
    } else if (tok(i).kind == TokenKind::number && i + 2 < end_ && raw(i + 1) == "-" && glued(tok(i + 1)) &&
               glued(tok(i + 2)) && tok(i + 2).kind == TokenKind::number) {
      low_text = raw(i);
      high_text = raw(i + 2);
      j = i + 3;
    } else {
      return std::nullopt;
    }
    if (i > first_ && glued(tok(i)) && is_letters(tok(i - 1))) return std::nullopt;  // "QL18-20"
    std::optional<Figure> a = parse_figure(low_text);
    std::optional<Figure> b = parse_figure(high_text);
    if (!a || !b || !(a->value < b->value)) return std::nullopt;
    // "khoảng 150-200 triệu USD": a magnitude after the range multiplies both ends, as it does
    // after "150 đến 200" (join_ranges); a stack Vietnamese does not read leaves the range unread.
    double magnitude = 1;
    {
      std::vector<double> stack;
      while (j < end_) {
        auto it = d_.magnitudes.find(tok(j).key);
        if (it == d_.magnitudes.end()) break;
        stack.push_back(it->second);
        ++j;
      }
      if (stack.size() > 1 && std::find(d_.stacks.begin(), d_.stacks.end(), stack) == d_.stacks.end())
        return std::nullopt;
      for (double m : stack) magnitude *= m;
    }
    Quantity high;
    if (!unit_after(j, high)) return std::nullopt;
    Quantity low = high;
    low.value = a->value * magnitude;
    low.decimals = a->decimals;
    low.scale = magnitude;
    high.value = b->value * magnitude;
    high.decimals = b->decimals;
    high.scale = magnitude;
    uint32_t s = qualifier(i, floor, low);
    if (PhraseMatch from = d_.range_from.ending_at(t_, n_, floor, s)) s = from.first;
    const uint32_t figures_end = tok(i).kind == TokenKind::range ? i + 1 : i + 3;
    low.first_token = s;
    low.end_token = i + 1;
    low.span = {tok(s).start, tok(i).end};
    low.number_span = {tok(i).start, tok(figures_end - 1).end};
    finish(low, magnitude != 1);
    high.first_token = i;
    high.end_token = j;
    high.span = {tok(i).start, tok(j - 1).end};
    high.number_span = low.number_span;
    finish(high, magnitude != 1);
    merge_range(low, high);
    return low;
  }

  static std::string_view trim(std::string_view v) {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    return v;
  }

  // Two ends of a range -> one quantity into `low`: the midpoint, standing for every value from
  // the low end's interval to the high end's. The vocabulary has no "range" qualifier; "about"
  // is the one that says the value is a stand-in, and the interval says how far it reaches.
  void merge_range(Quantity& low, const Quantity& high) const {
    double from = std::min(low.low, high.low), to = std::max(low.high, high.high);
    low.value = (low.value + high.value) / 2;
    low.decimals = std::max(low.decimals, high.decimals) + 1;
    low.scale = std::max(low.scale, high.scale);
    low.exact = false;
    low.approx = Approx::about;
    low.low = from;
    low.high = to;
    low.malformed = low.malformed || high.malformed;
    if (low.problem.empty()) low.problem = high.problem;
    low.end_token = high.end_token;
    low.span.end = high.span.end;
    low.number_span.end = high.number_span.end;
  }

  // "thứ 13": a rank without a whole.
  std::optional<Quantity> rank(uint32_t i, uint32_t floor) {
    std::optional<Figure> f = parse_figure(raw(i));
    if (!f || f->decimals) return std::nullopt;
    (void)floor;
    Quantity q;
    q.kind = QuantityKind::rank;
    q.value = f->value;
    q.first_token = i;
    q.end_token = i + 1;
    q.number_span = {tok(i).start, tok(i).end};
    uint32_t j = i + 1;
    unit_after(j, q);
    q.end_token = j;
    q.span = {tok(i).start, tok(j - 1).end};
    q.exact = true;
    set_interval(q);
    return q;
  }

  // "35/55 cụm", "thứ 2/63 tỉnh", "10/10 huyện" (date-shaped, read by its noun).
  std::optional<Quantity> slashed(uint32_t i, uint32_t floor) {
    std::string_view text = raw(i);
    size_t slash = text.find('/');
    if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos) return std::nullopt;
    std::optional<Figure> a = parse_figure(text.substr(0, slash));
    std::optional<Figure> b = parse_figure(text.substr(slash + 1));
    if (!a || !b || a->decimals || b->decimals) return std::nullopt;
    // "35/2022/NĐ-CP", "05/NQ-TU": a document number.
    if (i + 1 < end_ && glued(tok(i + 1)) && (raw(i + 1) == "/" || raw(i + 1) == "-")) return std::nullopt;
    if (i > first_ && glued(tok(i)) && (is_letters(tok(i - 1)) || raw(i - 1) == "/" || raw(i - 1) == "-"))
      return std::nullopt;
    bool after_rank = i > first_ && key_is(i - 1, "thứ");
    Quantity q;
    uint32_t j = i + 1;
    bool noun = unit_after(j, q);
    if (tok(i).kind == TokenKind::date && !noun && !after_rank) return std::nullopt;
    if (d_.code_before.ending_at(t_, n_, first_, i)) return std::nullopt;
    q.kind = after_rank ? QuantityKind::rank : QuantityKind::ratio;
    q.value = a->value;
    q.whole = b->value;
    q.number_span = {tok(i).start, tok(i).end};
    uint32_t s = after_rank ? i : qualifier(i, floor, q);
    q.first_token = s;
    q.end_token = j;
    q.span = {tok(s).start, tok(j - 1).end};
    q.exact = true;
    set_interval(q);
    return q;
  }

  void finish(Quantity& q, bool has_magnitude) const {
    bool counted = d_.exact_units.count(q.unit) || (q.unit.empty() && !q.noun.empty());
    // A qualified count is still a whole count, widened by its qualifier: "hơn 30 nước" is [30, 37.5].
    q.exact = counted && !has_magnitude && q.decimals == 0 && q.value == std::floor(q.value);
    set_interval(q, d_.widths[static_cast<size_t>(q.approx)]);
  }

  // "700 km2" -> 70 000 ha: last, so that ranges were joined in the written unit.
  void convert(std::vector<Quantity>& qs) const {
    for (Quantity& q : qs) {
      for (const auto& c : d_.conversions) {
        if (q.unit != c.from) continue;
        q.unit = c.to;
        q.value *= c.times;
        q.low *= c.times;
        q.high *= c.times;
        q.scale *= c.times;
        break;
      }
    }
  }

  // "từ 5 đến 7 ha": the first end takes the unit of the second; when the joiner makes them the
  // ends of one range ("đến", "-", not "và", "hoặc"), they become one quantity. So do two ends
  // that both carry the unit, when a range opener stands before the first ("từ 60% đến 70%").
  void join_ranges(std::vector<Quantity>& qs) const {
    for (size_t k = 0; k + 1 < qs.size(); ++k) {
      Quantity& a = qs[k];
      const Quantity& b = qs[k + 1];
      if (a.kind != QuantityKind::amount || b.kind != QuantityKind::amount) continue;
      bool a_bare = a.unit.empty() && a.noun.empty();
      bool b_bare = b.unit.empty() && b.noun.empty();
      if (b_bare) continue;
      PhraseMatch joiner = d_.range_joiners.longest(t_, n_, a.end_token, b.first_token);
      PhraseMatch end_word = d_.range_ends.longest(t_, n_, a.end_token, b.first_token);
      bool ends = end_word && end_word.end == b.first_token;
      if (a_bare) {
        if (!joiner || joiner.end != b.first_token) continue;
        a.unit = b.unit;
        a.noun = b.noun;
        // The first end has no magnitude of its own; "5 đến 7 tỷ" reads 5 tỷ only if a has none.
        if (a.scale == 1 && b.scale != 1) {
          a.value *= b.scale;
          a.scale = b.scale;
        }
        finish(a, a.scale != 1);
      } else {
        PhraseMatch from = d_.range_from.ending_at(t_, n_, first_, a.first_token);
        if (!ends || !from || a.unit != b.unit || a.noun != b.noun) continue;
      }
      if (!ends || !(a.value < b.value) || b.approx != Approx::none) continue;
      if (PhraseMatch from = d_.range_from.ending_at(t_, n_, first_, a.first_token)) {
        a.first_token = from.first;
        a.span.start = tok(from.first).start;
      }
      merge_range(a, b);
      qs.erase(qs.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
  }

  const NumberData& d_;
  const TokenizedText& t_;
  const NormalizedText& n_;
  uint32_t first_;
  uint32_t end_;
};

class Grammar final : public NumberGrammar {
 public:
  explicit Grammar(NumberData data) : data_(std::move(data)) {}
  std::vector<Quantity> read(const TokenizedText& tokens, const NormalizedText& text, uint32_t first,
                             uint32_t end) const override {
    return SentenceReader(data_, tokens, text, first, end).run();
  }

 private:
  NumberData data_;
};

}  // namespace
}  // namespace numbers

std::shared_ptr<const NumberGrammar> NumberGrammar::load(const std::string& data_dir) {
  return std::make_shared<numbers::Grammar>(numbers::load_number_data(data_dir));
}

}  // namespace solieu
