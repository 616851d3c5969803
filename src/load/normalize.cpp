// normalize: source bytes -> the text the tokenizer reads, with a map back to the source.
// Two passes. Fold first (spaces, line breaks, invisible characters, quotes, dashes), byte by
// byte with a map entry per output byte; then NFC through ICU's UTF-8 API, which edits only the
// segments that need it and reports them as Edits, so the map is carried across without ever
// building UTF-16 (ICU's UTF-16 round trip is ~5x slower than normalizeUTF8).
// Folding before NFC matters: dropping a zero-width joiner between a letter and its combining
// mark lets NFC compose them, and the fold outputs are ASCII starters that NFC never touches, so
// the result is stable: normalize(normalize(x).text).text == normalize(x).text.
// Speed: the fold copies ASCII eight bytes at a time and notes whether any character outside the
// always-NFC Latin ranges was seen; only then does ICU check (and, rarely, edit) the text.
// About 450 MB/s article by article on the seed articles (-O2, this 2-core machine); a single
// huge buffer is slower only by the cost of first touching its 4-bytes-per-byte map.
// Tested by tests/load/test_normalize.cpp and tests/fuzz/fuzz_normalize.cpp.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "load/utf8_check.hpp"
#include "load/vietnamese.hpp"
#include "solieu/text.hpp"

namespace solieu {

namespace {

// What a folded character becomes. Kept as a table of code points: this is a character
// repertoire, not vocabulary.
struct Fold {
  char32_t code_point;
  const char* replacement;  // "" = dropped
};

constexpr Fold kFolds[] = {
    {0x0085, "\n"},  // NEXT LINE
    {0x00A0, " "},   // NO-BREAK SPACE
    {0x00AD, ""},    // SOFT HYPHEN
    {0x1680, " "},   // OGHAM SPACE MARK
    {0x2000, " "},  {0x2001, " "},  {0x2002, " "},   {0x2003, " "},  {0x2004, " "},  {0x2005, " "},
    {0x2006, " "},  {0x2007, " "},  {0x2008, " "},   {0x2009, " "},  {0x200A, " "},  // Zs spaces
    {0x200B, ""},   {0x200C, ""},   {0x200D, ""},    {0x200E, ""},   {0x200F, ""},   // zero width, marks
    {0x2010, "-"},  {0x2011, "-"},  {0x2012, "-"},   {0x2013, "-"},  {0x2014, "-"},  {0x2015, "-"},
    {0x2018, "'"},  {0x2019, "'"},  {0x201A, "'"},   {0x201B, "'"},  {0x201C, "\""}, {0x201D, "\""},
    {0x201E, "\""}, {0x201F, "\""}, {0x2026, "..."}, {0x2028, "\n"}, {0x2029, "\n"},  // LINE / PARAGRAPH SEPARATOR
    {0x202F, " "},                   // NARROW NO-BREAK SPACE ("1 460" in French-style copy)
    {0x2032, "'"},  {0x2033, "\""},  // prime, double prime
    {0x205F, " "},                   // MEDIUM MATHEMATICAL SPACE
    {0x2060, ""},                    // WORD JOINER
    {0x2212, "-"},                   // MINUS SIGN
    {0x3000, " "},                   // IDEOGRAPHIC SPACE
    {0xFEFF, ""},                    // BOM / ZERO WIDTH NO-BREAK SPACE
};

const Fold* find_fold(char32_t cp) {
  // Every folded code point above ASCII is 0x85..0xFEFF; the table is small enough to scan,
  // and the caller only asks for the lead bytes that can start one of them.
  for (const Fold& f : kFolds) {
    if (f.code_point == cp) return &f;
  }
  return nullptr;
}

// Only a few two-byte prefixes can begin a folded character: C2 85/A0/AD (U+0085, U+00A0,
// U+00AD), E1 9A (U+1680), E2 80/81/88 (U+2000..U+206F, U+2212), E3 80 (U+3000), EF BB (U+FEFF).
// Vietnamese letters (C3, C4, C6, CC, E1 BA/BB) never match, so they skip the table.
inline bool may_fold(const unsigned char* p) {
  switch (p[0]) {
    case 0xC2: return p[1] == 0x85 || p[1] == 0xA0 || p[1] == 0xAD;
    case 0xE1: return p[1] == 0x9A;
    case 0xE2: return p[1] == 0x80 || p[1] == 0x81 || p[1] == 0x88;
    case 0xE3: return p[1] == 0x80;
    case 0xEF: return p[1] == 0xBB;
    default: return false;
  }
}

// Length of the well-formed UTF-8 sequence at p[0..n), 0 if ill-formed.
char32_t decode(const unsigned char* p, size_t len) {
  if (len == 2) return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  if (len == 3) return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

// True for characters that are NFC whatever surrounds them: not decomposable, not composable
// with what precedes, combining class 0. That holds for U+0080..U+024F (Latin-1 and Latin
// Extended-A/B: the precomposed letters themselves) and U+1E00..U+1EFF (Latin Extended
// Additional, where ắ ệ ữ live), which is nearly every non-ASCII character of a Vietnamese
// article; only other characters send the text to ICU's check. A test checks these ranges
// against ICU's NFC_Quick_Check property.
inline bool nfc_quick_yes(const unsigned char* p, uint32_t len) {
  if (len == 2) return p[0] >= 0xC2 && p[0] <= 0xC9;                                                  // U+0080..U+024F
  return len == 3 && p[0] == 0xE1 && (p[1] == 0xB8 || p[1] == 0xB9 || p[1] == 0xBA || p[1] == 0xBB);  // U+1E00..U+1EFF
}

// Output buffers of the fold pass. Plain pointers in a struct of their own, so that the hot
// loop keeps them in registers (a lambda capturing locals by reference would make every char
// store possibly alias them, forcing reloads).
struct FoldOut {
  std::string& text;
  std::vector<uint32_t>& map;
  size_t cap = 0;

  void grow(size_t need) {
    cap = cap * 2 + need;
    text.resize(cap);
    map.resize(cap + 1);
  }
};

// The fold pass. Returns whether NFC may have work to do (see nfc_quick_yes).
bool fold(std::string_view source, uint32_t from, std::string& text, std::vector<uint32_t>& map) {
  const auto* p = reinterpret_cast<const unsigned char*>(source.data());
  const uint32_t n = static_cast<uint32_t>(source.size());
  FoldOut out{text, map};
  // Folding never grows the text except U+FFFD for a stray byte (1 -> 3): size for the common
  // case and grow on the rare one.
  out.grow(n - from + 16);
  size_t w = 0;
  bool maybe_unnormalized = false;
  // A replacement maps all its bytes to the start of what it replaced; a copied sequence maps
  // byte for byte.
  auto put = [&out, &w](const char* bytes, size_t len, uint32_t src, uint32_t step) {
    if (w + len > out.cap) out.grow(len);
    char* o = out.text.data();
    uint32_t* m = out.map.data();
    for (size_t k = 0; k < len; ++k, ++w) {
      o[w] = bytes[k];
      m[w] = src + static_cast<uint32_t>(k) * step;
    }
  };
  uint32_t i = from;
  while (i < n) {
    // The hot path: a run of printable ASCII, copied as is with an identity map.
    {
      char* o = out.text.data();
      uint32_t* m = out.map.data();
      size_t room = out.cap - w;
      size_t wl = w;
      uint32_t il = i;
      // Eight bytes at a time while none is >= 0x80 or < 0x20 (the controls we fold).
      while (il + 8 <= n && room >= 8) {
        uint64_t x;
        std::memcpy(&x, p + il, 8);
        if ((x | (((x | 0x8080808080808080ULL) - 0x2020202020202020ULL) ^ 0x8080808080808080ULL)) &
            0x8080808080808080ULL)
          break;
        std::memcpy(o + wl, &x, 8);
        for (uint32_t k = 0; k < 8; ++k) m[wl + k] = il + k;
        wl += 8, il += 8, room -= 8;
      }
      while (il < n && room > 0 && p[il] >= 0x20 && p[il] < 0x80) {
        o[wl] = static_cast<char>(p[il]);
        m[wl] = il;
        ++wl, ++il, --room;
      }
      w = wl;
      i = il;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c >= 0x20 && c < 0x80) {  // out of room
      out.grow(1);
      continue;
    }
    if (c < 0x20) {
      if (c == '\r') {
        put("\n", 1, i, 0);
        i += (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;  // CRLF is one line break
        continue;
      }
      if (c == '\t' || c == '\v' || c == '\f') {
        put(" ", 1, i, 0);
      } else {
        put(reinterpret_cast<const char*>(p + i), 1, i, 0);
      }
      ++i;
      continue;
    }
    uint32_t len = static_cast<uint32_t>(utf8_sequence_length(p + i, n - i));
    if (len == 0) {
      // Load refuses invalid UTF-8; this keeps normalize total for callers that did not load.
      put("\xEF\xBF\xBD", 3, i, 0);
      ++i;
      continue;
    }
    if (may_fold(p + i)) {
      const char32_t cp = decode(p + i, len);
      // "1 460" with a no-break, figure, thin or narrow space is one number in French-style
      // copy: between a digit and exactly three digits the space is a thousands separator.
      auto digit = [&](uint32_t k) { return k < n && p[k] >= '0' && p[k] <= '9'; };
      if ((cp == 0x00A0 || cp == 0x2007 || cp == 0x2009 || cp == 0x202F) && w > 0 && out.text[w - 1] >= '0' &&
          out.text[w - 1] <= '9' && digit(i + len) && digit(i + len + 1) && digit(i + len + 2) && !digit(i + len + 3)) {
        i += len;
        continue;
      }
      if (const Fold* f = find_fold(cp)) {
        put(f->replacement, std::char_traits<char>::length(f->replacement), i, 0);
        i += len;
        continue;
      }
    }
    put(reinterpret_cast<const char*>(p + i), len, i, 1);
    if (!nfc_quick_yes(p + i, len)) maybe_unnormalized = true;
    i += len;
  }
  text.resize(w);
  map.resize(w + 1);
  map[w] = n;
  return maybe_unnormalized;
}

}  // namespace

NormalizedText normalize(std::string_view source, uint32_t from) {
  if (from > source.size()) from = static_cast<uint32_t>(source.size());
  NormalizedText result;
  std::string folded;
  std::vector<uint32_t> map;
  bool maybe_unnormalized = fold(source, from, folded, map);
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(folded.data(), static_cast<int32_t>(folded.size()));
  if (!maybe_unnormalized || nfc_normalizer().isNormalizedUTF8(piece, status)) {
    result.text = std::move(folded);
    result.to_source = std::move(map);
    return result;
  }
  status = U_ZERO_ERROR;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&result.text, static_cast<int32_t>(folded.size()));
  nfc_normalizer().normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) throw std::runtime_error("NFC normalization failed");
  result.to_source.resize(result.text.size() + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    auto s = static_cast<size_t>(it.sourceIndex());
    auto d = static_cast<size_t>(it.destinationIndex());
    if (!it.hasChange()) {
      for (int32_t k = 0; k < it.oldLength(); ++k) result.to_source[d + k] = map[s + k];
    } else {
      // A recomposed segment has no byte-to-byte correspondence: all of it points at the
      // segment's first source byte, which keeps the map monotonic.
      for (int32_t k = 0; k < it.newLength(); ++k) result.to_source[d + k] = map[s];
    }
  }
  result.to_source[result.text.size()] = map[folded.size()];
  return result;
}

Span NormalizedText::source_span(Span normalized) const {
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t start = std::min(normalized.start, size);
  uint32_t end = std::min(std::max(normalized.end, start), size);
  if (end == start) return {to_source[start], to_source[start]};
  // A span that ends inside a recomposed segment must take the whole segment: move to the
  // first later byte that maps elsewhere. (Characters dropped by the fold right after the span,
  // such as a zero-width space, are then inside the source span; the map cannot tell them apart.)
  uint32_t last = to_source[end - 1];
  uint32_t k = end;
  while (k < size && to_source[k] == last) ++k;
  return {to_source[start], to_source[k]};
}

}  // namespace solieu
