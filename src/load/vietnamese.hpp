#pragma once
// vietnamese: the letters of Vietnamese, as ICU's decomposed (NFD) form spells them.
// A Vietnamese letter is an ASCII letter or đ, plus at most one vowel mark (circumflex, breve,
// horn) and, per syllable, at most one tone mark. canonical_key and the legacy-encoding scorer
// both reason on this decomposition.
// Tested by tests/load/test_keys.cpp and tests/load/test_decode.cpp.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace solieu {

// The five tone marks: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng).
inline bool is_tone_mark(char16_t c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }
// The vowel marks that make â ê ô, ă, ơ ư.
inline bool is_vowel_mark(char16_t c) { return c == 0x0302 || c == 0x0306 || c == 0x031B; }

const icu::Normalizer2& nfc_normalizer();
const icu::Normalizer2& nfd_normalizer();

// Is this whitespace-delimited word (NFC, any case) spelled with Vietnamese letters only, with
// at most one tone mark? Digits and ASCII punctuation are allowed; anything else is not.
bool is_vietnamese_word(const icu::UnicodeString& word);

}  // namespace solieu
