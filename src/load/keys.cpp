// keys: canonical_key and folded_key, the spellings solieu matches names with.
// Canonical tone placement is the traditional one, which most newsrooms and the seed articles
// use ("KCN Hòa Phú"): the tone sits on the vowel carrying a vowel mark (ươ -> ơ, iê -> ê);
// else, in a closed syllable, on the last vowel (hoàng, toán); else on the only vowel, the
// middle of three (ngoài), or the first of two (hòa, khỏe, thủy, mía, của). The other placement
// ("hoà", "khoẻ", "thuỷ", "uỷ", called old style by some and new style by others) therefore
// meets it. The u of qu- and the i of gi- before another vowel belong to the consonant
// (quý, giữ). Syllables that are not Vietnamese (café) keep their tone where it was written.
// Tested by tests/load/test_keys.cpp.
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "load/vietnamese.hpp"
#include "solieu/text.hpp"

namespace solieu {

namespace {

struct Letter {
  char16_t base = 0;
  icu::UnicodeString marks;  // non-tone combining marks, in NFD order
};

bool is_plain_vowel(char16_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool has_vowel_mark(const Letter& l) {
  for (int32_t i = 0; i < l.marks.length(); ++i) {
    if (is_vowel_mark(l.marks.charAt(i))) return true;
  }
  return false;
}

// Vietnamese syllables end in a vowel or in c, ch, m, n, ng, nh, p, t.
bool valid_final(const std::vector<Letter>& s, int from) {
  std::u16string tail;
  for (size_t k = static_cast<size_t>(from); k < s.size(); ++k) {
    if (!s[k].marks.isEmpty()) return false;
    tail += s[k].base;
  }
  static const std::u16string finals[] = {u"", u"c", u"ch", u"m", u"n", u"ng", u"nh", u"p", u"t"};
  for (const auto& f : finals) {
    if (tail == f) return true;
  }
  return false;
}

// Index of the letter that carries the tone in the canonical spelling; -1 when the syllable has
// no recognisable vowel nucleus (then the tone stays where the writer put it).
int tone_position(const std::vector<Letter>& s) {
  const int n = static_cast<int>(s.size());
  int i = 0;
  while (i < n && !is_plain_vowel(s[i].base)) ++i;
  if (i >= n) return -1;
  if (i > 0 && i + 1 < n && is_plain_vowel(s[i + 1].base)) {
    bool qu = s[i - 1].base == 'q' && s[i].base == 'u' && !has_vowel_mark(s[i]);
    bool gi = i == 1 && s[0].base == 'g' && s[i].base == 'i';
    if (qu || gi) ++i;
  }
  int j = i;
  while (j < n && is_plain_vowel(s[j].base)) ++j;
  const int len = j - i;
  const bool closed = j < n;
  if (!valid_final(s, j)) return -1;
  for (int k = j - 1; k >= i; --k) {
    if (has_vowel_mark(s[k])) return k;
  }
  if (closed) return j - 1;
  if (len == 1) return i;
  if (len == 3) return i + 1;
  if (len == 2) return i;
  return -1;  // four or more vowels: not a Vietnamese syllable
}

// Re-spells one syllable (letters and their marks) with its tone at the canonical position.
void place_tone(std::vector<Letter>& syllable, char16_t tone, int written_at, icu::UnicodeString& out) {
  int at = tone ? tone_position(syllable) : -1;
  if (tone && at < 0) at = written_at;
  for (int k = 0; k < static_cast<int>(syllable.size()); ++k) {
    out.append(syllable[k].base);
    out.append(syllable[k].marks);
    if (k == at) out.append(tone);
  }
  syllable.clear();
}

bool ascii_only(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// NFD + lower case; the input of both keys.
icu::UnicodeString lower_nfd(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  return nfd_normalizer().normalize(u, status);
}

}  // namespace

std::string canonical_key(std::string_view word) {
  if (ascii_only(word)) {
    std::string out(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString d = lower_nfd(word);
  icu::UnicodeString out;
  std::vector<Letter> syllable;
  char16_t tone = 0;
  int tone_at = -1;
  bool extra_tone = false;  // two tones in one syllable: not ours to fix, keep it as written
  auto flush = [&] {
    if (extra_tone) {
      for (const Letter& l : syllable) out.append(l.base).append(l.marks);
      syllable.clear();
    } else {
      place_tone(syllable, tone, tone_at, out);
    }
    tone = 0;
    tone_at = -1;
    extra_tone = false;
  };
  for (int32_t i = 0; i < d.length(); ++i) {
    char16_t c = d.charAt(i);
    bool mark = u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
    if (mark && !syllable.empty()) {
      if (is_tone_mark(c) && !extra_tone) {
        if (tone) {
          // Keep the first tone in place and the second as a plain mark on its letter.
          extra_tone = true;
          syllable[tone_at].marks.append(tone);
          syllable.back().marks.append(c);
        } else {
          tone = c;
          tone_at = static_cast<int>(syllable.size()) - 1;
        }
      } else {
        syllable.back().marks.append(c);
      }
    } else if (u_isalpha(c) && !U16_IS_SURROGATE(c)) {
      syllable.push_back({c, {}});
    } else {
      flush();
      out.append(c);
    }
  }
  flush();
  UErrorCode status = U_ZERO_ERROR;
  return to_utf8(nfc_normalizer().normalize(out, status));
}

std::string folded_key(std::string_view word) {
  std::string key = canonical_key(word);
  if (ascii_only(key)) return key;
  icu::UnicodeString d = lower_nfd(key);
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length(); ++i) {
    char16_t c = d.charAt(i);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(c == 0x0111 ? char16_t('d') : c);
  }
  return to_utf8(out);
}

}  // namespace solieu
