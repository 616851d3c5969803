// vietnamese: ICU normalizer instances and the spelling check used to score decodings.
// Tested by tests/load/test_decode.cpp (legacy encodings are chosen by this check).
#include "load/vietnamese.hpp"

#include <unicode/uchar.h>

#include <stdexcept>

namespace solieu {

const icu::Normalizer2& nfc_normalizer() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable");
    return n;
  }();
  return *instance;
}

const icu::Normalizer2& nfd_normalizer() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD data unavailable");
    return n;
  }();
  return *instance;
}

namespace {

bool is_ascii_letter(char16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Which vowel mark a base vowel may carry: â ê ô take the circumflex, ă the breve, ơ ư the horn.
bool mark_fits(char16_t base, char16_t mark) {
  char16_t b = static_cast<char16_t>(u_tolower(base));
  if (mark == 0x0302) return b == 'a' || b == 'e' || b == 'o';
  if (mark == 0x0306) return b == 'a';
  return b == 'o' || b == 'u';  // horn
}

bool is_vowel(char16_t c) {
  switch (u_tolower(c)) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y': return true;
    default: return false;
  }
}

}  // namespace

bool is_vietnamese_word(const icu::UnicodeString& word) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd_normalizer().normalize(word, status);
  if (U_FAILURE(status)) return false;
  int tones = 0;
  char16_t base = 0;
  bool base_marked = false;
  for (int32_t i = 0; i < d.length(); ++i) {
    char16_t c = d.charAt(i);
    if (is_ascii_letter(c) || c == 0x0111 || c == 0x0110) {
      base = c;
      base_marked = false;
    } else if (is_tone_mark(c)) {
      if (!is_vowel(base) || ++tones > 1) return false;
    } else if (is_vowel_mark(c)) {
      if (base == 0 || base_marked || !is_vowel(base) || !mark_fits(base, c)) return false;
      base_marked = true;
    } else if ((c >= '0' && c <= '9') || (c < 0x80 && u_ispunct(c))) {
      base = 0;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace solieu
