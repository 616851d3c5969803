// scan: normalized text -> raw tokens in one left-to-right pass, no backtracking beyond a few
// bytes. Decides token kinds by shape only (number, percent, date-like, fraction, range, acronym);
// the grammars decide meaning with context. Tested by tests/tokenize/ and tests/corpus/tokens.tsv.
#include "tokenize/scan.hpp"

#include "tokenize/char_class.hpp"

namespace solieu::detail {
namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the run of ASCII digits at i.
uint32_t digit_run(std::string_view s, uint32_t i) {
  uint32_t j = i;
  while (j < s.size() && is_ascii_digit(s[j])) ++j;
  return j - i;
}

uint32_t to_int(std::string_view digits) {
  uint32_t v = 0;
  for (char c : digits.substr(0, 9)) v = v * 10 + static_cast<uint32_t>(c - '0');
  return v;
}

bool is_year(std::string_view digits) {
  if (digits.size() != 4) return false;
  uint32_t y = to_int(digits);
  return y >= 1900 && y <= 2100;
}

bool letter_at(std::string_view s, uint32_t i) {
  return i < s.size() && classify(decode_utf8(s, i).cp) == CharClass::letter;
}

// Whether a slashed figure a/b(/c) has the shape of a date: d/m, m/yyyy, d/m/yyyy (or yy).
bool date_shaped(std::string_view a, std::string_view b, std::string_view c) {
  uint32_t x = to_int(a), y = to_int(b);
  if (a.size() > 2 || b.size() > 4) return false;
  if (!c.empty()) {
    return x >= 1 && x <= 31 && b.size() <= 2 && y >= 1 && y <= 12 && (c.size() == 4 || c.size() == 2);
  }
  if (b.size() == 4) return x >= 1 && x <= 12 && is_year(b);
  return x >= 1 && x <= 31 && b.size() <= 2 && y >= 1 && y <= 12;
}

bool roman_numeral(std::string_view word) {
  if (word.empty() || word.size() > 4) return false;
  for (char c : word)
    if (c != 'I' && c != 'V' && c != 'X') return false;
  return true;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : s_(text) {}

  std::vector<RawToken> run() {
    std::vector<RawToken> out;
    out.reserve(s_.size() / 5 + 8);
    uint32_t i = 0;
    bool space = false, line = false;
    while (i < s_.size()) {
      const auto byte = static_cast<unsigned char>(s_[i]);
      if (byte == ' ') {  // the commonest byte of all, before any decoding
        space = true;
        ++i;
        continue;
      }
      Decoded d = byte < 0x80 ? Decoded{byte, 1} : decode_utf8(s_, i);
      CharClass cls = classify(d.cp);
      RawToken t;
      t.start = i;
      switch (cls) {
        case CharClass::space:
          space = true;
          i += d.length;
          continue;
        case CharClass::newline:
          space = line = true;
          i += d.length;
          continue;
        case CharClass::letter: i = word(i, t); break;
        case CharClass::digit: i = number(i, t); break;
        case CharClass::punct:
          t.kind = TokenKind::punct;
          i += d.length;
          break;
        case CharClass::other:
          t.kind = TokenKind::symbol;
          i += d.length;
          break;
      }
      t.end = i;
      t.space_before = space || out.empty();
      t.line_before = line || out.empty();
      space = line = false;
      out.push_back(t);
    }
    return out;
  }

 private:
  // Letters, joined across an inner hyphen ("héc-ta", "KT-XH"); all capitals -> acronym.
  uint32_t word(uint32_t i, RawToken& t) {
    uint32_t letters = 0, upper = 0;
    t.capitalized = is_upper(decode_utf8(s_, i).cp);
    const uint8_t* table = code_point_table();
    for (;;) {
      while (i < s_.size()) {
        const auto byte = static_cast<unsigned char>(s_[i]);
        if (byte < 0x80) {  // most letters of a syllable are ASCII: no decoding
          if (((byte | 0x20) < 'a') || ((byte | 0x20) > 'z')) break;
          ++letters;
          upper += byte <= 'Z';
          ++i;
          continue;
        }
        Decoded d = decode_utf8(s_, i);
        const uint8_t entry = d.cp < kTabledCodePoints ? table[d.cp] : 0;
        if (d.cp < kTabledCodePoints ? (entry & ~kUpperBit) != static_cast<uint8_t>(CharClass::letter)
                                     : classify(d.cp) != CharClass::letter)
          break;
        t.ascii = false;
        ++letters;
        upper += d.cp < kTabledCodePoints ? (entry & kUpperBit) != 0 : is_upper(d.cp);
        i += d.length;
      }
      if (i + 1 < s_.size() && s_[i] == '-' && letter_at(s_, i + 1)) {
        ++i;
        continue;
      }
      break;
    }
    std::string_view text = s_.substr(t.start, i - t.start);
    // "II/2021" (quý II/2021): a Roman numeral over a year is a date shape.
    if (roman_numeral(text) && i + 5 <= s_.size() && s_[i] == '/' && digit_run(s_, i + 1) == 4 &&
        !letter_at(s_, i + 5)) {
      t.kind = TokenKind::date;
      return i + 5;
    }
    t.kind = letters >= 2 && upper == letters ? TokenKind::acronym : TokenKind::word;
    t.has_upper = upper > 0;
    return i;
  }

  // Digits with '.'/',' separators; then maybe '%', a slashed shape, or a dash range.
  uint32_t number(uint32_t i, RawToken& t) {
    uint32_t first_run = digit_run(s_, i);
    uint32_t j = i + first_run;
    bool plain = true;
    while (j + 1 < s_.size() && (s_[j] == '.' || s_[j] == ',') && is_ascii_digit(s_[j + 1])) {
      j += 1 + digit_run(s_, j + 1);
      plain = false;
    }
    t.kind = TokenKind::number;
    if (j < s_.size() && s_[j] == '%') {
      t.kind = TokenKind::percent;
      return j + 1;
    }
    if (plain && j < s_.size() && s_[j] == '/' && j + 1 < s_.size() && is_ascii_digit(s_[j + 1])) {
      std::string_view a = s_.substr(i, first_run);
      uint32_t b_len = digit_run(s_, j + 1);
      std::string_view b = s_.substr(j + 1, b_len);
      uint32_t k = j + 1 + b_len;
      std::string_view c;
      if (k + 1 < s_.size() && s_[k] == '/' && is_ascii_digit(s_[k + 1])) {
        uint32_t c_len = digit_run(s_, k + 1);
        c = s_.substr(k + 1, c_len);
        if (date_shaped(a, b, c)) {
          t.kind = TokenKind::date;
          return k + 1 + c_len;
        }
      }
      if (letter_at(s_, k)) return j;  // "219/QĐ" is a document number: leave the slash alone
      t.kind = date_shaped(a, b, {}) ? TokenKind::date : TokenKind::fraction;
      return k;
    }
    // Ranges: "2022-2025", "5-7"; with spaces only between two years ("2021- 2026", "2021 - 2026").
    if (plain) {
      uint32_t k = j;
      bool space_before_dash = k < s_.size() && s_[k] == ' ';
      if (space_before_dash) ++k;
      if (k < s_.size() && s_[k] == '-') {
        ++k;
        bool space_after = k < s_.size() && s_[k] == ' ';
        if (space_after) ++k;
        uint32_t run = digit_run(s_, k);
        bool clean_end =
            run > 0 && !letter_at(s_, k + run) &&
            !(k + run + 1 < s_.size() && (s_[k + run] == '.' || s_[k + run] == ',') && is_ascii_digit(s_[k + run + 1]));
        bool years = is_year(s_.substr(i, first_run)) && is_year(s_.substr(k, run));
        if (clean_end && (years || (!space_before_dash && !space_after))) {
          t.kind = TokenKind::range;
          return k + run;
        }
      }
    }
    return j;
  }

  std::string_view s_;
};

}  // namespace

std::vector<RawToken> scan(std::string_view text) { return Scanner(text).run(); }

}  // namespace solieu::detail
