// number_phrase: digits and number words -> one value with its written precision.
// Tested by tests/corpus/numbers.tsv and tests/numbers/duckling_test.cpp.
#include "numbers/number_phrase.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <vector>

#include "numbers/figure.hpp"

namespace solieu::numbers {
namespace {

struct Group {
  double value = 0;
  int decimals = 0;
  uint32_t end = 0;
  bool digits = false;
  bool padded = false;  // "01" before a counted noun
};

class Reader {
 public:
  Reader(const NumberData& d, const TokenizedText& t, const NormalizedText& n, uint32_t end)
      : d_(d), t_(t), n_(n), end_(end) {}

  std::optional<NumberPhrase> read(uint32_t i) {
    NumberPhrase out;
    out.first = i;
    double total = 0;
    double last_magnitude = std::numeric_limits<double>::infinity();
    uint32_t p = i;
    bool any = false;
    bool digits_seen = false;  // a group so far was written in digits
    for (;;) {
      std::optional<Group> g = group(p, !any);
      if (!g) break;
      uint32_t j = g->end;
      if (!any) out.starts_with_digits = g->digits;
      point(*g, j);
      // Magnitudes: glued letters after digits ("100k"), then words, possibly stacked.
      std::vector<double> stack;
      std::string stack_text;
      if (g->digits && j < end_ && !t_.tokens[j].space_before) {
        std::string_view raw = t_.text(t_.tokens[j], n_);
        for (const auto& [letters, value] : d_.suffixes) {
          if (raw == letters) {
            stack.push_back(value);
            stack_text = letters;
            ++j;
            break;
          }
        }
      }
      while (j < end_) {
        auto it = d_.magnitudes.find(t_.tokens[j].key);
        if (it == d_.magnitudes.end()) break;
        stack.push_back(it->second);
        if (!stack_text.empty()) stack_text += ' ';
        stack_text += t_.text(t_.tokens[j], n_);
        ++j;
      }
      if (stack.empty()) {
        if (!any) {  // a plain figure or a number below a thousand
          out.padded = g->padded;
          out.value = g->value;
          out.decimals = g->decimals;
          out.end = j;
          return out;
        }
        // A trailing group without magnitude: "hai mươi mốt nghìn không trăm mười một". Only words
        // read this way; "2 tỷ 300" leaves the 300 to stand alone.
        if (!g->digits && g->value < last_magnitude) {
          total += g->value;
          out.scale = 1;
          out.decimals = 0;
          out.end = j;
        }
        break;
      }
      double magnitude = 1;
      for (double m : stack) magnitude *= m;
      if (magnitude >= last_magnitude) {
        // "năm nghìn hai trăm tỷ" is 5 200 tỷ: spelled out, a larger magnitude after a smaller one
        // multiplies everything read so far, when the two make an allowed stack ("nghìn tỷ").
        // Otherwise ("hai nghìn ba triệu", "5 nghìn 200 tỷ") a new number begins.
        if (digits_seen || g->digits || stack.size() != 1 || !allowed({last_magnitude, magnitude})) break;
        total = (total + g->value) * magnitude;
        out.scale = magnitude;
        out.decimals = 0;
        last_magnitude = magnitude;
        out.end = j;
        p = j;
        if (p >= end_) break;
        continue;
      }
      if (stack.size() > 1 && !allowed(stack) && !out.malformed) {
        out.malformed = true;
        out.problem =
            "stacked magnitude words \"" + stack_text + "\" cannot be read; the value is their literal product";
      }
      double v = g->value * magnitude;
      int decimals = g->decimals;
      if (j < end_ && d_.half.count(t_.tokens[j].key)) {  // "1 triệu rưỡi", "trăm rưỡi" is in group()
        v += magnitude / 2;
        decimals = std::max(decimals, 1);
        ++j;
      }
      total += v;
      digits_seen = digits_seen || g->digits;
      out.scale = magnitude;
      out.decimals = decimals;
      out.has_magnitude = true;
      last_magnitude = magnitude;
      out.end = j;
      any = true;
      p = j;
      // Only groups of words or digits continue the number; anything else ends it.
      if (p >= end_) break;
    }
    if (!any) return std::nullopt;
    out.value = total;
    return out;
  }

 private:
  const std::string& key(uint32_t p) const { return t_.tokens[p].key; }
  bool in(const std::unordered_set<std::string>& set, uint32_t p) const { return p < end_ && set.count(key(p)); }
  std::optional<int> lookup(const NumberData::Map<int>& map, uint32_t p) const {
    if (p >= end_) return std::nullopt;
    auto it = map.find(key(p));
    if (it == map.end()) return std::nullopt;
    return it->second;
  }

  bool allowed(const std::vector<double>& stack) const {
    for (const auto& s : d_.stacks)
      if (s == stack) return true;
    return false;
  }

  // A group: one figure, or a number below a thousand in words.
  std::optional<Group> group(uint32_t p, bool first) const {
    if (p >= end_) return std::nullopt;
    const Token& t = t_.tokens[p];
    if (t.kind == TokenKind::number) {
      std::optional<Figure> f = parse_figure(t_.text(t, n_));
      bool padded = false;
      if (!f && first && d_.counted_noun_at(t_, n_, p + 1, end_)) {
        f = parse_padded_count(t_.text(t, n_));
        padded = f.has_value();
      }
      if (!f) return std::nullopt;
      Group g{f->value, f->decimals, p + 1, true, padded};
      // "5 trăm triệu": a digit times a hundred.
      if (f->decimals == 0 && f->value < 10 && in(d_.hundred, p + 1)) {
        g.value *= 100;
        g.end = p + 2;
      }
      return g;
    }
    // ",77" = 0,77 (Duckling writes it; a comma with a space before and digits glued after).
    bool opens = t.space_before || (p > 0 && t_.text(t_.tokens[p - 1], n_) == "-");  // "-,0012G"
    if (first && t.kind == TokenKind::punct && opens && t_.text(t, n_) == "," && p + 1 < end_ &&
        t_.tokens[p + 1].kind == TokenKind::number && !t_.tokens[p + 1].space_before) {
      std::string_view digits = t_.text(t_.tokens[p + 1], n_);
      if (digits.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
      std::optional<Figure> f = parse_figure("0," + std::string(digits));
      if (!f) return std::nullopt;
      return Group{f->value, f->decimals, p + 2, true};
    }
    return words(p);
  }

  // [d trăm | trăm] [linh d | mười [d] | d mươi [d] | d] | d
  std::optional<Group> words(uint32_t p) const {
    Group g;
    uint32_t q = p;
    bool hundreds = false;
    if (auto d = lookup(d_.digits, q); d && in(d_.hundred, q + 1)) {
      g.value = *d * 100;
      q += 2;
      hundreds = true;
    } else if (in(d_.hundred, q)) {
      g.value = 100;
      q += 1;
      hundreds = true;
    }
    if (hundreds) {
      if (in(d_.zero_tens, q)) {
        if (auto d = lookup(d_.digits, q + 1)) {
          g.value += *d;
          g.end = q + 2;
          return g;
        }
      }
      if (in(d_.half, q)) {  // "trăm rưỡi" = 150
        g.value += 50;
        g.end = q + 1;
        return g;
      }
    }
    if (in(d_.ten, q)) {
      g.value += 10;
      ++q;
      if (auto d = lookup(d_.after_ten, q)) {
        g.value += *d;
        ++q;
      }
    } else if (auto d = lookup(d_.digits, q); d && *d >= 1 && in(d_.tens, q + 1)) {
      g.value += *d * 10;
      q += 2;
      if (auto u = lookup(d_.after_tens, q)) {
        g.value += *u;
        ++q;
      }
    } else if (!hundreds) {
      if (auto d = lookup(d_.digits, q)) {
        g.value = *d;
        ++q;
      }
    }
    if (q == p) return std::nullopt;
    g.end = q;
    return g;
  }

  // "hai phẩy năm", "2 chấm 23": a spoken decimal mark and the digits after it.
  void point(Group& g, uint32_t& j) const {
    if (g.decimals != 0 || !in(d_.point, j)) return;
    std::string fraction;
    uint32_t k = j + 1;
    if (k < end_ && t_.tokens[k].kind == TokenKind::number) {
      std::string_view digits = t_.text(t_.tokens[k], n_);
      if (digits.find_first_not_of("0123456789") != std::string_view::npos) return;
      fraction = digits;
      ++k;
    } else {
      while (auto d = lookup(d_.digits, k)) {
        fraction += static_cast<char>('0' + *d);
        ++k;
      }
    }
    if (fraction.empty() || fraction.size() > 12) return;
    g.value += std::stod("0." + fraction);
    g.decimals = static_cast<int>(fraction.size());
    j = k;
  }

  const NumberData& d_;
  const TokenizedText& t_;
  const NormalizedText& n_;
  uint32_t end_;
};

}  // namespace

std::optional<NumberPhrase> read_number_phrase(const NumberData& data, const TokenizedText& tokens,
                                               const NormalizedText& text, uint32_t i, uint32_t end) {
  return Reader(data, tokens, text, end).read(i);
}

}  // namespace solieu::numbers
