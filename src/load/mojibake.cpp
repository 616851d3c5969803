// mojibake: windows-1252 reverse mapping and the run-by-run repair.
// Tested by tests/load/test_decode.cpp.
#include "load/mojibake.hpp"

#include <utf8.h>

#include <optional>
#include <vector>

#include "load/utf8_check.hpp"

namespace solieu {

namespace {

// windows-1252 0x80..0x9F; 0 marks the five unassigned bytes, which decoders that fall back to
// Latin-1 turn into U+0081 etc. (handled as Latin-1 below).
constexpr char32_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<unsigned char> cp1252_byte(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<unsigned char>(cp);  // 0x80..0x9F: Latin-1 fallback
  // The table's code points lie in U+0152..U+02DC and U+2013..U+2122; Vietnamese letters
  // (U+0102..U+01B0, U+0300.., U+1EA0..U+1EF9) fall outside or between them: answer those without the scan.
  if (cp < 0x152 || (cp > 0x192 && cp < 0x2C6) || (cp > 0x2DC && cp < 0x2013) || cp > 0x2122) return std::nullopt;
  for (int k = 0; k < 32; ++k) {
    if (kCp1252High[k] == cp && cp != 0) return static_cast<unsigned char>(0x80 + k);
  }
  return std::nullopt;
}

// A double-encoded UTF-8 lead byte reads as one of Â..ô (0xC2..0xF4) in windows-1252.
bool looks_like_lead(char32_t cp) { return cp >= 0xC2 && cp <= 0xF4; }

// Whether the character whose (valid) UTF-8 starts at p, a lead byte, has a windows-1252 byte:
// U+0080..U+00FF (lead C2, C3), the table's few letters in C5, C6, CB, and its punctuation in E2.
// Read off the bytes: Vietnamese letters (C4, C6 A1/B0, CC, E1 BA/BB ...) are answered at once.
bool cp1252_able(const unsigned char* p) {
  switch (p[0]) {
    case 0xC2:
    case 0xC3: return true;
    case 0xC5:
    case 0xC6:
    case 0xCB: return cp1252_byte(static_cast<char32_t>(((p[0] & 0x1F) << 6) | (p[1] & 0x3F))).has_value();
    case 0xE2:
      return cp1252_byte(static_cast<char32_t>(((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)))
          .has_value();
    default: return false;
  }
}

// Double-encoded text shows as runs of two or more code points that all have windows-1252
// bytes ("Ä‘", "Ã¡"). Real Vietnamese seldom puts two such characters side by side, so one pass
// over the bytes usually says there is nothing to repair, with no copy and no UTF-32.
bool has_candidate_run(std::string_view utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  bool previous = false;
  for (size_t i = 0; i < n;) {
    const unsigned char lead = p[i];
    if (lead < 0x80) {
      previous = false;
      ++i;
      continue;
    }
    const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (i + length > n) return false;  // cannot happen in validated text; never read past it
    const bool here = cp1252_able(p + i);
    if (here && previous) return true;
    previous = here;
    i += length;
  }
  return false;
}

}  // namespace

MojibakeRepair repair_mojibake(std::string_view utf8) {
  MojibakeRepair r;
  if (!has_candidate_run(utf8)) return r;
  std::vector<char32_t> cps;
  cps.reserve(utf8.size());
  utf8::unchecked::utf8to32(utf8.begin(), utf8.end(), std::back_inserter(cps));
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  size_t runs = 0;
  while (i < cps.size()) {
    if (cps[i] < 0x80) {
      out += static_cast<char>(cps[i]);
      ++i;
      continue;
    }
    // A maximal run of non-ASCII code points that all have a windows-1252 byte.
    size_t j = i;
    std::string bytes;
    while (j < cps.size() && cps[j] >= 0x80) {
      auto b = cp1252_byte(cps[j]);
      if (!b) break;
      bytes += static_cast<char>(*b);
      ++j;
    }
    if (j > i) ++runs;
    if (j > i && bytes.size() >= 2 && is_valid_utf8(bytes)) {
      out += bytes;
      ++r.repaired;
    } else {
      if (j > i + 1 && looks_like_lead(cps[i])) ++r.suspicious;
      if (j == i) ++j;  // a character without a windows-1252 byte: keep it
      for (size_t k = i; k < j; ++k) utf8::unchecked::append(cps[k], std::back_inserter(out));
    }
    i = j;
  }
  // Three repaired runs, or every candidate run repaired, is a pattern, not a coincidence.
  r.applied = r.repaired >= 3 || (r.repaired >= 1 && r.repaired == runs);
  if (r.applied) r.text = std::move(out);
  return r;
}

}  // namespace solieu
